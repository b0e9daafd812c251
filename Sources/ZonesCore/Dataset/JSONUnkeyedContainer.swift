/// A `JSONValueDecoder`'s view of an array: its elements read in order.
struct JSONUnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let path: JSONCodingPath
    private(set) var currentIndex = 0

    init(elements: [JSONValue], path: JSONCodingPath) {
        self.elements = elements
        self.path = path
    }

    var codingPath: [any CodingKey] { path.keys }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    /// The next element read by `read`; the position moves on only if reading succeeds. `read`
    /// is handed the path because it cannot read `self` while this mutates it.
    private mutating func next<T>(_ type: Any.Type, _ read: (JSONValue, JSONCodingPath, JSONIndexKey) throws -> T) throws -> T {
        guard !isAtEnd else { throw atEnd(type) }
        let result = try read(elements[currentIndex], path, JSONIndexKey(currentIndex))
        currentIndex += 1
        return result
    }

    private func atEnd(_ type: Any.Type) -> DecodingError {
        DecodingError.valueNotFound(type, DecodingError.Context(
            codingPath: path.keys(appending: JSONIndexKey(currentIndex)), debugDescription: "Unkeyed container is at end."))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw atEnd(Any?.self) }
        guard case .null = elements[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) { try JSONScalars.bool($0, at: $1, $2) } }
    mutating func decode(_ type: String.Type) throws -> String { try next(type) { try JSONScalars.string($0, at: $1, $2) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type) { try JSONScalars.floatingPoint(type, $0, at: $1, $2) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(type) { try JSONScalars.floatingPoint(type, $0, at: $1, $2) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type) { try JSONScalars.integer(type, $0, at: $1, $2) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) { try JSONScalars.decode(type, from: $0, at: $1, $2) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next(KeyedDecodingContainer<NestedKey>.self) { try JSONValueDecoder($0, path: $1.appending($2)).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next((any UnkeyedDecodingContainer).self) { try JSONValueDecoder($0, path: $1.appending($2)).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        try next((any Decoder).self) { JSONValueDecoder($0, path: $1.appending($2)) }
    }
}
