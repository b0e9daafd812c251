/// A window of text around a match that fits a width, with the match's place in it.
public enum Snippet {
    /// `match` is in `characters`; the snippet and the returned range are in cleaned characters
    /// (`Sanitizer`), as they will be shown. Only the window is cleaned and measured, so a long
    /// paragraph costs no more than a short one.
    public static func around(_ characters: [Character], match: Range<Int>, width: Int) -> (String, Range<Int>) {
        guard match.lowerBound >= 0, match.upperBound <= characters.count, !match.isEmpty else {
            return (DisplayWidth.truncate(Sanitizer.clean(String(characters)), to: width), 0..<0)
        }
        var start = match.lowerBound
        var end = match.upperBound
        let matchWidth = characters[match].reduce(0) { $0 + columns($1) }
        let room = max(matchWidth, width - 2)
        var used = matchWidth
        // Some context to the left, as much as fits to the right, then fill up the left.
        var left = 0
        while start > 0 {
            let w = columns(characters[start - 1])
            guard left + w <= room / 3, used + w <= room else { break }
            start -= 1
            left += w
            used += w
        }
        while end < characters.count {
            let w = columns(characters[end])
            guard used + w <= room else { break }
            used += w
            end += 1
        }
        while start > 0 {
            let w = columns(characters[start - 1])
            guard used + w <= room else { break }
            start -= 1
            used += w
        }
        let lead = start > 0 ? "…" : ""
        let tail = end < characters.count ? "…" : ""
        let before = Sanitizer.clean(string(characters[start..<match.lowerBound]))
        let matched = Sanitizer.clean(string(characters[match]))
        let after = Sanitizer.clean(string(characters[match.upperBound..<end]))
        let shift = lead.count + before.count
        return (lead + before + matched + after + tail, shift..<(shift + matched.count))
    }

    /// The characters as one string, built from their bytes: appending `Character`s one by one
    /// re-checks grapheme boundaries at every seam, which made snippets most of a search.
    static func string(_ characters: ArraySlice<Character>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count * 3)
        for character in characters { bytes.append(contentsOf: character.utf8) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Columns a character takes once cleaned for the screen.
    static func columns(_ character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        if character.unicodeScalars.contains(where: Sanitizer.needsCleaning) {
            return DisplayWidth.of(Sanitizer.clean(String(character)))
        }
        return DisplayWidth.of(character)
    }
}
