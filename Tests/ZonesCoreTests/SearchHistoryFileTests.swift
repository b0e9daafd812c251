import Foundation
import Testing
@testable import ZonesCore

@Suite("Search history file")
struct SearchHistoryFileTests {
    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appending(path: "zones-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test("lives under XDG_STATE_HOME, or ~/.local/state")
    func location() {
        #expect(SearchHistoryFile(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.path == "/s/zones/history")
        #expect(SearchHistoryFile(environment: ["HOME": "/h"])?.path == "/h/.local/state/zones/history")
        #expect(SearchHistoryFile(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.path == "/h/.local/state/zones/history")
        #expect(SearchHistoryFile(environment: [:]) == nil)
    }

    @Test("saves and loads queries, Chinese included, creating its folder, readable by the owner only")
    func roundTrip() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = SearchHistoryFile(path: dir.appending(path: "state/zones/history").path)
        #expect(file.save(["张江", "zgc", "\"bonded supervision\""]))
        let loaded = file.load(limit: 100)
        #expect(loaded.queries == ["张江", "zgc", "\"bonded supervision\""])
        #expect(loaded.problem == nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appending(path: "state/zones").path)
        #expect(leftovers == ["history"])
    }

    @Test("keeps only the newest queries up to the limit")
    func bounded() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = SearchHistoryFile(path: dir.appending(path: "history").path)
        file.save((0..<10).map { "q\($0)" })
        #expect(file.load(limit: 3).queries == ["q7", "q8", "q9"])
    }

    @Test("a missing file is an empty history; a corrupt or unreadable one is ignored with a notice")
    func corrupt() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = SearchHistoryFile(path: dir.appending(path: "none").path).load(limit: 10)
        #expect(missing.queries.isEmpty && missing.problem == nil)
        let binary = dir.appending(path: "binary")
        try Data([0x7A, 0x00, 0xFF, 0xFE, 0x0A]).write(to: binary)
        let loaded = SearchHistoryFile(path: binary.path).load(limit: 10)
        #expect(loaded.queries.isEmpty)
        #expect(loaded.problem?.contains("ignored") == true)
        let directory = SearchHistoryFile(path: dir.path).load(limit: 10)
        #expect(directory.queries.isEmpty && directory.problem != nil)
    }

    @Test("replaces the file atomically: an existing history is swapped whole, never truncated in place")
    func atomic() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appending(path: "history").path
        let file = SearchHistoryFile(path: path)
        file.save(["old"])
        let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        file.save(["old", "new"])
        let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        #expect(before != after, "the file should be a new one renamed into place")
        #expect(file.load(limit: 10).queries == ["old", "new"])
    }
}
