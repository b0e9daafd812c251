import ZonesCore

/// The five zones side by side: speaker, headline measure and figures, one column each.
public struct CompareView: Sendable {
    public var report: Report
    public var language: Language
    public var glyphs: Glyphs

    public init(report: Report, language: Language, glyphs: Glyphs) {
        self.report = report
        self.language = language
        self.glyphs = glyphs
    }

    func text(_ zh: String, _ en: String) -> String {
        language.text(zh: zh, en: en)
    }

    /// One entry per language shown, so that each wraps on its own.
    func entries(_ zh: String, _ en: String) -> [String] {
        switch language {
        case .zh: [zh]
        case .en: [en]
        case .both: zh == en ? [zh] : [zh, en]
        }
    }

    /// The rows of the table as cells of text per zone, with a caption each.
    func rows() -> [(caption: Label, cells: [[String]])] {
        let zones = report.zones
        let speakers: [[String]] = zones.map { zone in
            guard let person = report.person(zone.statement.speaker) else { return [zone.statement.speaker] }
            return [text(person.name.zh, person.name.en)] + entries(person.title.zh, person.title.en)
        }
        let headlines: [[String]] = zones.map { entries($0.headline.zh, $0.headline.en) }
        let figures: [[String]] = zones.map { zone in
            zone.figures.map { figure in
                let statement = FigureFormat.statement(figure)
                return language == .en ? statement.en : (language == .zh ? statement.zh : "\(statement.zh) (\(FigureFormat.english(figure)))")
            }
        }
        return [
            (Label(zh: "发言", en: "Speaker"), speakers),
            (Label(zh: "亮点", en: "Headline"), headlines),
            (Label(zh: "数字", en: "Figures"), figures),
        ]
    }

    public func lines(width: Int) -> [StyledLine] {
        let zones = report.zones
        guard !zones.isEmpty else { return [] }
        let gap = 3
        let columnWidth = (width - gap * (zones.count - 1)) / zones.count
        if columnWidth < 12 { return stacked(width: width) }
        var lines: [StyledLine] = []
        let header = zones.map { text($0.shortName.zh, $0.shortName.en) }
        lines += row(header.map { [$0] }, columnWidth: columnWidth, gap: gap, role: .overlayTitle)
        for (caption, cells) in rows() {
            lines.append(StyledLine(String(repeating: glyphs.horizontal, count: max(0, width)), .border))
            lines.append(StyledLine(language == .en ? caption.en : (language == .zh ? caption.zh : "\(caption.zh) \(caption.en)"), .label))
            lines += row(cells, columnWidth: columnWidth, gap: gap, role: .overlay, bulleted: caption.en == "Figures")
        }
        return lines
    }

    /// One table row: each column's entries wrapped to the column, lines side by side; with
    /// `bulleted`, each entry starts with a bullet.
    func row(_ cells: [[String]], columnWidth: Int, gap: Int, role: StyleRole, bulleted: Bool = false) -> [StyledLine] {
        let wrapped: [[String]] = cells.map { entries in
            entries.flatMap { entry -> [String] in
                let lines = LineBreaker.wrap(entry, width: max(1, columnWidth - (bulleted ? 2 : 0)))
                guard bulleted else { return lines }
                return lines.enumerated().map { ($0.offset == 0 ? glyphs.figureBullet + " " : "  ") + $0.element }
            }
        }
        let height = wrapped.map(\.count).max() ?? 0
        var lines: [StyledLine] = []
        for lineIndex in 0..<height {
            var spans: [Span] = []
            for (column, cell) in wrapped.enumerated() {
                let text = lineIndex < cell.count ? cell[lineIndex] : ""
                spans.append(Span(DisplayWidth.pad(text, to: columnWidth), role))
                if column < wrapped.count - 1 {
                    spans.append(Span(" \(glyphs.vertical) ", .border))
                }
            }
            lines.append(StyledLine(spans))
        }
        return lines
    }

    /// Too narrow for five columns: one zone after another.
    func stacked(width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let rows = rows()
        for (index, zone) in report.zones.enumerated() {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(StyledLine(text(zone.shortName.zh, zone.shortName.en), .overlayTitle))
            for (caption, cells) in rows {
                lines.append(StyledLine(language == .en ? caption.en : caption.zh, .label))
                for entry in cells[index] {
                    lines += LineBreaker.wrap(entry, width: max(1, width - 2)).map { StyledLine("  " + $0, .overlay) }
                }
            }
        }
        return lines
    }
}
