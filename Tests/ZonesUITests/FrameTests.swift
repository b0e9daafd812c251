import Testing
import ZonesCore
@testable import ZonesUI

@Suite("Frame")
struct FrameTests {
    @Test("a wide character takes two cells, the second a continuation")
    func wide() {
        var frame = Frame(size: Size(width: 6, height: 1))
        let end = frame.put("张江", x: 0, y: 0, role: .normal)
        #expect(end == 4)
        #expect(frame[0, 0].character == "张" && frame[1, 0].isContinuation)
        #expect(frame.text(row: 0) == "张江  ")
    }

    @Test("a wide character that would straddle the edge becomes a space")
    func straddle() {
        var frame = Frame(size: Size(width: 5, height: 1))
        frame.put("张江宣", x: 0, y: 0, role: .normal)
        #expect(frame.text(row: 0) == "张江 ")
        var clipped = Frame(size: Size(width: 10, height: 1))
        clipped.put("中关村", x: 0, y: 0, role: .normal, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(clipped.text(row: 0) == "中" + String(repeating: " ", count: 8))
        #expect(!clipped[3, 0].isContinuation)
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.put("张江", x: 0, y: 0, role: .normal)
        frame.put("x", x: 1, y: 0, role: .normal)
        #expect(frame.text(row: 0) == " x江")
        frame.put("y", x: 2, y: 0, role: .normal)
        #expect(frame.text(row: 0) == " xy ")
        #expect(frame.cells.allSatisfy { !$0.isContinuation })
    }

    @Test("text from data cannot send escape sequences")
    func sanitized() {
        var frame = Frame(size: Size(width: 20, height: 1))
        frame.put("a\u{1B}]0;x\u{07}", x: 0, y: 0, role: .normal)
        #expect(frame.text(row: 0).hasPrefix("a^[]0;x^G"))
        #expect(!frame.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test("writing outside the frame does nothing")
    func outside() {
        var frame = Frame(size: Size(width: 3, height: 2))
        frame.put("abc", x: -2, y: 0, role: .normal)
        frame.put("abc", x: 0, y: 5, role: .normal)
        frame.put("abc", x: 10, y: 1, role: .normal)
        #expect(frame.text == "c  \n   ")
    }

    @Test("bars are drawn to an eighth of a cell")
    func bars() {
        #expect(Glyphs.unicode.bar(fraction: 0.5, width: 4) == "██")
        #expect(Glyphs.unicode.bar(fraction: 1.0 / 16, width: 2) == "▏")
        #expect(Glyphs.unicode.bar(fraction: 23.0 / 66, width: 10) == "███▌")
        #expect(Glyphs.ascii.bar(fraction: 0.5, width: 4) == "##")
    }

    @Test("cells look alike only with the same bytes and the same style; canonically equal text is not enough")
    func cellsLookAlike() {
        let composed = Cell(character: "\u{E9}", role: .normal, isContinuation: false)
        let decomposed = Cell(character: "e\u{301}", role: .normal, isContinuation: false)
        #expect(composed == decomposed)
        #expect(!composed.looksLike(decomposed))
        #expect(composed.looksLike(Cell(character: "\u{E9}", role: .normal, isContinuation: false)))
        #expect(!composed.looksLike(Cell(character: "\u{E9}", role: .dim, isContinuation: false)))
        #expect(!Cell(character: "张", role: .normal, isContinuation: false).looksLike(Cell(character: "江", role: .normal, isContinuation: false)))
    }
}
