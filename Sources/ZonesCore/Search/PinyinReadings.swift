/// Toneless pinyin: readings from the tables, names read as the dataset spells them, and the
/// spellings a reader may type for ü (lv, lu, lyu for 吕).
public enum PinyinReadings {
    static let toneless: [Character: Character] = [
        "ā": "a", "á": "a", "ǎ": "a", "à": "a", "ē": "e", "é": "e", "ě": "e", "è": "e",
        "ī": "i", "í": "i", "ǐ": "i", "ì": "i", "ō": "o", "ó": "o", "ǒ": "o", "ò": "o",
        "ū": "u", "ú": "u", "ǔ": "u", "ù": "u", "ǖ": "v", "ǘ": "v", "ǚ": "v", "ǜ": "v", "ü": "v",
        "ń": "n", "ň": "n", "ǹ": "n", "ḿ": "m",
    ]

    /// "Zhāng Yǔlěi" → "zhangyulei": lower case, tones dropped, ü as v, letters only.
    public static func letters(of pinyin: String) -> String {
        var out = ""
        for character in pinyin.lowercased() {
            if let plain = toneless[character] {
                out.append(plain)
            } else if character.isASCII, character.isLetter {
                out.append(character)
            }
        }
        return out
    }

    /// The ways a reader may type a syllable: ü as v, u or yu.
    public static func spellings(of syllable: String) -> [String] {
        guard syllable.contains("v") else { return [syllable] }
        return [syllable, syllable.replacing("v", with: "u"), syllable.replacing("v", with: "yu")]
    }

    /// Splits a name's pinyin into one reading per Han character of `chinese`, choosing among
    /// each character's readings; nil when they cannot be lined up.
    public static func align(_ chinese: String, pinyin: String, tables: SearchTables) -> [String]? {
        let han = chinese.filter { tables.readings(of: $0) != nil }
        let letters = Array(letters(of: pinyin))
        var result: [String] = []
        func solve(_ index: String.Index, _ offset: Int) -> Bool {
            if index == han.endIndex { return offset == letters.count }
            let character = han[index]
            for reading in tables.readings(of: character) ?? [] {
                let candidate = Array(reading)
                if offset + candidate.count <= letters.count, Array(letters[offset..<(offset + candidate.count)]) == candidate {
                    result.append(reading)
                    if solve(han.index(after: index), offset + candidate.count) { return true }
                    result.removeLast()
                }
            }
            return false
        }
        return solve(han.startIndex, 0) ? result : nil
    }
}
