/// Makes text from a dataset safe to show: nothing in it can drive the terminal.
///
/// C0 controls and DEL become caret notation (`^[` for ESC); C1 controls, bidi overrides and
/// isolates, and code points the terminal cannot print (unassigned, surrogates' stand-ins)
/// become U+FFFD. Every string from data passes here on its way to a screen or stdout.
public enum Sanitizer {
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || v == 0x7F {
                out.append("^")
                out.append(Unicode.Scalar(v == 0x7F ? 0x3F : v + 0x40)!)
            } else if needsCleaning(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return false }
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || !DisplayWidth.isPrintable(scalar)
    }
}
