import ZonesCore

extension AppState {
    /// Every id `--open` accepts: panes, zones, priorities, people, points, figures, paragraphs.
    public var openableIDs: [String] {
        var ids = Pane.allCases.map(\.rawValue) + ["framing"]
        ids += report.zones.flatMap { [$0.id] + $0.statement.points.map(\.id) + $0.figures.map(\.id) }
        ids += report.priorities.framing.points.map(\.id)
        ids += report.priorities.items.flatMap { [$0.id] + $0.statements.flatMap { $0.points.map(\.id) } }
        ids += report.people.map(\.id)
        ids += report.overview.summary.map(\.id) + report.overview.consensus.map(\.id)
        ids += report.statistics.figures.map(\.id) + report.statistics.shifts.map(\.id)
        ids += report.source.paragraphs.map { "p\($0.number)" }
        return ids
    }

    /// Opens the item with this id as if the reader had gone there; false when no item has it.
    public mutating func open(id: String) -> Bool {
        guard let (target, quote) = resolve(id) else { return false }
        go(to: target, quote: quote)
        history.removeAll()
        return true
    }

    func resolve(_ id: String) -> (Target, String?)? {
        if let pane = Pane(rawValue: id) { return (.pane(pane), nil) }
        if id == "framing" { return (.framing, nil) }
        if id.hasPrefix("p"), let number = Int(id.dropFirst()), report.paragraph(number) != nil { return (.paragraph(number), nil) }
        if report.zone(id) != nil { return (.zone(id), nil) }
        if report.priority(id) != nil { return (.priority(id), nil) }
        if report.person(id) != nil { return (.person(id), nil) }
        for zone in report.zones {
            if let point = zone.statement.points.first(where: { $0.id == id }) { return (.zone(zone.id), point.zh) }
            if let figure = zone.figures.first(where: { $0.id == id }) { return (.zone(zone.id), figure.text.zh) }
        }
        if let point = report.priorities.framing.points.first(where: { $0.id == id }) { return (.framing, point.zh) }
        for item in report.priorities.items {
            for statement in item.statements {
                if let point = statement.points.first(where: { $0.id == id }) { return (.priority(item.id), point.zh) }
            }
        }
        if let point = (report.overview.summary + report.overview.consensus).first(where: { $0.id == id }) { return (.pane(.overview), point.zh) }
        if let figure = report.statistics.figures.first(where: { $0.id == id }) { return (.pane(.statistics), figure.text.zh) }
        if let shift = report.statistics.shifts.first(where: { $0.id == id }) { return (.pane(.statistics), shift.statement.zh) }
        return nil
    }
}
