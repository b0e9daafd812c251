import CLocale
#if canImport(Glibc)
import Glibc
#endif

/// Makes LC_CTYPE a UTF-8 locale, which wcwidth and ncursesw need to see Chinese as wide.
public enum UTF8Locale {
    /// Locales tried, in order, when the environment's own LC_CTYPE is not UTF-8.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]

    /// Adopts the environment's LC_CTYPE, or the first available UTF-8 fallback when it is not
    /// UTF-8 (e.g. under `LANG=C`). Returns false when no UTF-8 locale exists at all.
    @discardableResult
    public static func activate() -> Bool {
        setlocale(LC_CTYPE, "")
        if zones_ctype_is_utf8() != 0 { return true }
        for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
            if zones_ctype_is_utf8() != 0 { return true }
        }
        return false
    }

    /// Whether the current LC_CTYPE is UTF-8.
    public static var isActive: Bool { zones_ctype_is_utf8() != 0 }
}
