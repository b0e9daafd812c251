/// One of the featured demonstration zones and what its speaker reported.
public struct Zone: Codable, Hashable, Sendable {
    public var id: String
    public var name: ProperName
    public var shortName: ProperName
    public var headline: Excerpt
    public var statement: Statement
    public var figures: [Figure]
}
