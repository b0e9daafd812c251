import ZonesCore

/// The statistics pane: the national figures as a table with bars, the report's percentage
/// shares as bars out of 100%, and the three shifts.
public struct StatisticsLayout: Sendable {
    public var report: Report
    public var layout: DocumentLayout

    public init(report: Report, layout: DocumentLayout) {
        self.report = report
        self.layout = layout
    }

    var language: Language { layout.language }
    var width: Int { layout.width }

    public func items() -> [DocItem] {
        let s = report.statistics
        var items = layout.items([
            .heading(level: 1, zh: s.heading.zh, en: s.heading.en, source: s.heading.source),
            .text(s.intro, bullet: false),
            .heading(level: 2, zh: "全国数字", en: "National figures"),
        ])
        let national = s.figures.filter { $0.value != nil }
        let largest = national.compactMap(\.value).max() ?? 1
        items += table(national, scale: largest)

        let shares = report.zones.flatMap { zone in zone.figures.filter { $0.unit.en == "%" }.map { (zone, $0) } }
        if !shares.isEmpty {
            items += layout.items([.heading(level: 2, zh: "占比", en: "Shares (%)")])
            let columns = columnWidths(shares.map(\.1))
            var lastZone = ""
            for (zone, figure) in shares {
                if zone.id != lastZone {
                    let name = language == .en ? zone.shortName.en : zone.shortName.zh
                    items.append(DocItem(lines: [StyledLine([Span(layout.glyphs.pointer + " ", .accent), Span(name, .label)])],
                                         source: zone.shortName.source, target: .zone(zone.id)))
                    lastZone = zone.id
                }
                items += table([figure], scale: 100, columns: columns)
            }
        }

        items += layout.items([.heading(level: 2, zh: "三个转变", en: "Three shifts")])
        for shift in s.shifts {
            items += layout.items([.text(shift.statement, bullet: true)])
        }
        return items
    }

    func caption(_ figure: Figure) -> String {
        language.text(zh: figure.label.zh, en: figure.label.en)
    }

    /// The number as the table column shows it: the caption already says what is counted, so
    /// English keeps only the number (and a percent sign), Chinese its short measure word.
    func amount(_ figure: Figure) -> String {
        let number = figure.symbol ?? figure.value.map(FigureFormat.number) ?? "X"
        if language == .en {
            let qualifier = figure.qualifier == .about ? "about " : (figure.qualifier == .over ? "over " : "")
            return qualifier + number + (figure.unit.en == "%" ? "%" : "")
        }
        let qualifier = figure.qualifier == .about ? "约 " : (figure.qualifier == .over ? "逾 " : "")
        let unit = figure.unit.zh == "%" ? "%" : " " + figure.unit.zh
        return qualifier + number + unit
    }

    /// One row per figure: caption, amount, and a bar of `value / scale` — on one line when the
    /// pane is wide enough, the bar on a line of its own otherwise.
    func columnWidths(_ figures: [Figure]) -> (caption: Int, amount: Int) {
        (min(width / 2, figures.map { DisplayWidth.of(caption($0)) }.max() ?? 0), figures.map { DisplayWidth.of(amount($0)) }.max() ?? 0)
    }

    func table(_ figures: [Figure], scale: Double, columns: (caption: Int, amount: Int)? = nil) -> [DocItem] {
        let (captionWidth, amountWidth) = columns ?? columnWidths(figures)
        let barRoom = width - 2 - captionWidth - 2 - amountWidth - 2
        return figures.map { figure in
            let fraction = (figure.value ?? 0) / scale
            var lines: [StyledLine]
            if barRoom >= 10 {
                let bar = layout.glyphs.bar(fraction: fraction, width: barRoom)
                lines = [StyledLine([
                    Span("  "),
                    Span(DisplayWidth.pad(DisplayWidth.truncate(caption(figure), to: captionWidth, ellipsis: layout.glyphs.ellipsis), to: captionWidth), .label),
                    Span("  "),
                    Span(DisplayWidth.pad(amount(figure), to: amountWidth), .figure),
                    Span("  "),
                    Span(bar, .bar),
                ])]
            } else {
                lines = layout.wrap(caption(figure), first: [Span("  ")], indent: 2, role: .label, figures: false)
                lines.append(StyledLine([Span("  "), Span(amount(figure), .figure)]))
                let bar = layout.glyphs.bar(fraction: fraction, width: max(1, width - 4))
                lines.append(StyledLine([Span("  "), Span(bar, .bar)]))
            }
            return DocItem(lines: lines, source: figure.text.source)
        }
    }
}
