import Foundation
import Testing
@testable import ZonesCore

@Suite("Decoding the model from a JSON value tree")
struct JSONValueDecoderTests {
    /// The error loading `bytes` gives, or nil if they load.
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

    /// The dataset's text with the first occurrence of `original` replaced, for values that a
    /// tree of Foundation objects cannot write (`1e400`, `1.0`, repeated keys).
    func error(replacing original: String, with replacement: String) -> DatasetError? {
        let text = Fixtures.datasetJSON
        guard let range = text.range(of: original) else {
            Issue.record("'\(original)' is not in the dataset")
            return nil
        }
        return error(Array(text.replacingCharacters(in: range, with: replacement).utf8))
    }

    /// `change` applied to `tree[path[0]][path[1]]…`, where numbers index arrays.
    static func edit(_ tree: inout [String: Any], _ path: [Any], _ change: (inout Any) -> Void) {
        func descend(_ node: inout Any, _ rest: ArraySlice<Any>) {
            guard let step = rest.first else { return change(&node) }
            if let index = step as? Int, var array = node as? [Any] {
                descend(&array[index], rest.dropFirst())
                node = array
            } else if let key = step as? String, var object = node as? [String: Any] {
                var child: Any = object[key] ?? NSNull()
                descend(&child, rest.dropFirst())
                object[key] = child
                node = object
            }
        }
        var node: Any = tree
        descend(&node, path[...])
        tree = node as! [String: Any]
    }

    func error(at path: [Any], setTo value: Any) -> DatasetError? {
        error { Self.edit(&$0, path) { $0 = value } }
    }

    func error(removing key: String, at path: [Any]) -> DatasetError? {
        error { Self.edit(&$0, path) { node in
            if var object = node as? [String: Any] {
                object[key] = nil
                node = object
            }
        } }
    }

