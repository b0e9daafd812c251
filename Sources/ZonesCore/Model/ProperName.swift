/// A proper noun (person, place, zone, organisation) with its pinyin reading.
public struct ProperName: Codable, Hashable, Sendable {
    public var zh: String
    public var en: String
    public var pinyin: String
    public var source: SourceRef

    public init(zh: String, en: String, pinyin: String, source: SourceRef) {
        self.zh = zh
        self.en = en
        self.pinyin = pinyin
        self.source = source
    }

    public var excerpt: Excerpt { Excerpt(zh: zh, en: en, source: source) }
}
