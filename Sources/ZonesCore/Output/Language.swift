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

    public var showsChinese: Bool { self != .en }
    public var showsEnglish: Bool { self != .zh }
}
