/// One Han character's readings in a text, as a reader may type them.
struct Syllable: Sendable {
    /// ASCII spellings; empty for a character that breaks a run of syllables (punctuation,
    /// Latin, digits). Shared with the tables, not copied per character.
    var spellings: [[UInt8]]
    /// Index of the character in the original text.
    var origin: Int32
    /// Bit n: a spelling starts with letter `a` + n; a match must start with one of them.
    var starts: UInt32

    init(spellings: [[UInt8]], origin: Int32) {
        self.spellings = spellings
        self.origin = origin
        starts = spellings.reduce(0) { $0 | ($1.first.map(TextSignature.letterBit) ?? 0) }
    }
}

/// Known readings of names (people, places, organisations) from the dataset's own pinyin: in
/// any text, these characters read only so (长株潭 is chang-zhu-tan, not zhang-zhu-tan).
public struct NameReadings: Sendable {
    struct Name: Sendable {
        var characters: [Character]
        /// Spellings of each reading, one entry per Han character of the name.
        var spellings: [[[UInt8]]]
    }

    let names: [Name]
    /// The first character of any name, to skip the name scan for most characters.
    /// (The first code point: hashing a `Character` normalizes it, for every character read.)
    let initials: Set<UInt32>

    public init(_ pairs: [(chinese: String, pinyin: String)], tables: SearchTables) {
        var names: [Name] = []
        var seen: Set<String> = []
        for (chinese, pinyin) in pairs where !seen.contains(chinese) {
            seen.insert(chinese)
            if let readings = PinyinReadings.align(chinese, pinyin: pinyin, tables: tables) {
                names.append(Name(characters: Array(chinese),
                                  spellings: readings.map { PinyinReadings.spellings(of: $0).map { Array($0.utf8) } }))
            }
        }
        // Longest first, so that 长株潭国家自主创新示范区 wins over 长株潭.
        self.names = names.sorted { $0.characters.count > $1.characters.count }
        initials = Set(names.compactMap { $0.characters.first?.unicodeScalars.first?.value })
    }

    public static let none = NameReadings([], tables: SearchTables(readings: [:], traditional: [:], compatibility: [:]))
}

/// A text prepared once for matching: its normalized forms and its pinyin syllables, each
/// position traced back to the original character. A class, so that the many arrays are
/// shared rather than retained one by one whenever a document's fields are read.
public final class SearchText: Sendable {
    /// The text as given; positions in it count characters, as ranges of matches do.
    public let text: String
    /// The UTF-8 offset where each character starts, then the end: four bytes a character
    /// where an array of `Character` took sixteen.
    let characterStarts: [Int32]
    let folded: [UInt32]
    let foldedOrigins: [Int32]
    let spacedFolded: [UInt32]
    let spacedFoldedOrigins: [Int32]
    let spacedCased: [UInt32]
    let spacedCasedOrigins: [Int32]
    let syllables: [Syllable]
    let signature: TextSignature

    public init(_ text: String, tables: SearchTables, names: NameReadings = .none) {
        let forms = TextNormalizer(tables: tables).forms(of: text)
        self.text = text
        characterStarts = forms.characterStarts
        (folded, foldedOrigins) = (forms.folded.scalars, forms.folded.origins)
        (spacedFolded, spacedFoldedOrigins) = (forms.spacedFolded.scalars, forms.spacedFolded.origins)
        (spacedCased, spacedCasedOrigins) = (forms.spacedCased.scalars, forms.spacedCased.origins)
        syllables = Self.syllables(Array(text), tables: tables, names: names)
        signature = TextSignature(folded, syllables: syllables)
    }

    /// How many characters the text has.
    public var characterCount: Int { characterStarts.count - 1 }

    /// The characters in `range` (character positions, as in match ranges).
    public func characters(_ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(characterStarts[range.lowerBound]))
        let upper = utf8.index(utf8.startIndex, offsetBy: Int(characterStarts[range.upperBound]))
        return text[lower..<upper]
    }

    static func syllables(_ characters: [Character], tables: SearchTables, names: NameReadings) -> [Syllable] {
        var result: [Syllable] = []
        var index = 0
        outer: while index < characters.count {
            let character = characters[index]
            guard let spellings = tables.spellings(of: character) else {
                if !character.isWhitespace { result.append(Syllable(spellings: [], origin: Int32(truncatingIfNeeded: index))) }
                index += 1
                continue
            }
            if let first = character.unicodeScalars.first, names.initials.contains(first.value) {
                for name in names.names where name.characters.first == character {
                    let end = index + name.characters.count
                    guard end <= characters.count, characters[index..<end].elementsEqual(name.characters) else { continue }
                    var reading = 0
                    for offset in index..<end where tables.spellings(of: characters[offset]) != nil && reading < name.spellings.count {
                        result.append(Syllable(spellings: name.spellings[reading], origin: Int32(truncatingIfNeeded: offset)))
                        reading += 1
                    }
                    index = end
                    continue outer
                }
            }
            result.append(Syllable(spellings: spellings, origin: Int32(truncatingIfNeeded: index)))
            index += 1
        }
        // Text without a single Han character (the English, most of it) has nothing pinyin can
        // match: no need to keep a placeholder for each of its characters.
        return result.contains { $0.starts != 0 } ? result : []
    }
}
