/// Where a text stands in the rebuilt original: the page it starts on and its paragraph number.
public struct SourceRef: Codable, Hashable, Sendable {
    public var page: Int
    public var paragraph: Int

    public init(page: Int, paragraph: Int) {
        self.page = page
        self.paragraph = paragraph
    }
}
