import Foundation
import Testing

@Suite("zones export and --data")
struct ExportAndDataTests {
    static let assetJSON = try! String(contentsOf: ZonesProcess.packageRoot.appending(path: "Assets/report.json"), encoding: .utf8)

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appending(path: "zones-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("exports JSON in exactly the dataset format")
    func exportJSON() throws {
        let output = try ZonesProcess.run(["export", "--format", "json"])
        #expect(output.status == 0)
        #expect(output.stdout == Self.assetJSON)
    }

    @Test("round-trips: an edited export loads back with --data and shows the edit")
    func roundTrip() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let edited = Self.assetJSON.replacingOccurrences(of: "\"Zhang Wei\"", with: "\"ZHANG Wei (edited)\"")
        #expect(edited != Self.assetJSON)
        let file = dir.appending(path: "edited.json")
        try Data(edited.utf8).write(to: file)
        let shown = try ZonesProcess.run(["show", "zhang-wei", "--data", file.path, "--lang", "en"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("ZHANG Wei (edited)"))
        let again = try ZonesProcess.run(["--data", file.path, "export", "--format", "json"])
        #expect(again.stdout == edited)
    }

    @Test("exports Markdown with a heading per section, both languages and page citations")
    func markdown() throws {
        let output = try ZonesProcess.run(["export", "--format", "markdown"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("## 张江国家自主创新示范区 · Zhangjiang National Independent Innovation Demonstration Zone"))
        #expect(output.stdout.contains("## 原文 · Original text (Chinese)"))
        #expect(output.stdout.contains("(p. 3)"))
    }

    @Test("exports text that a pipe or screen reader can read linearly")
    func text() throws {
        let output = try ZonesProcess.run(["export", "--format", "text"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("长株潭国家自主创新示范区"))
        #expect(!output.stdout.contains("\u{1B}"))
    }

    @Test("writes into a pipe, and stops quietly when the reader closes it early")
    func pipes() throws {
        let binary = ZonesProcess.binary.path
        let whole = try ZonesProcess.run(["-c", "'\(binary)' | wc -l"], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(Int(whole.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 200)
        let early = try ZonesProcess.run(["-c", "'\(binary)' export --format json | head -n 2; echo \"status=${PIPESTATUS[0]}\""],
                                         executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(early.stdout.split(separator: "\n").count == 3)
        #expect(early.stdout.hasSuffix("status=0\n"), "\(early.stdout)")
        #expect(early.stderr.isEmpty, "\(early.stderr)")
    }

    @Test("prints the whole report as text when stdout is not a terminal")
    func pipedExplorer() throws {
        let output = try ZonesProcess.run([])
        #expect(output.status == 0)
        for needle in ["以自主创新示范区为载体", "National figures", "Chéngdū", "Lyu Wei", "第 5 页"] {
            #expect(output.stdout.contains(needle), "\(needle)")
        }
    }

    @Test("refuses bad data files with exit 2 and one line naming the file",
          arguments: [
            ("missing", "no such file"),
            ("dir", "is a directory"),
            ("empty", "the file is empty"),
            ("broken", "invalid JSON"),
            ("latin1", "not valid UTF-8"),
            ("dangling", "unknown person"),
          ])
    func badData(kind: String, message: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appending(path: "\(kind).json")
        switch kind {
        case "dir": try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        case "empty": try Data().write(to: file)
        case "broken": try Data(Self.assetJSON.prefix(3000).utf8).write(to: file)
        case "latin1": try Data([0x7B, 0x22, 0xE9, 0x22, 0x7D]).write(to: file)
        case "dangling": try Data(Self.assetJSON.replacingOccurrences(of: "\"speaker\" : \"yu-jun\"", with: "\"speaker\" : \"yu-juN\"").utf8).write(to: file)
        default: break
        }
        for arguments in [["show", "overview", "--data", file.path], ["--data", file.path]] {
            let output = try ZonesProcess.run(arguments)
            #expect(output.status == 2)
            #expect(output.stdout.isEmpty)
            #expect(output.stderr.hasPrefix("zones: \(file.path)"))
            #expect(output.stderr.contains(message), "\(output.stderr)")
            #expect(output.stderr.split(separator: "\n").count == 1)
            #expect(!output.stderr.contains("Fatal error"))
        }
    }

    @Test("answers bad usage with exit 2 and one line", arguments: [["--frobnicate"], ["show"], ["export"], ["export", "--format", "pdf"]])
    func badUsage(arguments: [String]) throws {
        let output = try ZonesProcess.run(arguments)
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("zones: "))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test("text from a hostile dataset reaches stdout shown, never as escape sequences", arguments: [["show", "people"], ["show", "zones"], ["search", "Zhang"], ["export", "--format", "text"], ["export", "--format", "markdown"]])
    func hostileData(arguments: [String]) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appending(path: "hostile.json")
        let hostile = Self.assetJSON.replacingOccurrences(of: "\"en\" : \"Zhang Yulei\"", with: "\"en\" : \"Zhang Yulei\\u001b]2;pwned\\u0007\\u001b[2J\\u202e\"")
        try Data(hostile.utf8).write(to: file)
        let output = try ZonesProcess.run(arguments + ["--data", file.path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("pwned"))
        #expect(!output.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        let json = try ZonesProcess.run(["export", "--format", "json", "--data", file.path])
        #expect(json.stdout.contains("\\u001b") && json.stdout.contains("\\u202e"))
        #expect(!json.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        let search = try ZonesProcess.run(["search", "--json", "pwned", "--data", file.path])
        #expect(search.status == 0 && !search.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test("prints help and version with exit 0")
    func helpAndVersion() throws {
        let help = try ZonesProcess.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("show"))
        let showHelp = try ZonesProcess.run(["show", "--help"])
        #expect(showHelp.status == 0 && showHelp.stdout.contains("Examples"))
        let version = try ZonesProcess.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
    }

    @Test("works as a single binary copied alone to another folder")
    func selfContained() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appending(path: "zones")
        try FileManager.default.copyItem(at: ZonesProcess.binary, to: copy)
        let output = try ZonesProcess.run(["show", "chengdu", "--lang", "en"], executable: copy)
        #expect(output.status == 0)
        #expect(output.stdout.contains("Chengdu"))
    }
}
