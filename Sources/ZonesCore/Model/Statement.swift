/// What one speaker said in one place: the words introducing them and each point made.
public struct Statement: Codable, Hashable, Sendable {
    public var speaker: String
    public var attribution: Excerpt
    public var points: [Point]

    public init(speaker: String, attribution: Excerpt, points: [Point]) {
        self.speaker = speaker
        self.attribution = attribution
        self.points = points
    }
}
