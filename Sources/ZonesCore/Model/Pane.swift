/// The explorer's panes, which also group search hits and `show` topics.
public enum Pane: String, CaseIterable, Codable, Hashable, Sendable {
    case overview, statistics, zones, priorities, people, source

    public var label: Label {
        switch self {
        case .overview: Label(zh: "概览", en: "Overview")
        case .statistics: Label(zh: "统计", en: "Statistics")
        case .zones: Label(zh: "自创区", en: "Zones")
        case .priorities: Label(zh: "未来重点", en: "Priorities")
        case .people: Label(zh: "嘉宾", en: "People")
        case .source: Label(zh: "原文", en: "Source")
        }
    }
}
