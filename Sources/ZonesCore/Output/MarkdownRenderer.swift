/// Prints a document as Markdown: headings per section, both languages, page citations.
public struct MarkdownRenderer: Sendable {
    public var language: Language

    public init(language: Language = .both) {
        self.language = language
    }

    public func render(_ blocks: [Block]) -> String {
        var out: [String] = []
        var lastPage = 0
        for block in blocks {
            switch block {
            case .heading(let level, let zh, let en, _):
                let title = language.text(zh: zh, en: en, separator: " · ")
                out.append("\(String(repeating: "#", count: min(6, level + 1))) \(escape(title))")
                out.append("")
            case .field(let label, let value, let pinyin):
                let name = language.text(zh: label.zh, en: label.en)
                var parts: [String] = []
                if language.showsChinese { parts.append(escape(value.zh)) }
                if language.showsEnglish { parts.append(escape(value.en)) }
                if let pinyin { parts.append("(\(escape(pinyin)))") }
                out.append("- **\(escape(name))**: \(parts.joined(separator: " · ")) \(cite(value.source.page))")
            case .text(let excerpt, let bullet):
                if !bullet, out.last?.hasPrefix("- ") == true { out.append("") }
                out += item(zh: excerpt.zh, en: excerpt.en, page: excerpt.source.page, bullet: bullet)
                if !bullet { out.append("") }
            case .figure(let figure):
                let statement = FigureFormat.statement(figure)
                out += item(zh: statement.zh, en: statement.en, page: figure.text.source.page, bullet: true)
            case .statement:
                continue
            case .original(let paragraph):
                for segment in paragraph.segments {
                    if segment.page != lastPage {
                        out.append("*— 第 \(segment.page) 页 · page \(segment.page) —*")
                        out.append("")
                        lastPage = segment.page
                    }
                    out.append(escape(segment.zh))
                    out.append("")
                }
            }
        }
        return out.joined(separator: "\n").trimmingTrailingNewlines + "\n"
    }

    func cite(_ page: Int) -> String { "(p. \(page))" }

    func item(zh: String, en: String, page: Int, bullet: Bool) -> [String] {
        var lines: [String] = []
        let lead = bullet ? "- " : ""
        let indent = bullet ? "  " : ""
        switch language {
        case .zh: lines.append("\(lead)\(escape(zh)) \(cite(page))")
        case .en: lines.append("\(lead)\(escape(en)) \(cite(page))")
        case .both:
            lines.append("\(lead)\(escape(zh))  ")
            lines.append("\(indent)*\(escape(en))* \(cite(page))")
        }
        return lines
    }

    /// Sanitised, with the characters Markdown would read as syntax at line start escaped.
    func escape(_ text: String) -> String {
        var out = ""
        for character in Sanitizer.clean(text) {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = Substring(self)
        while s.last == "\n" { s.removeLast() }
        return String(s)
    }
}
