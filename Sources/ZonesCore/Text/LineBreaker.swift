/// Wraps text to a display width the way Chinese and English typesetting expect.
///
/// Chinese breaks between any two characters, English only at spaces; a line never starts with
/// closing punctuation (，。、；：？！）》」』 and kin) nor ends with opening punctuation (（《「『“).
/// Columns come from `DisplayWidth`, so a wide character counts two.
public enum LineBreaker {
    static let opening: Set<Character> = ["（", "《", "「", "『", "“", "‘", "〈", "【", "〔", "(", "[", "{"]
    static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”", "’", "〉", "】", "〕", "…", "—",
        "％", ")", "]", "}", ",", ".", ";", ":", "?", "!", "%", "·",
    ]

    /// An unbreakable run: a word, one Chinese character, or either with its punctuation glued on.
    struct Atom {
        var text: String
        var width: Int
        var spaceBefore: Bool
        var last: Character
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
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            let w = DisplayWidth.of(character)
            if var last = atoms.last {
                let glue = closing.contains(character)
                    || opening.contains(last.last)
                    || (!pendingSpace && isWordCharacter(character, width: w) && isWordCharacter(last.last, width: DisplayWidth.of(last.last)))
                if glue {
                    if pendingSpace {
                        last.text.append(" ")
                        last.width += 1
                    }
                    last.text.append(character)
                    last.width += w
                    last.last = character
                    atoms[atoms.count - 1] = last
                    pendingSpace = false
                    continue
                }
            }
            atoms.append(Atom(text: String(character), width: w, spaceBefore: pendingSpace, last: character))
            pendingSpace = false
        }
        return atoms
    }

    /// Narrow, non-punctuation characters build words that break only at spaces.
    static func isWordCharacter(_ character: Character, width: Int) -> Bool {
        width < 2 && !opening.contains(character) && !closing.contains(character)
    }
}
