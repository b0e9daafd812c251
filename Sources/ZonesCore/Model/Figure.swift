/// A number the report gives, with its unit, what it counts and the words that state it.
public struct Figure: Codable, Hashable, Sendable {
    /// How exactly the report states a figure.
    public enum Qualifier: String, Codable, Hashable, Sendable {
        case exact, about, over
    }

    public var id: String
    /// Nil when the report gives a symbol rather than a number (the "X" research fields).
    public var value: Double?
    /// How the report writes the figure when that is not a plain number ("X", "4.0").
    public var symbol: String?
    public var unit: Label
    public var qualifier: Qualifier
    public var label: Excerpt
    public var text: Excerpt

    public init(id: String, value: Double?, symbol: String? = nil, unit: Label, qualifier: Qualifier, label: Excerpt, text: Excerpt) {
        self.id = id
        self.value = value
        self.symbol = symbol
        self.unit = unit
        self.qualifier = qualifier
        self.label = label
        self.text = text
    }

    // Written out so that a null value is kept in exports rather than dropped.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(value, forKey: .value)
        try container.encodeIfPresent(symbol, forKey: .symbol)
        try container.encode(unit, forKey: .unit)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(label, forKey: .label)
        try container.encode(text, forKey: .text)
    }
}
