/// What `zones show` can show: a pane, or one zone, priority or person.
public enum Topic: Hashable, Sendable {
    case pane(Pane)
    case zone(String)
    case priority(String)
    case person(String)

    /// Resolves a name given on the command line; nil when it names nothing in `report`.
    public init?(_ name: String, in report: Report) {
        if let pane = Pane(rawValue: name) {
            self = .pane(pane)
        } else if report.zone(name) != nil {
            self = .zone(name)
        } else if report.priority(name) != nil {
            self = .priority(name)
        } else if report.person(name) != nil {
            self = .person(name)
        } else {
            return nil
        }
    }

    /// Every valid topic name, panes first, then ids in document order.
    public static func names(in report: Report) -> [String] {
        Pane.allCases.map(\.rawValue) + report.zones.map(\.id) + report.priorities.items.map(\.id) + report.people.map(\.id)
    }
}
