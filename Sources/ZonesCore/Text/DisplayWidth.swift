import CLocale

/// The one place that decides how many terminal columns text takes: glibc `wcwidth` under a
/// UTF-8 LC_CTYPE, exactly what ncursesw uses, so our layout and the terminal never disagree.
public enum DisplayWidth {
    // Run once, before the first measurement: under a non-UTF-8 locale wcwidth says -1 for every
    // Chinese character.
    private static let localeReady: Bool = UTF8Locale.isActive || UTF8Locale.activate()

    /// Columns of one scalar: 0 for combining and unprintable scalars, 1 or 2 otherwise.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        _ = localeReady
        return max(0, Int(zones_wcwidth(value)))
    }

    /// Whether the terminal can show a scalar at all (wcwidth is not -1).
    public static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return true }
        _ = localeReady
        return zones_wcwidth(value) >= 0
    }

    /// Columns of a string: the sum over its scalars, as ncurses adds them up.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    /// Columns of one character (grapheme cluster).
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    /// The longest prefix of `text` that fits in `columns`, never splitting a character.
    public static func prefix(_ text: String, fitting columns: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if used + w > columns { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` cut to `columns`, ending with `ellipsis` when it had to be cut.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        let mark = of(ellipsis) < columns ? ellipsis : ""
        return prefix(text, fitting: columns - of(mark)) + mark
    }

    /// `text` padded with spaces on the right to exactly `columns` (cut first if too wide).
    public static func pad(_ text: String, to columns: Int) -> String {
        let cut = of(text) > columns ? prefix(text, fitting: columns) : text
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }
}
