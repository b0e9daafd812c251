/// How the decoder's containers turn a `JSONValue` into a string, a boolean or a number, with
/// Foundation's rules: an integer may be written `1.0` or `1e2` if it is whole, and a number
/// that does not fit its type is refused, not rounded to the nearest it can hold.
///
/// Each reader takes the container's path and the key being read (nil for a single value), so
/// that a path is only built when there is an error to report.
enum JSONScalars {
    static func string(_ value: JSONValue, at path: JSONCodingPath, _ key: (any CodingKey)?) throws -> String {
        guard case .string(let string) = value else { throw mismatch(String.self, value, at: path, key) }
        return string
    }

    static func bool(_ value: JSONValue, at path: JSONCodingPath, _ key: (any CodingKey)?) throws -> Bool {
        // Foundation calls a null here a type mismatch, not a missing value.
        guard case .bool(let bool) = value else { throw typeMismatch(Bool.self, value, at: path, key) }
        return bool
    }

    static func integer<T: FixedWidthInteger>(_ type: T.Type, _ value: JSONValue, at path: JSONCodingPath, _ key: (any CodingKey)?) throws -> T {
        guard case .number(let text) = value else { throw mismatch(type, value, at: path, key) }
        if let integer = T(text) { return integer }
        // Written as an integer but too large: not rescued through Double, which could round it into range.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            throw doesNotFit(type, text, at: path, key)
        }
        guard let number = Double(text), let integer = T(exactly: number) else { throw doesNotFit(type, text, at: path, key) }
        return integer
    }

    static func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type, _ value: JSONValue, at path: JSONCodingPath, _ key: (any CodingKey)?) throws -> T {
        guard case .number(let text) = value else { throw mismatch(type, value, at: path, key) }
        // Too large becomes infinity and too small becomes zero; Foundation refuses both.
        guard let number = T(text), number.isFinite, number != 0 || !hasNonzeroDigit(text) else {
            throw doesNotFit(type, text, at: path, key)
        }
        return number
    }

    /// Any `Decodable`; strings, the commonest leaves, without a decoder of their own.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, at path: JSONCodingPath, _ key: (any CodingKey)?) throws -> T {
        if T.self == String.self { return try string(value, at: path, key) as! T }
        return try T(from: JSONValueDecoder(value, path: path.appending(key)))
    }

    /// Whether a number's digits before any exponent are not all zero.
    private static func hasNonzeroDigit(_ text: String) -> Bool {
        for b in text.utf8 {
            if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") { return false }
            if b >= UInt8(ascii: "1") && b <= UInt8(ascii: "9") { return true }
        }
        return false
    }

    /// A null where a value is required, or a value of another type.
    private static func mismatch(_ type: Any.Type, _ value: JSONValue, at path: JSONCodingPath, _ key: (any CodingKey)?) -> DecodingError {
        guard case .null = value else { return typeMismatch(type, value, at: path, key) }
        return DecodingError.valueNotFound(type, DecodingError.Context(
            codingPath: path.keys(appending: key), debugDescription: "Cannot get value of type \(type) -- found null value instead"))
    }

    static func typeMismatch(_ type: Any.Type, _ value: JSONValue, at path: JSONCodingPath, _ key: (any CodingKey)?) -> DecodingError {
        DecodingError.typeMismatch(type, DecodingError.Context(
            codingPath: path.keys(appending: key), debugDescription: "Expected to decode \(type) but found \(kind(of: value)) instead."))
    }

    private static func doesNotFit(_ type: Any.Type, _ text: String, at path: JSONCodingPath, _ key: (any CodingKey)?) -> DecodingError {
        // Foundation reports this at the top level as "not valid JSON"; the field's own path says more.
        DecodingError.dataCorrupted(DecodingError.Context(
            codingPath: path.keys(appending: key), debugDescription: "Parsed JSON number <\(text)> does not fit in \(type)."))
    }

    /// What a value is, in the words Foundation's decoder uses after "but found".
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "bool"
        case .number: "number"
        case .string: "a string"
        case .array: "an array"
        case .object: "a dictionary"
        }
    }
}
