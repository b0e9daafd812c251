/// Prints a document as plain text wrapped to a display width: what `show` and a pipe get.
public struct TextRenderer: Sendable {
    public var language: Language
    public var width: Int

    public init(language: Language, width: Int) {
        self.language = language
        self.width = max(20, width)
    }

    public func render(_ blocks: [Block]) -> String {
        var lines: [String] = []
        var lastWasBullet = false
        var lastPage = 0
        for block in blocks {
            switch block {
            case .heading(let level, let zh, let en, let source):
                if !lines.isEmpty { lines.append("") }
                var heading: [String] = []
                if level >= 2, language == .both, zh != en, DisplayWidth.of(zh) + 3 + DisplayWidth.of(en) <= width {
                    heading = [Sanitizer.clean(zh) + " · " + Sanitizer.clean(en)]
                } else {
                    if language.showsChinese { heading += LineBreaker.wrap(Sanitizer.clean(zh), width: width) }
                    if language.showsEnglish, !(language == .both && zh == en) { heading += LineBreaker.wrap(Sanitizer.clean(en), width: width) }
                }
                if level >= 3 { heading = heading.enumerated().map { ($0.offset == 0 ? "▸ " : "  ") + $0.element } }
                if let source { heading = appendingCite(heading, page: source.page, indent: "") }
                lines += heading
                if level <= 2 {
                    let rule = heading.map { DisplayWidth.of($0) }.max() ?? 0
                    lines.append(String(repeating: level == 1 ? "=" : "-", count: min(width, rule)))
                }
                lastWasBullet = false
            case .field(let label, let value, let pinyin):
                lines += field(label, value, pinyin)
                lastWasBullet = false
            case .text(let excerpt, let bullet):
                if bullet && lastWasBullet && language == .both { lines.append("") }
                if !bullet, !lines.isEmpty, lines.last != "" { lines.append("") }
                lines += item(zh: excerpt.zh, en: excerpt.en, page: excerpt.source.page, marker: bullet ? "• " : "")
                lastWasBullet = bullet
            case .figure(let figure):
                if lastWasBullet && language == .both { lines.append("") }
                let statement = FigureFormat.statement(figure)
                lines += item(zh: statement.zh, en: statement.en, page: figure.text.source.page, marker: "• ")
                lastWasBullet = true
            case .statement:
                continue
            case .original(let paragraph):
                lines += original(paragraph, lastPage: &lastPage)
                lastWasBullet = false
            }
        }
        return lines.map { $0.trailingSpacesTrimmed }.joined(separator: "\n") + "\n"
    }

    func cite(_ page: Int) -> String {
        language == .zh ? "[第\(page)页]" : "[p. \(page)]"
    }

    /// Wraps `text` after `first` on the first line and `rest` on the others.
    func hanging(_ text: String, first: String, rest: String) -> [String] {
        let wrapped = LineBreaker.wrap(text, width: max(1, width - DisplayWidth.of(rest)),
                                       firstLineWidth: max(1, width - DisplayWidth.of(first)))
        return wrapped.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
    }

    /// Adds a page citation to the end of `lines`, on a line of its own when it does not fit.
    func appendingCite(_ lines: [String], page: Int, indent: String) -> [String] {
        var lines = lines
        let tag = cite(page)
        if let last = lines.last, DisplayWidth.of(last) + 1 + DisplayWidth.of(tag) <= width {
            lines[lines.count - 1] = last + " " + tag
        } else {
            lines.append(indent + tag)
        }
        return lines
    }

    func item(zh: String, en: String, page: Int, marker: String) -> [String] {
        let indent = String(repeating: " ", count: DisplayWidth.of(marker))
        var lines: [String] = []
        if language.showsChinese { lines += hanging(Sanitizer.clean(zh), first: marker, rest: indent) }
        if language.showsEnglish {
            lines += hanging(Sanitizer.clean(en), first: lines.isEmpty ? marker : indent, rest: indent)
        }
        return appendingCite(lines, page: page, indent: indent)
    }

    func field(_ label: Label, _ value: Excerpt, _ pinyin: String?) -> [String] {
        let head = Sanitizer.clean(language.text(zh: label.zh, en: label.en)) + ": "
        let indent = String(repeating: " ", count: min(DisplayWidth.of(head), width / 3))
        var zh = Sanitizer.clean(value.zh)
        var en = Sanitizer.clean(value.en)
        if let pinyin {
            if language.showsEnglish { en += " (\(Sanitizer.clean(pinyin)))" } else { zh += " (\(Sanitizer.clean(pinyin)))" }
        }
        var lines: [String] = []
        var first = head
        // A label too wide to hang text after gets a line of its own.
        if DisplayWidth.of(head) > width / 2 {
            lines.append(head.trailingSpacesTrimmed)
            first = indent
        }
        if language == .both, DisplayWidth.of(first) + DisplayWidth.of(zh) + 3 + DisplayWidth.of(en) <= width {
            lines.append(first + zh + " · " + en)
        } else {
            if language.showsChinese { lines += hanging(zh, first: first, rest: indent) }
            if language.showsEnglish { lines += hanging(en, first: language.showsChinese ? indent : first, rest: indent) }
        }
        return appendingCite(lines, page: value.source.page, indent: indent)
    }

    func pageMarker(_ page: Int) -> String {
        let text = " \(language.pageLabel(page)) "
        let side = max(2, (width - DisplayWidth.of(text)) / 2)
        return String(repeating: "─", count: side) + text + String(repeating: "─", count: side)
    }

    func original(_ paragraph: Paragraph, lastPage: inout Int) -> [String] {
        var lines: [String] = [""]
        for segment in paragraph.segments {
            if segment.page != lastPage {
                lines.append(pageMarker(segment.page))
                lastPage = segment.page
            }
            lines += LineBreaker.wrap(Sanitizer.clean(segment.zh), width: width)
        }
        return lines
    }
}

extension String {
    var trailingSpacesTrimmed: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
