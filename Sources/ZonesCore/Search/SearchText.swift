/// One Han character's readings in a text, as a reader may type them.
struct Syllable: Sendable {
    /// ASCII spellings; empty for a character that breaks a run of syllables (punctuation,
    /// Latin, digits).
    var spellings: [[UInt8]]
    /// Index of the character in the original text.
    var origin: Int
}

/// Known readings of names (people, places, organisations) from the dataset's own pinyin: in
/// any text, these characters read only so (长株潭 is chang-zhu-tan, not zhang-zhu-tan).
public struct NameReadings: Sendable {
    let names: [(characters: [Character], readings: [String])]
    /// The first character of any name, to skip the name scan for most characters.
    let initials: Set<Character>

    public init(_ pairs: [(chinese: String, pinyin: String)], tables: SearchTables) {
        var names: [(characters: [Character], readings: [String])] = []
        var seen: Set<String> = []
        for (chinese, pinyin) in pairs where !seen.contains(chinese) {
            seen.insert(chinese)
            if let readings = PinyinReadings.align(chinese, pinyin: pinyin, tables: tables) {
                names.append((Array(chinese), readings))
            }
        }
        // Longest first, so that 长株潭国家自主创新示范区 wins over 长株潭.
        self.names = names.sorted { $0.characters.count > $1.characters.count }
        initials = Set(names.compactMap(\.characters.first))
    }

    public static let none = NameReadings([], tables: SearchTables(readings: [:], traditional: [:], compatibility: [:]))
}

/// A text prepared once for matching: its normalized forms and its pinyin syllables, each
/// position traced back to the original character.
public struct SearchText: Sendable {
    public let original: [Character]
    let folded: [UInt32]
    let foldedOrigins: [Int]
    let spacedFolded: [UInt32]
    let spacedFoldedOrigins: [Int]
    let spacedCased: [UInt32]
    let spacedCasedOrigins: [Int]
    let syllables: [Syllable]

    public init(_ text: String, tables: SearchTables, names: NameReadings = .none) {
        let normalizer = TextNormalizer(tables: tables)
        original = Array(text)
        (folded, foldedOrigins) = normalizer.normalize(text)
        (spacedFolded, spacedFoldedOrigins) = normalizer.normalize(text, keepSpaces: true)
        (spacedCased, spacedCasedOrigins) = normalizer.normalize(text, keepCase: true, keepSpaces: true)
        syllables = Self.syllables(original, tables: tables, names: names)
    }

    static func syllables(_ characters: [Character], tables: SearchTables, names: NameReadings) -> [Syllable] {
        var result: [Syllable] = []
        var index = 0
        outer: while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            guard let readings = tables.readings(of: character) else {
                result.append(Syllable(spellings: [], origin: index))
                index += 1
                continue
            }
            for name in names.names where names.initials.contains(character) && name.characters.first == character {
                let end = index + name.characters.count
                if end <= characters.count, Array(characters[index..<end]) == name.characters {
                    var reading = 0
                    for offset in index..<end where tables.readings(of: characters[offset]) != nil && reading < name.readings.count {
                        result.append(Syllable(spellings: PinyinReadings.spellings(of: name.readings[reading]).map { Array($0.utf8) }, origin: offset))
                        reading += 1
                    }
                    index = end
                    continue outer
                }
            }
            result.append(Syllable(spellings: readings.flatMap(PinyinReadings.spellings).map { Array($0.utf8) }, origin: index))
            index += 1
        }
        return result
    }
}
