/// One claim or measure a speaker made, addressable by its id.
public struct Point: Codable, Hashable, Sendable {
    public var id: String
    public var zh: String
    public var en: String
    public var source: SourceRef

    public init(id: String, zh: String, en: String, source: SourceRef) {
        self.id = id
        self.zh = zh
        self.en = en
        self.source = source
    }

    public var excerpt: Excerpt { Excerpt(zh: zh, en: en, source: source) }
}
