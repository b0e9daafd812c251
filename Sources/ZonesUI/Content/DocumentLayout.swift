import ZonesCore

/// Lays out the report's blocks as styled, wrapped items for a pane of a given width.
///
/// In "both" languages each Chinese text is followed by its English in a subordinate style.
public struct DocumentLayout: Sendable {
    public var language: Language
    public var width: Int
    public var glyphs: Glyphs

    public init(language: Language, width: Int, glyphs: Glyphs) {
        self.language = language
        self.width = max(1, width)
        self.glyphs = glyphs
    }

    public func items(_ blocks: [Block]) -> [DocItem] {
        var items: [DocItem] = []
        var place: Target?
        var lastPage = 0
        for block in blocks {
            switch block {
            case .statement(let statementPlace):
                place = Target(statementPlace)
                if var last = items.popLast() {
                    last.target = place
                    items.append(last)
                }
                continue
            case .heading(let level, _, _, _) where level <= 2:
                place = nil
            default:
                break
            }
            var item = layout(block, isFirst: items.isEmpty, lastPage: &lastPage)
            if item.target == nil { item.target = place }
            items.append(item)
        }
        return items
    }

    func cite(_ page: Int) -> String {
        language == .zh ? "[第\(page)页]" : "[p. \(page)]"
    }

    func layout(_ block: Block, isFirst: Bool, lastPage: inout Int) -> DocItem {
        switch block {
        case .heading(let level, let zh, let en, let source):
            var lines: [StyledLine] = isFirst ? [] : [.blank]
            if level >= 3 {
                let name = language.text(zh: zh, en: en, separator: " \(glyphs.middleDot) ")
                lines += wrap(name, first: [Span(glyphs.pointer + " ", .accent)], indent: 2, role: .label, figures: false)
            } else if level == 2, language == .both, zh != en, DisplayWidth.of(zh) + 3 + DisplayWidth.of(en) <= width {
                lines.append(StyledLine([Span(zh, .heading), Span(" \(glyphs.middleDot) ", .dim), Span(en, .english)]))
            } else {
                if language.showsChinese { lines += wrap(zh, role: .heading, figures: false) }
                if language.showsEnglish, !(language == .both && zh == en) {
                    lines += wrap(en, role: language == .both ? .english : .heading, figures: false)
                }
            }
            if let source { appendCite(&lines, page: source.page, indent: 0) }
            return DocItem(lines: lines, source: source, quote: source == nil ? nil : zh)

        case .statement:
            return DocItem(lines: [])

        case .field(let label, let value, let pinyin):
            let name = language.text(zh: label.zh, en: label.en)
            let head = [Span(name, .label), Span(": ", .dim)]
            let headWidth = DisplayWidth.of(name) + 2
            var lines: [StyledLine] = []
            var first: [Span] = head
            var indent = headWidth
            if headWidth > width / 2 {
                lines.append(StyledLine(head))
                first = []
                indent = 2
            }
            let compact = [value.zh, value.en] + (pinyin.map { ["(\($0))"] } ?? [])
            let compactWidth = compact.reduce(0) { $0 + DisplayWidth.of($1) + 1 } + 2
            if language == .both, indent + compactWidth <= width {
                var spans = first.isEmpty ? [Span(String(repeating: " ", count: indent))] : first
                spans += [Span(value.zh), Span(" \(glyphs.middleDot) ", .dim), Span(value.en, .english)]
                if let pinyin { spans.append(Span(" (\(pinyin))", .dim)) }
                lines.append(StyledLine(spans))
                appendCite(&lines, page: value.source.page, indent: indent)
                return DocItem(lines: lines, source: value.source, quote: value.zh)
            }
            if language.showsChinese {
                lines += wrap(value.zh, first: first, indent: indent, role: .normal, figures: true)
                first = []
            }
            if language.showsEnglish {
                lines += wrap(value.en, first: first, indent: indent, role: language == .both ? .english : .normal, figures: true)
            }
            if let pinyin {
                lines += wrap(pinyin, first: [], indent: indent, role: .dim, figures: false)
            }
            appendCite(&lines, page: value.source.page, indent: indent)
            return DocItem(lines: lines, source: value.source, quote: value.zh)

        case .text(let excerpt, let bullet):
            let marker = bullet ? [Span(glyphs.bullet + " ", .accent)] : []
            return DocItem(lines: bilingual(zh: excerpt.zh, en: excerpt.en, page: excerpt.source.page, marker: marker),
                           source: excerpt.source, quote: excerpt.zh)

        case .figure(let figure):
            let statement = FigureFormat.statement(figure)
            let lines = bilingual(zh: statement.zh, en: statement.en, page: figure.text.source.page,
                                  marker: [Span(glyphs.figureBullet + " ", .figure)])
            return DocItem(lines: lines, source: figure.text.source, quote: figure.text.zh)

        case .original(let paragraph):
            var lines: [StyledLine] = []
            for segment in paragraph.segments {
                if segment.page != lastPage {
                    lines.append(pageMarker(segment.page))
                    lastPage = segment.page
                }
                lines += wrap(segment.zh, role: .normal, figures: false)
            }
            lines.append(.blank)
            return DocItem(lines: lines, source: SourceRef(page: paragraph.firstPage, paragraph: paragraph.number), quote: paragraph.text)
        }
    }

