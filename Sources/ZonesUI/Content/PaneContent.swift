import ZonesCore

/// One row of a pane's list.
public struct ListEntry: Hashable, Sendable {
    public var title: String
    public var target: Target
}

/// What each pane shows for the report: its list (if it has one) and its document.
public struct PaneContent: Sendable {
    public var report: Report
    public var language: Language
    public var glyphs: Glyphs

    public init(report: Report, language: Language, glyphs: Glyphs) {
        self.report = report
        self.language = language
        self.glyphs = glyphs
    }

    func name(_ zh: String, _ en: String) -> String {
        language.text(zh: zh, en: en)
    }

    /// How many rows `list(pane)` has, without building them.
    public func listCount(_ pane: Pane) -> Int {
        switch pane {
        case .zones: report.zones.count
        case .priorities: report.priorities.items.count + 1
        case .people: report.people.count
        case .overview, .statistics, .source: 0
        }
    }

    /// The list beside the detail view; empty for panes that are one document.
    public func list(_ pane: Pane) -> [ListEntry] {
        switch pane {
        case .zones:
            return report.zones.map { ListEntry(title: name($0.shortName.zh, $0.shortName.en), target: .zone($0.id)) }
        case .priorities:
            let framing = report.person(report.priorities.framing.speaker)
            let framingTitle = language == .en ? "Framing: \(framing?.name.en ?? "")" : "总述：\(framing?.name.zh ?? "")"
            return [ListEntry(title: framingTitle, target: .framing)]
                + report.priorities.items.map { item in
                    ListEntry(title: language == .en ? item.title.en : item.title.zh, target: .priority(item.id))
                }
        case .people:
            return report.people.map { ListEntry(title: name($0.name.zh, $0.name.en), target: .person($0.id)) }
        case .overview, .statistics, .source:
            return []
        }
    }

    /// The pane's document for list row `selection`, laid out to `width`.
    public func document(_ pane: Pane, selection: Int, width: Int) -> Document {
        let layout = DocumentLayout(language: language, width: width, glyphs: glyphs)
        let builder = DocumentBuilder(report: report)
        switch pane {
        case .overview:
            return Document(layout.items(builder.overview()))
        case .statistics:
            return Document(StatisticsLayout(report: report, layout: layout).items())
        case .source:
            var items = layout.items(report.source.paragraphs.map { .original($0) })
            // The text entries are derived from the whole report: list them once, not per paragraph.
            let entries = report.textEntries
            for index in items.indices {
                if let number = items[index].source?.paragraph { items[index].target = citingTarget(paragraph: number, in: entries) }
            }
            return Document(items)
        case .zones, .priorities, .people:
            let entries = list(pane)
            guard entries.indices.contains(selection) else { return Document([]) }
            switch entries[selection].target {
            case .zone(let id):
                return Document(report.zone(id).map { layout.items(builder.zone($0)) } ?? [])
            case .framing:
                let p = report.priorities
                return Document(layout.items([.heading(level: 1, zh: p.heading.zh, en: p.heading.en, source: p.heading.source),
                                              .text(p.context, bullet: false)] + builder.statement(p.framing, level: 2)))
            case .priority(let id):
                return Document(report.priority(id).map { layout.items(builder.priority($0, level: 1)) } ?? [])
            case .person(let id):
                return Document(report.person(id).map { layout.items(builder.person($0, level: 1)) } ?? [])
            default:
                return Document([])
            }
        }
    }

    /// The structured item that quotes a paragraph of the original: where Enter on it leads.
    public func citingTarget(paragraph: Int) -> Target? {
        citingTarget(paragraph: paragraph, in: report.textEntries)
    }

    func citingTarget(paragraph: Int, in entries: [TextEntry]) -> Target? {
        guard let entry = entries.first(where: { $0.excerpt.source.paragraph == paragraph }) else { return nil }
        switch entry.pane {
        case .zones: return .zone(entry.itemID)
        case .priorities: return entry.itemID == "priorities" ? .framing : .priority(entry.itemID)
        case .people: return .person(entry.itemID)
        case .overview, .statistics, .source: return .pane(entry.pane)
        }
    }

    /// The pane and list row a target opens.
    public func location(of target: Target) -> (pane: Pane, selection: Int) {
        switch target {
        case .pane(let pane): return (pane, 0)
        case .paragraph: return (.source, 0)
        default:
            for pane in [Pane.zones, .priorities, .people] {
                if let row = list(pane).firstIndex(where: { $0.target == target }) { return (pane, row) }
            }
            return (.overview, 0)
        }
    }
}
