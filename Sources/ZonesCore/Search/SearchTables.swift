#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Tables built ahead of time from the dataset (scripts/make_search_tables.py) and embedded:
/// pinyin readings, traditional forms and compatibility mappings, so that search needs no ICU.
public struct SearchTables: Sendable {
    /// Every reading of each Han character, toneless, ü written v ("lv").
    public let readings: [Character: [String]]
    /// Traditional character → the simplified one the report uses.
    public let traditional: [Character: Character]
    /// Characters whose NFKC form differs (full-width forms, ideographic space, ligatures…).
    public let compatibility: [Character: String]

    public init(readings: [Character: [String]], traditional: [Character: Character], compatibility: [Character: String]) {
        self.readings = readings
        self.traditional = traditional
        self.compatibility = compatibility
    }

    private struct File: Decodable {
        var format: String
        var readings: [String: [String]]
        var traditional: [String: String]
        var compatibility: [String: String]
    }

    /// The tables compiled into the binary; empty tables if they cannot be read, so that search
    /// still works on Chinese and English text without pinyin.
    public static let embedded: SearchTables = decode(EmbeddedSearchTables.json) ?? SearchTables(readings: [:], traditional: [:], compatibility: [:])

    public static func decode(_ json: String) -> SearchTables? {
        guard let file = try? JSONDecoder().decode(File.self, from: Data(json.utf8)), file.format == "zones-search-tables/1" else { return nil }
        var readings: [Character: [String]] = [:]
        for (key, value) in file.readings { if let c = key.first, key.count == 1 { readings[c] = value } }
        var traditional: [Character: Character] = [:]
        for (key, value) in file.traditional { if let k = key.first, let v = value.first, key.count == 1 { traditional[k] = v } }
        var compatibility: [Character: String] = [:]
        for (key, value) in file.compatibility { if let c = key.first, key.count == 1 { compatibility[c] = value } }
        return SearchTables(readings: readings, traditional: traditional, compatibility: compatibility)
    }
}

/// The search tables compiled into the binary from `Assets/search-tables.json`.
public enum EmbeddedSearchTables {}
