/// A verbatim Chinese excerpt of the report, its English translation, and where it stands.
public struct Excerpt: Codable, Hashable, Sendable {
    public var zh: String
    public var en: String
    public var source: SourceRef

    public init(zh: String, en: String, source: SourceRef) {
        self.zh = zh
        self.en = en
        self.source = source
    }
}
