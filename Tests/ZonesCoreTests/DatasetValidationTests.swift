import Foundation
import Testing
@testable import ZonesCore

@Suite("Loading a dataset refuses bad files with one precise message")
struct DatasetValidationTests {
    func error(_ bytes: [UInt8]) -> DatasetError? {
        do {
            _ = try DatasetDecoder.decode(bytes, file: "bad.json")
            return nil
        } catch {
            return error
        }
    }

    func error(mutating change: (inout [String: Any]) -> Void) -> DatasetError? {
        var tree = Fixtures.datasetTree()
        change(&tree)
        return error(Fixtures.bytes(of: tree))
    }

    @Test("the untouched dataset loads")
    func untouchedLoads() {
        #expect(error(Array(Fixtures.datasetJSON.utf8)) == nil)
        #expect(error(Fixtures.bytes(of: Fixtures.datasetTree())) == nil)
    }

    @Test("broken JSON is located by line and column")
    func brokenJSON() {
        let text = "{\n  \"format\": \"zones-report/1\",\n  \"overview\": {\"a\" 1}\n}\n"
        let e = error(Array(text.utf8))
        #expect(e?.location == "3:20")
        #expect(e?.description == "bad.json:3:20: invalid JSON: unexpected '1', expected ':' after a key")
    }

    @Test("a trailing comma is broken JSON, though the toolchain's decoder would accept it")
    func trailingComma() {
        #expect(error(Array("{\"a\": [1,]}".utf8))?.location == "1:10")
    }

    @Test("a file cut short is located at its end")
    func truncated() {
        let cut = Array(Fixtures.datasetJSON.utf8.prefix(5000))
        let e = error(cut)
        #expect(e?.message.hasPrefix("invalid JSON") == true)
        #expect(e?.location.isEmpty == false)
    }

    @Test("an empty file says so")
    func emptyFile() {
        #expect(error([])?.message == "the file is empty")
        #expect(error(Array("  \n".utf8))?.message == "the file is empty")
    }

    @Test("text that is not UTF-8 is located")
    func notUTF8() {
        let bytes: [UInt8] = Array("{\n \"a\": \"".utf8) + [0xE5, 0x28] + Array("\"}".utf8)
        let e = error(bytes)
        #expect(e?.location == "2:8")
        #expect(e?.message.contains("not valid UTF-8") == true)
    }

    @Test("a missing field is named by its path")
    func missingField() {
        let e = error { tree in
            var zones = tree["zones"] as! [[String: Any]]
            var statement = zones[1]["statement"] as! [String: Any]
            statement["speaker"] = nil
            zones[1]["statement"] = statement
            tree["zones"] = zones
        }
        #expect(e?.description == "bad.json: zones[1].statement.speaker: missing field")
    }

    @Test("a mistyped field is named by its path with what was expected")
    func mistypedField() {
        let e = error { tree in
            var people = tree["people"] as! [[String: Any]]
            var title = people[3]["title"] as! [String: Any]
            title["zh"] = 42
            people[3]["title"] = title
            tree["people"] = people
        }
        #expect(e?.location == "people[3].title.zh")
        #expect(e?.message.hasPrefix("expected a string") == true)
    }

    @Test("a speaker who is not a person is a dangling reference, with a suggestion")
    func danglingSpeaker() {
        let e = error { tree in
            var zones = tree["zones"] as! [[String: Any]]
            var statement = zones[1]["statement"] as! [String: Any]
            statement["speaker"] = "zhai-jingguo"
            zones[1]["statement"] = statement
            tree["zones"] = zones
        }
        #expect(e?.description == "bad.json: zones[1].statement.speaker: unknown person 'zhai-jingguo'; did you mean 'zhai-jinguo'?")
    }

    @Test("a citation of a paragraph that does not exist is a dangling reference")
    func danglingParagraph() {
        let e = error { tree in
            var overview = tree["overview"] as! [String: Any]
            var title = overview["title"] as! [String: Any]
            title["source"] = ["page": 1, "paragraph": 99]
            overview["title"] = title
            tree["overview"] = overview
        }
        #expect(e?.location == "overview.title.source.paragraph")
        #expect(e?.message.hasPrefix("no paragraph 99") == true)
    }

    @Test("duplicate ids name both places")
    func duplicateIDs() {
        let e = error { tree in
            var people = tree["people"] as! [[String: Any]]
            people[9]["id"] = "zhang-yulei"
            tree["people"] = people
        }
        #expect(e?.description == "bad.json: people[9].id: duplicate id 'zhang-yulei', first used at people[0].id")
    }

    @Test("Chinese text that is not verbatim in its paragraph is refused")
    func notVerbatim() {
        let e = error { tree in
            var zones = tree["zones"] as! [[String: Any]]
            var name = zones[0]["name"] as! [String: Any]
            name["zh"] = "中关村科技园"
            zones[0]["name"] = name
            tree["zones"] = zones
        }
        #expect(e?.location == "zones[0].name.zh")
        #expect(e?.message.contains("not verbatim") == true)
    }

    @Test("a citation of the wrong page is refused")
    func wrongPage() {
        let e = error { tree in
            var zones = tree["zones"] as! [[String: Any]]
            var name = zones[0]["name"] as! [String: Any]
            name["source"] = ["page": 4, "paragraph": 8]
            zones[0]["name"] = name
            tree["zones"] = zones
        }
        #expect(e?.description == "bad.json: zones[0].name.source.page: page 4, but the text stands on page 2")
    }

    @Test("an unknown format version is refused")
    func unknownFormat() {
        let e = error { tree in tree["format"] = "zones-report/9" }
        #expect(e?.location == "format")
    }

    @Test("a directory, a missing file and a good file behave as expected")
    func files() throws {
        let dir = FileManager.default.temporaryDirectory.appending(path: "zones-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: DatasetError(file: dir.path, message: "is a directory, not a dataset file")) {
            try DatasetLoader.load(path: dir.path)
        }
        let missing = dir.appending(path: "nope.json").path
        #expect(throws: DatasetError(file: missing, message: "no such file")) { try DatasetLoader.load(path: missing) }
        let good = dir.appending(path: "good.json")
        try Data(Fixtures.datasetJSON.utf8).write(to: good)
        #expect(try DatasetLoader.load(path: good.path) == Fixtures.report)
    }

    @Test("errors are one line")
    func oneLine() {
        let e = error(Array("{\"format\": \"zones-report/1\"}".utf8))
        #expect(e != nil)
        #expect(e?.description.contains("\n") == false)
    }
}

@Suite("Exporting the dataset")
struct DatasetExportTests {
    @Test("reproduces Assets/report.json byte for byte")
    func exportIsTheAssetFile() {
        #expect(DatasetEncoder.json(Fixtures.report) == Fixtures.datasetJSON)
    }

    @Test("reads back as the same report")
    func roundTrip() throws {
        var report = Fixtures.report
        report.people[0].title.en = "An edited title"
        let reloaded = try DatasetDecoder.decode(Array(DatasetEncoder.json(report).utf8), file: "edited.json")
        #expect(reloaded == report)
    }
}