    /// Chinese, then English (subordinate in "both"), after an optional marker, cited by page.
    func bilingual(zh: String, en: String, page: Int, marker: [Span]) -> [StyledLine] {
        let indent = marker.reduce(0) { $0 + DisplayWidth.of($1.text) }
        var lines: [StyledLine] = []
        if language.showsChinese { lines += wrap(zh, first: marker, indent: indent, role: .normal, figures: true) }
        if language.showsEnglish {
            lines += wrap(en, first: lines.isEmpty ? marker : [], indent: indent,
                          role: language == .both ? .english : .normal, figures: true)
        }
        appendCite(&lines, page: page, indent: indent)
        return lines
    }

    func pageMarker(_ page: Int) -> StyledLine {
        let text = " \(language.pageLabel(page, separator: " \(glyphs.middleDot) ")) "
        let room = max(0, width - DisplayWidth.of(text))
        let left = String(repeating: glyphs.horizontal, count: room / 2)
        let right = String(repeating: glyphs.horizontal, count: room - room / 2)
        return StyledLine(DisplayWidth.prefix(left + text + right, fitting: width), .pageMarker)
    }

    func appendCite(_ lines: inout [StyledLine], page: Int, indent: Int) {
        let tag = cite(page)
        if let last = lines.last, DisplayWidth.of(last.plainText) + 1 + DisplayWidth.of(tag) <= width {
            lines[lines.count - 1].spans.append(Span(" " + tag, .cite))
        } else if DisplayWidth.of(tag) + indent <= width {
            lines.append(StyledLine([Span(String(repeating: " ", count: indent)), Span(tag, .cite)]))
        }
    }

    /// Wraps `text` after `first` spans, later lines indented by `indent` columns; digits and
    /// percentages are picked out as figures when asked.
    func wrap(_ text: String, first: [Span] = [], indent: Int = 0, role: StyleRole, figures: Bool) -> [StyledLine] {
        let indent = min(indent, max(0, width - 4))
        let pad = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
        let first = first.isEmpty ? pad : first
        let firstWidth = first.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let wrapped = LineBreaker.wrap(text, width: max(1, width - indent), firstLineWidth: max(1, width - firstWidth))
        return wrapped.enumerated().map { index, line in
            let lead = index == 0 ? first : pad
            return StyledLine(lead + (figures ? Self.figureSpans(line, role: role) : [Span(line, role)]))
        }
    }

    /// Splits a line so that numbers (with their decimal point and percent sign) stand out.
    static func figureSpans(_ line: String, role: StyleRole) -> [Span] {
        var spans: [Span] = []
        var current = ""
        var inNumber = false
        for character in line {
            let isNumber = character.isASCII && (character.isNumber || ((character == "." || character == "%" || character == ",") && inNumber))
            if isNumber != inNumber, !current.isEmpty {
                spans.append(Span(current, inNumber ? .figure : role))
                current = ""
            }
            inNumber = isNumber
            current.append(character)
        }
        if !current.isEmpty { spans.append(Span(current, inNumber ? .figure : role)) }
        return spans
    }
}
