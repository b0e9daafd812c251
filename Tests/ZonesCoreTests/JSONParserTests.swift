import Testing
@testable import ZonesCore

@Suite("Reading JSON text into a value tree")
struct JSONParserTests {
    func parse(_ text: String) throws(JSONSyntax.Failure) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    /// The first value under `key` in an object.
    func member(_ key: String, of value: JSONValue) -> JSONValue? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    func string(_ literal: String) throws -> String {
        guard case .string(let value) = try parse(literal) else { throw JSONSyntax.Failure(line: 0, column: 0, message: "not a string") }
        return value
    }

    @Test("every escape decodes to the character it stands for")
    func escapes() throws {
        #expect(try string(#""\"\\\/\b\f\n\r\t""#) == "\"\\/\u{08}\u{0C}\n\r\t")
        #expect(try string(#""\u00e9\u4E2D\u0000""#) == "é中\u{0}")
        #expect(try string(#""a\nb""#) == "a\nb")
        #expect(try string(#""\n""#) == "\n")
        #expect(try string(#""中\t文""#) == "中\t文")
    }

    @Test("a string without escapes is taken as written, in any script")
    func plainStrings() throws {
        #expect(try string(#""""#) == "")
        #expect(try string(#""以自主创新示范区为载体 — Lyu Wei""#) == "以自主创新示范区为载体 — Lyu Wei")
    }

    @Test("a surrogate pair decodes to one character beyond the Basic Multilingual Plane")
    func surrogatePairs() throws {
        #expect(try string(#""\ud83d\ude00""#) == "😀")
        #expect(try string(#""x\uD840\uDC0By""#) == "x\u{2000B}y")
    }

    @Test("half a surrogate pair is refused where its escape starts")
    func unpairedSurrogates() {
        #expect(throws: JSONSyntax.Failure(line: 1, column: 8, message: #"unpaired surrogate '\ud800' in a string"#)) {
            try parse(#"["a", "\ud800x"]"#)
        }
        #expect(throws: JSONSyntax.Failure(line: 2, column: 3, message: #"unpaired surrogate '\uDC00' in a string"#)) {
            try parse("[\n \"\\uDC00\"]")
        }
        #expect(throws: JSONSyntax.Failure(line: 1, column: 2, message: #"unpaired surrogate '\ud800' in a string"#)) {
            try parse(#""\ud800\u0041""#)
        }
        #expect(JSONSyntax.check(Array(#""\ud800""#.utf8))?.column == 2)
    }

    @Test("numbers keep the text they were written with")
    func numbers() throws {
        #expect(try parse("[0, -1, 1.5e3, 2E-2, 12345678901234567890123]") == .array([
            .number("0"), .number("-1"), .number("1.5e3"), .number("2E-2"), .number("12345678901234567890123"),
        ]))
    }

    @Test("objects keep their keys in order, repeated keys included")
    func objects() throws {
        let value = try parse(#"{"b": 1, "a": [true, false, null], "b": "again", "": {}}"#)
        #expect(value == .object([
            .init(key: "b", value: .number("1")),
            .init(key: "a", value: .array([.bool(true), .bool(false), .null])),
            .init(key: "b", value: .string("again")),
            .init(key: "", value: .object([])),
        ]))
    }

    @Test("512 levels of nesting are read and the 513th is refused")
    func nesting() throws {
        let deep = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        var value = try parse(deep)
        var depth = 0
        while case .array(let elements) = value, let first = elements.first {
            value = first
            depth += 1
        }
        #expect(depth == 511)
        #expect(throws: JSONSyntax.Failure(line: 1, column: 513, message: "nesting deeper than 512 levels")) {
            try parse(String(repeating: "[", count: 600))
        }
    }

    /// Documents that break the grammar, with the place and words `JSONSyntax` reports for them.
    static let syntaxErrors: [(text: String, line: Int, column: Int, message: String)] = [
        (#"{"a": [1,]}"#, 1, 10, "unexpected ']', expected a value"),
        (#"{"a" 1}"#, 1, 6, "unexpected '1', expected ':' after a key"),
        (#"{"a": 1,}"#, 1, 9, "unexpected '}', expected a quoted key"),
        ("[1 2]", 1, 4, "unexpected '2', expected ',' or ']'"),
        (#"{"a": tru}"#, 1, 10, "unexpected '}', expected 'true'"),
        ("[nul", 1, 5, "unexpected end of file, expected 'null'"),
        ("\"a\u{01}b\"", 1, 3, "control character byte 0x01 inside a string"),
        (#""\x""#, 1, 3, #"bad escape '\'x'' in a string"#),
        (#""\u12G4""#, 1, 6, #"bad \u escape in a string"#),
        (#""\u12"#, 1, 6, #"bad \u escape in a string"#),
        (#""\"#, 1, 3, "unexpected end of file inside a string"),
        (#"["abc"#, 1, 6, "unexpected end of file inside a string"),
        ("01", 1, 2, "unexpected '1' after the end of the document"),
        ("-a", 1, 2, "unexpected 'a' in a number"),
        ("1.e5", 1, 3, "expected digits after '.' in a number"),
        ("1e+", 1, 4, "expected digits in a number's exponent"),
        ("{", 1, 2, "unexpected end of file, expected a quoted key"),
        ("[1,", 1, 4, "unexpected end of file, expected a value"),
        (#"{"a":1"#, 1, 7, "unexpected end of file, expected ',' or '}'"),
        ("{} x", 1, 4, "unexpected 'x' after the end of the document"),
        ("\u{FEFF}{}", 1, 1, "unexpected byte 0xEF, expected a value"),
        ("{\n  \"名\": \"中文\" x}", 2, 13, "unexpected 'x', expected ',' or '}'"),
        ("", 1, 1, "unexpected end of file, expected a value"),
    ]

    @Test("a broken document is refused with the line, column and words of its first error")
    func syntaxErrorsAreLocated() {
        for (text, line, column, message) in Self.syntaxErrors {
            let expected = JSONSyntax.Failure(line: line, column: column, message: message)
            #expect(throws: expected, "\(text.debugDescription)") { try parse(text) }
            #expect(JSONSyntax.check(Array(text.utf8)) == expected, "\(text.debugDescription)")
        }
    }

    @Test("the dataset reads as a tree of its objects and arrays")
    func datasetRoundTrip() throws {
        let value = try parse(Fixtures.datasetJSON)
        #expect(member("format", of: value) == .string("zones-report/1"))
        guard case .array(let zones) = member("zones", of: value) else {
            Issue.record("no zones array")
            return
        }
        #expect(zones.count == 5)
        #expect(member("id", of: zones[0]) == .string("zhongguancun"))
        #expect(JSONSyntax.check(Array(Fixtures.datasetJSON.utf8)) == nil)
    }
}
