/// One unit of a linear document: what `show` and `export` print, before any formatting.
public enum Block: Hashable, Sendable {
    /// A section heading; level 1 is a topic, 2 a part of it, 3 a speaker within a part. Headings
    /// quoted from the report carry their page.
    case heading(level: Int, zh: String, en: String, page: Int? = nil)
    /// A labelled fact: `发言 Speaker: 翟金国 Zhai Jinguo`.
    case field(label: Label, value: Excerpt, pinyin: String?)
    /// A paragraph or, when `bullet`, a list item, cited by page.
    case text(Excerpt, bullet: Bool)
    /// A figure with what it counts, stated verbatim and in English.
    case figure(Figure)
    /// A paragraph of the rebuilt original, with page markers where pages change.
    case original(Paragraph)
}
