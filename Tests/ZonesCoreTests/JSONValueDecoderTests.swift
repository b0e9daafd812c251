import Testing
@testable import ZonesCore

@Suite("Decoding the model from a JSON value tree")
struct JSONValueDecoderTests {
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
}
