/// Wraps text to a display width the way Chinese and English typesetting expect.
///
/// Chinese breaks between any two characters, English only at spaces; a line never starts with
/// closing punctuation (，。、；：？！）》」』 and kin) nor ends with opening punctuation (（《「『“).
/// Columns come from `DisplayWidth`, so a wide character counts two.
public enum LineBreaker {
    static let opening: Set<UInt32> = scalars("（《「『“‘〈【〔([{")
    static let closing: Set<UInt32> = scalars("，。、；：？！）》」』”’〉】〕…—％)]},.;:?!%·")

    private static func scalars(_ text: String) -> Set<UInt32> { Set(text.unicodeScalars.map(\.value)) }

    /// The punctuation class of a character, by its one code point; cheaper than hashing a
    /// `Character`, which layout does for every character of every pane.
    private static func isOpening(_ character: Character) -> Bool { oneScalar(character).map(opening.contains) ?? false }
    private static func isClosing(_ character: Character) -> Bool { oneScalar(character).map(closing.contains) ?? false }

    /// `Character.isWhitespace` looks up Unicode properties; most text is ASCII or Han.
    private static func isSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D) }
        return character.isWhitespace
    }

    private static func oneScalar(_ character: Character) -> UInt32? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first.value
    }

    /// An unbreakable run: a word, one Chinese character, or either with its punctuation glued on.
    struct Atom {
        var text: String
        var width: Int
        var spaceBefore: Bool
        /// Whether the last character opens (glues the next one on) or continues a word.
        var endsOpening: Bool
        var endsWord: Bool
    }

    /// The lines of `text` wrapped to `width` columns, the first line to `firstLineWidth` (for a
    /// hanging indent after a label). A line is wider than its limit only when a single
    /// character is (a wide character at width 1).
    public static func wrap(_ text: String, width: Int, firstLineWidth: Int? = nil) -> [String] {
        let width = max(1, width)
        let first = max(1, firstLineWidth ?? width)
        var lines: [String] = []
        var current = ""
        var used = 0
        var limit: Int { lines.isEmpty ? first : width }
        for atom in atoms(text) {
            let gap = (used > 0 && atom.spaceBefore) ? 1 : 0
            if used + gap + atom.width <= limit {
                if gap == 1 { current += " " }
                current += atom.text
                used += gap + atom.width
                continue
            }
            if used > 0 {
                lines.append(current)
                current = ""
                used = 0
            }
            if atom.width <= limit {
                current = atom.text
                used = atom.width
                continue
            }
            // Longer than a whole line: cut it by characters.
            for character in atom.text {
                let w = DisplayWidth.of(character)
                if used + w > limit && used > 0 {
                    lines.append(current)
                    current = ""
                    used = 0
                }
                current.append(character)
                used += w
            }
        }
        if used > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }

    static func atoms(_ text: String) -> [Atom] {
        var atoms: [Atom] = []
        var pendingSpace = false
        for character in text {
            if isSpace(character) {
                pendingSpace = true
                continue
            }
            let w = DisplayWidth.of(character)
            let closes = isClosing(character)
            let opens = isOpening(character)
            let word = w < 2 && !opens && !closes
            if let last = atoms.indices.last,
               closes || atoms[last].endsOpening || (!pendingSpace && word && atoms[last].endsWord) {
                // In place: a copy of the atom would make every append copy its text.
                if pendingSpace {
                    atoms[last].text.append(" ")
                    atoms[last].width += 1
                }
                atoms[last].text.append(character)
                atoms[last].width += w
                atoms[last].endsOpening = opens
                atoms[last].endsWord = word
                pendingSpace = false
                continue
            }
            atoms.append(Atom(text: String(character), width: w, spaceBefore: pendingSpace, endsOpening: opens, endsWord: word))
            pendingSpace = false
        }
        return atoms
    }

    /// Narrow, non-punctuation characters build words that break only at spaces.
    static func isWordCharacter(_ character: Character, width: Int) -> Bool {
        width < 2 && !isOpening(character) && !isClosing(character)
    }
}
