/// Where in the report a statement was made.
public enum StatementPlace: Hashable, Sendable {
    case zone(String)
    case framing
    case priority(String)
}

/// A statement together with the place it was made.
public struct PlacedStatement: Hashable, Sendable {
    public var place: StatementPlace
    public var statement: Statement
}

extension Report {
    /// Every statement in document order.
    public var statements: [PlacedStatement] {
        zones.map { PlacedStatement(place: .zone($0.id), statement: $0.statement) }
            + [PlacedStatement(place: .framing, statement: priorities.framing)]
            + priorities.items.flatMap { item in
                item.statements.map { PlacedStatement(place: .priority(item.id), statement: $0) }
            }
    }

    /// What one person said, in document order: the links from a person to their words.
    public func statements(by personID: String) -> [PlacedStatement] {
        statements.filter { $0.statement.speaker == personID }
    }
}
