import Foundation
import Testing
import ZonesCore
@testable import ZonesUI

/// The captures in docs/ (made by scripts/capture.sh from the real program in tmux) must be
/// what the program draws today.
@Suite("Captures in the docs")
struct DocCaptureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func trimmed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
            .trimmingCharacters(in: .newlines)
    }

    @Test("each pane's capture matches what render draws at 100×30", arguments: Pane.allCases)
    func capture(pane: Pane) throws {
        let file = Self.root.appending(path: "docs/captures/\(pane.rawValue).txt")
        let capture = try String(contentsOf: file, encoding: .utf8)
        let size = Size(width: 100, height: 30)
        let index = Pane.allCases.firstIndex(of: pane)! + 1
        let state = UIFixtures.state(size, language: .both).after(keys: "\(index)")
        #expect(Self.trimmed(render(state, size).text) == Self.trimmed(capture),
                "docs/captures/\(pane.rawValue).txt is stale: run scripts/capture.sh")
    }

    @Test("README shows the current Zones capture")
    func readme() throws {
        let readme = try String(contentsOf: Self.root.appending(path: "README.md"), encoding: .utf8)
        let capture = try String(contentsOf: Self.root.appending(path: "docs/captures/zones.txt"), encoding: .utf8)
        #expect(readme.contains("<!-- capture:zones -->\n```\n" + capture + "```\n<!-- /capture -->"))
    }
}
