/// The whole report as structured data: the in-memory model every view and command reads.
public struct Report: Codable, Hashable, Sendable {
    public static let formatIdentifier = "zones-report/1"

    public var format: String
    public var overview: Overview
    public var statistics: Statistics
    public var zones: [Zone]
    public var priorities: Priorities
    public var people: [Person]
    public var source: SourceText

    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
    public func zone(_ id: String) -> Zone? { zones.first { $0.id == id } }
    public func priority(_ id: String) -> Priority? { priorities.items.first { $0.id == id } }
    public func paragraph(_ number: Int) -> Paragraph? { source.paragraphs.first { $0.number == number } }
}
