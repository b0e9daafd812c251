/// The report's masthead, the forum it covers and the report's own summary.
public struct Overview: Codable, Hashable, Sendable {
    public var issuer: ProperName
    /// ISO 8601 date of issue.
    public var date: String
    public var dateText: Excerpt
    public var series: Excerpt
    public var number: Int
    public var title: Excerpt
    public var editorNote: Excerpt
    public var forum: ProperName
    public var theme: Excerpt
    public var participants: Excerpt
    public var declaration: Excerpt
    public var alliance: Excerpt
    public var purpose: Excerpt
    public var summary: [Point]
    public var consensus: [Point]
}
