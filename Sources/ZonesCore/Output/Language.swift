/// Which language(s) a view or command shows.
public enum Language: String, CaseIterable, Codable, Hashable, Sendable {
    case zh, en, both

    /// Chinese under a `zh_*` locale, both languages otherwise (the first set of LC_ALL,
    /// LC_MESSAGES, LANG decides, as in POSIX).
    public static func preferred(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.hasPrefix("zh") ? .zh : .both
            }
        }
        return .both
    }

    /// What to show of a pair: one language, or both joined by `separator` (once when equal).
    public func text(zh: String, en: String, separator: String = " ") -> String {
        switch self {
        case .zh: zh
        case .en: en
        case .both: zh == en ? zh : zh + separator + en
        }
    }

    /// A page marker's words: `第 2 页`, `page 2`, or both.
    public func pageLabel(_ page: Int, separator: String = " · ") -> String {
        text(zh: "第 \(page) 页", en: "page \(page)", separator: separator)
    }

    public var showsChinese: Bool { self != .en }
    public var showsEnglish: Bool { self != .zh }
}