    @Test("a missing field is named by its path, array positions in brackets")
    func missingFields() {
        #expect(error(removing: "people", at: [])?.description == "bad.json: people: missing field")
        #expect(error(removing: "page", at: ["zones", 1, "figures", 1, "label", "source"])?.description
                == "bad.json: zones[1].figures[1].label.source.page: missing field")
        #expect(error(removing: "zh", at: ["source", "paragraphs", 3, "segments", 0])?.description
                == "bad.json: source.paragraphs[3].segments[0].zh: missing field")
    }

    @Test("null where a value is required names what was expected")
    func nullValues() {
        #expect(error(at: ["zones", 0, "name", "zh"], setTo: NSNull())?.description == "bad.json: zones[0].name.zh: expected a string, found null")
        #expect(error(at: ["overview", "number"], setTo: NSNull())?.description == "bad.json: overview.number: expected an integer, found null")
        #expect(error(at: ["overview", "title"], setTo: NSNull())?.description == "bad.json: overview.title: expected an object, found null")
        #expect(error(at: ["zones"], setTo: NSNull())?.description == "bad.json: zones: expected an array, found null")
        #expect(error(at: ["people", 1], setTo: NSNull())?.description == "bad.json: people[1]: expected an object, found null")
        #expect(error(at: ["source", "paragraphs", 0, "kind"], setTo: NSNull())?.description
                == "bad.json: source.paragraphs[0].kind: expected a string, found null")
    }

    @Test("a value of the wrong type names what was expected and what was found")
    func mismatchedTypes() {
        #expect(error(at: ["people", 3, "title", "source", "page"], setTo: "4")?.description
                == "bad.json: people[3].title.source.page: expected an integer, found a string")
        #expect(error(at: ["people", 3, "title", "zh"], setTo: 42)?.description == "bad.json: people[3].title.zh: expected a string, found number")
        #expect(error(at: ["people", 3, "title", "zh"], setTo: true)?.description == "bad.json: people[3].title.zh: expected a string, found bool")
        #expect(error(at: ["statistics", "figures", 0, "value"], setTo: "15")?.description
                == "bad.json: statistics.figures[0].value: expected a number, found a string")
        #expect(error(at: ["zones"], setTo: ["id": "x"])?.description == "bad.json: zones: expected an array, found a dictionary")
        #expect(error(at: ["overview", "title"], setTo: ["x"])?.description == "bad.json: overview.title: expected an object, found an array")
        #expect(error(at: ["overview", "summary", 2], setTo: "a point")?.description == "bad.json: overview.summary[2]: expected an object, found a string")
        #expect(error(Array("[]".utf8))?.description == "bad.json: top level: expected an object, found an array")
    }

    @Test("a word that is not one of a field's choices is an invalid value")
    func unknownChoices() {
        #expect(error(at: ["source", "paragraphs", 2, "kind"], setTo: "chapter")?.description
                == "bad.json: source.paragraphs[2].kind: invalid value: Cannot initialize Kind from invalid String value chapter")
        #expect(error(at: ["statistics", "figures", 1, "qualifier"], setTo: "roughly")?.description
                == "bad.json: statistics.figures[1].qualifier: invalid value: Cannot initialize Qualifier from invalid String value roughly")
    }

    @Test("a number that its field cannot hold is refused at that field, not rounded")
    func numbersThatDoNotFit() {
        #expect(error(replacing: "\"number\" : 7", with: "\"number\" : 7.5")?.description
                == "bad.json: overview.number: invalid value: Parsed JSON number <7.5> does not fit in Int.")
        #expect(error(replacing: "\"number\" : 7", with: "\"number\" : 1e400")?.description
                == "bad.json: overview.number: invalid value: Parsed JSON number <1e400> does not fit in Int.")
        #expect(error(replacing: "\"number\" : 7", with: "\"number\" : 9223372036854775808")?.description
                == "bad.json: overview.number: invalid value: Parsed JSON number <9223372036854775808> does not fit in Int.")
        // Rounded through Double this would be Int.min; written as an integer it is too small.
        #expect(error(replacing: "\"number\" : 7", with: "\"number\" : -9223372036854775809")?.location == "overview.number")
        #expect(error(replacing: "\"value\" : 15", with: "\"value\" : 1e400")?.description
                == "bad.json: statistics.figures[0].value: invalid value: Parsed JSON number <1e400> does not fit in Double.")
        #expect(error(replacing: "\"value\" : 15", with: "\"value\" : 2e-400")?.description
                == "bad.json: statistics.figures[0].value: invalid value: Parsed JSON number <2e-400> does not fit in Double.")
    }

    @Test("a whole number may be written with a fraction or an exponent, as Foundation allows")
    func wholeNumbersInOtherForms() throws {
        for form in ["7.0", "7e0", "0.7e1", "70E-1", "7.000"] {
            let text = Fixtures.datasetJSON.replacingOccurrences(of: "\"number\" : 7,", with: "\"number\" : \(form),")
            #expect(try DatasetDecoder.decode(Array(text.utf8), file: "f.json").overview.number == 7, "\(form)")
        }
        let text = Fixtures.datasetJSON.replacingOccurrences(of: "\"value\" : 15", with: "\"value\" : -0")
        #expect(try DatasetDecoder.decode(Array(text.utf8), file: "f.json").statistics.figures[0].value == 0)
    }

    @Test("an optional field may be null or absent")
    func optionalFields() throws {
        var tree = Fixtures.datasetTree()
        Self.edit(&tree, ["statistics", "figures", 0]) { node in
            var figure = node as! [String: Any]
            figure["value"] = nil
            figure["symbol"] = NSNull()
            node = figure
        }
        let report = try DatasetDecoder.decode(Fixtures.bytes(of: tree), file: "f.json")
        #expect(report.statistics.figures[0].value == nil)
        #expect(report.statistics.figures[0].symbol == nil)
        #expect(report.statistics.figures[1] == Fixtures.report.statistics.figures[1])
    }

    @Test("when a key is repeated its first value counts, as in Foundation")
    func repeatedKeys() {
        #expect(error(replacing: "\"number\" : 7,", with: "\"number\" : 7, \"number\" : \"seven\",") == nil)
        #expect(error(replacing: "\"number\" : 7,", with: "\"number\" : \"seven\", \"number\" : 7,")?.description
                == "bad.json: overview.number: expected an integer, found a string")
    }

    @Test("escaped text in the file decodes to the same report")
    func escapedText() throws {
        // Every Chinese character of the dataset written as a \u escape.
        var escaped = ""
        for scalar in Fixtures.datasetJSON.unicodeScalars {
            if scalar.value > 0x7F && scalar.value <= 0xFFFF {
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        #expect(try DatasetDecoder.decode(Array(escaped.utf8), file: "escaped.json") == Fixtures.report)
    }

    struct Pair: Decodable, Equatable {
        var first: Int
        var second: Int?

        init(first: Int, second: Int?) {
            self.first = first
            self.second = second
        }

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            first = try container.decode(Int.self)
            second = try container.decodeIfPresent(Int.self)
        }
    }

    /// Decodes `text` as `type`, or returns the error.
    func decoding<T: Decodable>(_ type: T.Type, _ text: String) throws -> Result<T, DecodingError> {
        let value = try JSONParser.parse(Array(text.utf8))
        do { return .success(try JSONValueDecoder.decode(type, from: value)) } catch let error as DecodingError { return .failure(error) }
    }

    @Test("arrays read null as nil where optionals are allowed, and nothing past their end")
    func arrays() throws {
        #expect(try decoding([Int?].self, "[1, null, 3]").get() == [1, nil, 3])
        #expect(try decoding([Pair].self, "[[1, 2], [3, null], [4]]").get() == [Pair(first: 1, second: 2), Pair(first: 3, second: nil), Pair(first: 4, second: nil)])
        guard case .failure(.valueNotFound(let type, let context)) = try decoding([Pair].self, "[[1], []]") else {
            Issue.record("an empty pair decoded")
            return
        }
        #expect(type is Int.Type)
        #expect(DatasetDecoder.fieldPath(context.codingPath) == "[1][0]")
        #expect(context.codingPath.map(\.stringValue) == ["Index 1", "Index 0"])
        #expect(context.debugDescription == "Unkeyed container is at end.")
    }

    @Test("dictionaries keyed by text take each key once, with its first value")
    func dictionaries() throws {
        let many = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let decoded = try decoding([String: Int].self, "{\(many), \"k5\": 500}").get()
        #expect(decoded.count == 100)
        #expect(decoded["k5"] == 5)
        #expect(decoded["k99"] == 99)
        guard case .failure(.typeMismatch(_, let context)) = try decoding([String: [String]].self, #"{"a": ["x"], "b": ["y", 2]}"#) else {
            Issue.record("a number decoded as a string")
            return
        }
        #expect(DatasetDecoder.fieldPath(context.codingPath) == "b[1]")
        #expect(context.debugDescription == "Expected to decode String but found number instead.")
    }

    @Test("the search tables decode from their embedded file, and a file of another format does not")
    func searchTables() {
        let tables = SearchTables.decode(#"""
            {"format": "zones-search-tables/1", "readings": {"\u4e2d": ["zhong"], "中": ["again"], "xy": ["ignored"]},
             "traditional": {"國": "国"}, "compatibility": {"\uff21": "A"}}
            """#)
        #expect(tables?.readings == [0x4E2D: ["zhong"]])
        #expect(tables?.traditional == [0x570B: 0x56FD])
        #expect(tables?.compatibility == [0xFF21: [0x41]])
        #expect(SearchTables.decode(#"{"format": "zones-search-tables/2", "readings": {}, "traditional": {}, "compatibility": {}}"#) == nil)
        #expect(SearchTables.decode("{") == nil)
        #expect(SearchTables.embedded.readings(of: "国") != nil)
    }
}
