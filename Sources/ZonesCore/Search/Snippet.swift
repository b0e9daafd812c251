/// A window of text around a match that fits a width, with the match's place in it.
public enum Snippet {
    /// `match` is in `text`'s characters; the snippet and the returned range are in cleaned characters
    /// (`Sanitizer`), as they will be shown. Only the window is cleaned and measured, so a long
    /// paragraph costs no more than a short one.
    public static func around(_ text: SearchText, match: Range<Int>, width: Int) -> (String, Range<Int>) {
        let count = text.characterCount
        guard match.lowerBound >= 0, match.upperBound <= count, !match.isEmpty else {
            return (DisplayWidth.truncate(Sanitizer.clean(text.text), to: width), 0..<0)
        }
        func columnsAt(_ index: Int) -> Int { columns(text.characters(index..<(index + 1))) }
        var start = match.lowerBound
        var end = match.upperBound
        let matchWidth = columns(text.characters(match))
        let room = max(matchWidth, width - 2)
        var used = matchWidth
        // Some context to the left, as much as fits to the right, then fill up the left.
        var left = 0
        while start > 0 {
            let w = columnsAt(start - 1)
            guard left + w <= room / 3, used + w <= room else { break }
            start -= 1
            left += w
            used += w
        }
        while end < count {
            let w = columnsAt(end)
            guard used + w <= room else { break }
            used += w
            end += 1
        }
        while start > 0 {
            let w = columnsAt(start - 1)
            guard used + w <= room else { break }
            start -= 1
            used += w
        }
        let lead = start > 0 ? "…" : ""
        let tail = end < count ? "…" : ""
        let before = Sanitizer.clean(String(text.characters(start..<match.lowerBound)))
        let matched = Sanitizer.clean(String(text.characters(match)))
        let after = Sanitizer.clean(String(text.characters(match.upperBound..<end)))
        let shift = lead.count + before.count
        return (lead + before + matched + after + tail, shift..<(shift + matched.count))
    }

    /// Columns text takes once cleaned for the screen.
    static func columns(_ text: Substring) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 0x20 && v < 0x7F {
                total += 1
            } else if Sanitizer.needsCleaning(scalar) {
                total += DisplayWidth.of(Sanitizer.clean(String(scalar)))
            } else {
                total += DisplayWidth.of(scalar)
            }
        }
        return total
    }
}
