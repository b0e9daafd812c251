/// A `JSONValueDecoder`'s view of its value as one scalar or `Decodable`.
struct JSONSingleValueContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let path: JSONCodingPath

    var codingPath: [any CodingKey] { path.keys }

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try JSONScalars.bool(value, at: path, nil) }
    func decode(_ type: String.Type) throws -> String { try JSONScalars.string(value, at: path, nil) }
    func decode(_ type: Double.Type) throws -> Double { try JSONScalars.floatingPoint(type, value, at: path, nil) }
    func decode(_ type: Float.Type) throws -> Float { try JSONScalars.floatingPoint(type, value, at: path, nil) }
    func decode(_ type: Int.Type) throws -> Int { try JSONScalars.integer(type, value, at: path, nil) }
    func decode(_ type: Int8.Type) throws -> Int8 { try JSONScalars.integer(type, value, at: path, nil) }
    func decode(_ type: Int16.Type) throws -> Int16 { try JSONScalars.integer(type, value, at: path, nil) }
    func decode(_ type: Int32.Type) throws -> Int32 { try JSONScalars.integer(type, value, at: path, nil) }
    func decode(_ type: Int64.Type) throws -> Int64 { try JSONScalars.integer(type, value, at: path, nil) }
    func decode(_ type: UInt.Type) throws -> UInt { try JSONScalars.integer(type, value, at: path, nil) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try JSONScalars.integer(type, value, at: path, nil) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try JSONScalars.integer(type, value, at: path, nil) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try JSONScalars.integer(type, value, at: path, nil) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try JSONScalars.integer(type, value, at: path, nil) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONScalars.decode(type, from: value, at: path, nil) }
}
