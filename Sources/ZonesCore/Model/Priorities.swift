/// The report's second part: where the zones should go next.
public struct Priorities: Codable, Hashable, Sendable {
    public var heading: Excerpt
    public var context: Excerpt
    public var framing: Statement
    public var items: [Priority]
}

/// One future priority and every speaker's points under it.
public struct Priority: Codable, Hashable, Sendable {
    public var id: String
    public var title: Excerpt
    public var statements: [Statement]
}
