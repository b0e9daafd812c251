/// One piece of text of the model, located by its field path, pane and owning item.
public struct TextEntry: Hashable, Sendable {
    /// How prominent a text is, for ranking search hits.
    public enum Role: Int, Comparable, Hashable, Sendable {
        case name = 0, title = 1, body = 2

        public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var path: String
    public var pane: Pane
    public var itemID: String
    public var role: Role
    public var excerpt: Excerpt
    public var pinyin: String?
}

extension Report {
    /// Every text of the structured model in document order, each with its JSON field path.
    public var textEntries: [TextEntry] {
        var entries: [TextEntry] = []
        func add(_ path: String, _ pane: Pane, _ item: String, _ role: TextEntry.Role, _ excerpt: Excerpt, pinyin: String? = nil) {
            entries.append(TextEntry(path: path, pane: pane, itemID: item, role: role, excerpt: excerpt, pinyin: pinyin))
        }
        func add(_ path: String, _ pane: Pane, _ item: String, _ role: TextEntry.Role, _ name: ProperName) {
            add(path, pane, item, role, name.excerpt, pinyin: name.pinyin)
        }
        func add(_ path: String, _ pane: Pane, _ item: String, _ statement: Statement) {
            add("\(path).attribution", pane, item, .body, statement.attribution)
            for (i, point) in statement.points.enumerated() {
                add("\(path).points[\(i)]", pane, item, .body, point.excerpt)
            }
        }
        func add(_ path: String, _ pane: Pane, _ item: String, _ figure: Figure) {
            add("\(path).label", pane, item, .body, figure.label)
            add("\(path).text", pane, item, .body, figure.text)
        }

        let o = overview
        let ov = "overview"
        add("overview.issuer", .overview, ov, .name, o.issuer)
        add("overview.dateText", .overview, ov, .body, o.dateText)
        add("overview.series", .overview, ov, .title, o.series)
        add("overview.title", .overview, ov, .title, o.title)
        add("overview.editorNote", .overview, ov, .body, o.editorNote)
        add("overview.forum", .overview, ov, .name, o.forum)
        add("overview.theme", .overview, ov, .title, o.theme)
        add("overview.participants", .overview, ov, .body, o.participants)
        add("overview.declaration", .overview, ov, .body, o.declaration)
        add("overview.alliance", .overview, ov, .body, o.alliance)
        add("overview.purpose", .overview, ov, .body, o.purpose)
        for (i, p) in o.summary.enumerated() { add("overview.summary[\(i)]", .overview, ov, .body, p.excerpt) }
        for (i, p) in o.consensus.enumerated() { add("overview.consensus[\(i)]", .overview, ov, .body, p.excerpt) }

        let st = "statistics"
        add("statistics.heading", .statistics, st, .title, statistics.heading)
        add("statistics.intro", .statistics, st, .body, statistics.intro)
        for (i, f) in statistics.figures.enumerated() { add("statistics.figures[\(i)]", .statistics, st, f) }
        for (i, s) in statistics.shifts.enumerated() {
            let path = "statistics.shifts[\(i)]"
            add("\(path).statement", .statistics, st, .body, s.statement)
            add("\(path).area", .statistics, st, .body, s.area)
            add("\(path).from", .statistics, st, .body, s.from)
            add("\(path).to", .statistics, st, .body, s.to)
        }

        for (i, z) in zones.enumerated() {
            let path = "zones[\(i)]"
            add("\(path).name", .zones, z.id, .name, z.name)
            add("\(path).shortName", .zones, z.id, .name, z.shortName)
            add("\(path).headline", .zones, z.id, .title, z.headline)
            add("\(path).statement", .zones, z.id, z.statement)
            for (j, f) in z.figures.enumerated() { add("\(path).figures[\(j)]", .zones, z.id, f) }
        }

        let pr = "priorities"
        add("priorities.heading", .priorities, pr, .title, priorities.heading)
        add("priorities.context", .priorities, pr, .body, priorities.context)
        add("priorities.framing", .priorities, pr, priorities.framing)
        for (i, item) in priorities.items.enumerated() {
            let path = "priorities.items[\(i)]"
            add("\(path).title", .priorities, item.id, .title, item.title)
            for (j, s) in item.statements.enumerated() { add("\(path).statements[\(j)]", .priorities, item.id, s) }
        }

        for (i, person) in people.enumerated() {
            let path = "people[\(i)]"
            add("\(path).name", .people, person.id, .name, person.name)
            add("\(path).title", .people, person.id, .title, person.title)
            add("\(path).organisation", .people, person.id, .name, person.organisation)
        }
        return entries
    }
}
