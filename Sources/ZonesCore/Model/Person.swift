/// A speaker at the forum, with the title and organisation the report gives.
public struct Person: Codable, Hashable, Sendable {
    public var id: String
    public var name: ProperName
    public var title: Excerpt
    public var organisation: ProperName
}
