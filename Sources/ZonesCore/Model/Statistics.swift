/// The national figures for all demonstration zones and the three shifts they achieved.
public struct Statistics: Codable, Hashable, Sendable {
    public var heading: Excerpt
    public var intro: Excerpt
    public var figures: [Figure]
    public var shifts: [Shift]
}

/// One "from … to …" change the report credits to the zones.
public struct Shift: Codable, Hashable, Sendable {
    public var id: String
    public var statement: Excerpt
    public var area: Excerpt
    public var from: Excerpt
    public var to: Excerpt
}
