/// One unit of a linear document: what `show` and `export` print, before any formatting.
public enum Block: Hashable, Sendable {
    /// A section heading; level 1 is a topic, 2 a part of it, 3 a speaker within a part. Headings
    /// quoted from the report carry their place in it.
    case heading(level: Int, zh: String, en: String, source: SourceRef? = nil)
    /// Marks the blocks that follow, up to the next marker or heading of level 1 or 2, as one
    /// statement made at this place (a person's words, listed under the person).
    case statement(StatementPlace)
    /// A labelled fact: `发言 Speaker: 翟金国 Zhai Jinguo`.
    case field(label: Label, value: Excerpt, pinyin: String?)
    /// A paragraph or, when `bullet`, a list item, cited by page.
    case text(Excerpt, bullet: Bool)
    /// A figure with what it counts, stated verbatim and in English.
    case figure(Figure)
    /// A paragraph of the rebuilt original, with page markers where pages change.
    case original(Paragraph)
}

extension Block {
    /// Where in the original the block's text stands, if it quotes the report.
    public var source: SourceRef? {
        switch self {
        case .heading(_, _, _, let source): source
        case .statement: nil
        case .field(_, let value, _): value.source
        case .text(let excerpt, _): excerpt.source
        case .figure(let figure): figure.text.source
        case .original(let paragraph): SourceRef(page: paragraph.firstPage, paragraph: paragraph.number)
        }
    }
}
