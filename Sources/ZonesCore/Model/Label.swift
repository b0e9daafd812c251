/// A short caption or unit in both languages; ours, not a quotation.
public struct Label: Codable, Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
}
