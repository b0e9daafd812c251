import Foundation
import Testing

@Suite("zones search")
struct SearchCommandTests {
    struct Result: Decodable {
        struct Hit: Decodable { var pane: String; var id: String; var title: String; var snippet: String; var page: Int }
        var query: String
        var count: Int
        var hits: [Hit]
    }

    func json(_ arguments: [String]) throws -> (Int32, Result?) {
        let output = try ZonesProcess.run(["search", "--json"] + arguments)
        return (output.status, try? JSONDecoder().decode(Result.self, from: Data(output.stdout.utf8)))
    }

    @Test("prints the JSON schema: query, count, hits with pane, id, title, snippet, page")
    func schema() throws {
        let output = try ZonesProcess.run(["search", "--json", "积分"])
        #expect(output.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["query", "count", "hits"])
        let first = (object?["hits"] as? [[String: Any]])?.first
        #expect(Set(first?.keys.map { $0 } ?? []) == ["pane", "id", "title", "snippet", "page"])
        let (_, result) = try json(["积分"])
        #expect(result?.query == "积分")
        #expect(result?.count == result?.hits.count)
        let panes: Set<String> = ["overview", "statistics", "zones", "priorities", "people", "source"]
        #expect(result?.hits.allSatisfy { panes.contains($0.pane) && (1...5).contains($0.page) } == true)
        #expect(result?.hits.contains { $0.pane == "zones" && $0.id == "hangzhou" } == true)
        #expect(result?.hits.contains { $0.pane == "zones" && $0.id == "changzhutan" } == true)
    }

    @Test("finds a person by English name in the people pane")
    func person() throws {
        let (status, result) = try json(["Zhang", "Wei"])
        #expect(status == 0)
        #expect(result?.hits.contains { $0.pane == "people" && $0.id == "zhang-wei" } == true)
    }

    @Test("exits 1 when nothing matches, with a message and no hits")
    func nothingFound() throws {
        let output = try ZonesProcess.run(["search", "量子计算机"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("No match"))
        let (status, result) = try json(["量子计算机"])
        #expect(status == 1)
        #expect(result?.count == 0 && result?.hits.isEmpty == true)
    }

    @Test("limits the hits printed but still counts them all")
    func limit() throws {
        let (_, all) = try json(["自创区"])
        let (_, some) = try json(["--limit", "2", "自创区"])
        #expect(some?.hits.count == 2)
        #expect(some?.count == all?.count)
    }

    @Test("groups plain output by pane with a count, without escape codes when piped")
    func plainOutput() throws {
        let output = try ZonesProcess.run(["search", "翟金国"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Zones 自创区 (1)"))
        #expect(output.stdout.contains("People 嘉宾 (1)"))
        #expect(!output.stdout.contains("\u{1B}"))
    }

    @Test("refuses an empty query")
    func emptyQuery() throws {
        let output = try ZonesProcess.run(["search", " "])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("zones: "))
    }
}
