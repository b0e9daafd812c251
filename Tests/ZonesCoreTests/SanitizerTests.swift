import Testing
@testable import ZonesCore

@Suite("Sanitizer")
struct SanitizerTests {
    @Test("shows ESC and other controls in caret notation")
    func controls() {
        #expect(Sanitizer.clean("a\u{1B}]0;owned\u{07}b") == "a^[]0;owned^Gb")
        #expect(Sanitizer.clean("x\u{7F}\n") == "x^?^J")
    }

    @Test("replaces C1 controls and bidi overrides")
    func c1AndBidi() {
        #expect(Sanitizer.clean("a\u{9B}2Jb") == "a\u{FFFD}2Jb")
        #expect(Sanitizer.clean("\u{202E}abc\u{2066}") == "\u{FFFD}abc\u{FFFD}")
    }

    @Test("leaves the report's own text alone")
    func reportUntouched() {
        for entry in Fixtures.report.textEntries {
            #expect(Sanitizer.clean(entry.excerpt.zh) == entry.excerpt.zh)
            #expect(Sanitizer.clean(entry.excerpt.en) == entry.excerpt.en)
        }
    }
}
