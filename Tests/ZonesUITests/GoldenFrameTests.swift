import Foundation
import Testing
import ZonesCore
@testable import ZonesUI

/// Whole screens compared with files under Golden/. `ZONES_RECORD_GOLDEN=1 make test` rewrites
/// them; a missing file is written and the test fails, so a new screen is always looked at once.
@Suite("Golden frames")
struct GoldenFrameTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12)]

    static var cases: [(Pane, Language, Size)] {
        Pane.allCases.flatMap { pane in Language.allCases.flatMap { language in sizes.map { (pane, language, $0) } } }
    }

    func check(_ frame: Frame, name: String) throws {
        let url = UIFixtures.goldenDirectory.appending(path: "\(name).txt")
        let actual = frame.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.reversed().drop(while: { $0 == " " }).reversed() }
            .map { String($0) }.joined(separator: "\n") + "\n"
        let record = ProcessInfo.processInfo.environment["ZONES_RECORD_GOLDEN"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: UIFixtures.goldenDirectory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            if !record { Issue.record("recorded new golden frame \(name).txt; look at it and run again") }
            return
        }
        #expect(actual == expected, "\(name) differs from its golden frame")
    }

    @Test("each pane in each language at 80×24, 120×40 and 40×12", arguments: cases)
    func pane(pane: Pane, language: Language, size: Size) throws {
        let index = Pane.allCases.firstIndex(of: pane)! + 1
        let state = UIFixtures.state(size, language: language).after(keys: "\(index)")
        try check(render(state, size), name: "\(pane.rawValue)-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test("the too-small message")
    func tooSmall() throws {
        let size = Size(width: 30, height: 8)
        try check(render(UIFixtures.state(size), size), name: "too-small-30x8")
    }

    @Test("the help overlay and the zone comparison")
    func overlays() throws {
        let size = Size(width: 100, height: 30)
        try check(render(UIFixtures.state(size).after(keys: "?"), size), name: "help-100x30")
        try check(render(UIFixtures.state(size).after(keys: "3c"), size), name: "compare-both-100x30")
        try check(render(UIFixtures.state(size, language: .en).after(keys: "3c"), size), name: "compare-en-100x30")
    }

    @Test("ASCII drawing")
    func ascii() throws {
        let size = Size(width: 80, height: 24)
        try check(render(UIFixtures.state(size, ascii: true).after(keys: "2"), size), name: "statistics-ascii-80x24")
        let drawing: Set<Character> = ["•", "▪", "▸", "▌", "›", "·", "→", "…"]
        for keys in ["1", "2", "3", "3c", "4", "5", "6", "?"] {
            let frame = render(UIFixtures.state(size, ascii: true).after(keys: keys), size)
            let offending = frame.cells.filter { cell in
                cell.character.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) } || cell.character.first.map(drawing.contains) == true
            }
            #expect(offending.isEmpty, "after '\(keys)': \(offending.map(\.character))")
        }
    }
}
