/// Tables built ahead of time from the dataset (scripts/make_search_tables.py) and embedded:
/// pinyin readings, traditional forms and compatibility mappings, so that search needs no ICU.
public struct SearchTables: Sendable {
    /// Every reading of each Han character (by code point), toneless, ü written v ("lv").
    public let readings: [UInt32: [String]]
    /// Traditional character → the simplified one the report uses.
    public let traditional: [UInt32: UInt32]
    /// Code points whose NFKC form differs (full-width forms, ideographic space, ligatures…).
    public let compatibility: [UInt32: [UInt32]]
    /// Every way a reader may type each character's readings, as bytes, made once so that
    /// preparing a text shares these arrays instead of spelling each character anew.
    let spellings: [UInt32: [[UInt8]]]

    public init(readings: [UInt32: [String]], traditional: [UInt32: UInt32], compatibility: [UInt32: [UInt32]]) {
        self.readings = readings
        self.traditional = traditional
        self.compatibility = compatibility
        spellings = readings.mapValues { $0.flatMap(PinyinReadings.spellings).map { Array($0.utf8) } }
    }

    /// The spellings of a character's readings, looked up by its simplified form.
    func spellings(of character: Character) -> [[UInt8]]? {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.count == 1, scalar.value >= 0x80 else { return nil }
        return spellings[traditional[scalar.value] ?? scalar.value]
    }

    /// The readings of a character, looked up by its simplified form.
    public func readings(of character: Character) -> [String]? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        return readings[traditional[scalar.value] ?? scalar.value]
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
        guard let document = try? JSONParser.parse(Array(json.utf8)),
              let file = try? JSONValueDecoder.decode(File.self, from: document), file.format == "zones-search-tables/1" else { return nil }
        func single(_ key: String) -> UInt32? {
            let scalars = key.unicodeScalars
            return scalars.count == 1 ? scalars.first?.value : nil
        }
        var readings: [UInt32: [String]] = [:]
        for (key, value) in file.readings { if let k = single(key) { readings[k] = value } }
        var traditional: [UInt32: UInt32] = [:]
        for (key, value) in file.traditional { if let k = single(key), let v = single(value) { traditional[k] = v } }
        var compatibility: [UInt32: [UInt32]] = [:]
        for (key, value) in file.compatibility { if let k = single(key) { compatibility[k] = value.unicodeScalars.map(\.value) } }
        return SearchTables(readings: readings, traditional: traditional, compatibility: compatibility)
    }
}

/// The search tables compiled into the binary from `Assets/search-tables.json`.
public enum EmbeddedSearchTables {}
