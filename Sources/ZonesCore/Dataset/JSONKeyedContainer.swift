/// A `JSONValueDecoder`'s view of an object: values looked up by key, the first one written
/// when a key repeats, as Foundation does.
struct JSONKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [JSONValue.Member]
    let path: JSONCodingPath
    /// Where each key first occurs, for objects too large to search member by member (the
    /// search tables' thousands of characters); the report's objects have a dozen keys at most.
    private let positions: [String: Int]?

    init(members: [JSONValue.Member], path: JSONCodingPath) {
        self.members = members
        self.path = path
        if members.count > 32 {
            var positions: [String: Int] = [:]
            positions.reserveCapacity(members.count)
            for (position, member) in members.enumerated() where positions[member.key] == nil {
                positions[member.key] = position
            }
            self.positions = positions
        } else {
            positions = nil
        }
    }

    var codingPath: [any CodingKey] { path.keys }

    var allKeys: [Key] {
        members.indices.compactMap { position in
            let key = members[position].key
            return find(key) == position ? Key(stringValue: key) : nil
        }
    }

    private func find(_ key: String) -> Int? {
        if let positions { return positions[key] }
        return members.firstIndex { $0.key == key }
    }

    private func value(for key: Key) throws -> JSONValue {
        guard let position = find(key.stringValue) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return members[position].value
    }

    func contains(_ key: Key) -> Bool { find(key.stringValue) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try value(for: key) { return true }
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try JSONScalars.bool(value(for: key), at: path, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try JSONScalars.string(value(for: key), at: path, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try JSONScalars.floatingPoint(type, value(for: key), at: path, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try JSONScalars.floatingPoint(type, value(for: key), at: path, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try JSONScalars.integer(type, value(for: key), at: path, key) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try JSONScalars.decode(type, from: value(for: key), at: path, key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try JSONValueDecoder(value(for: key), path: path.appending(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try JSONValueDecoder(value(for: key), path: path.appending(key)).unkeyedContainer()
    }

    // A missing key gives a decoder of null, as in Foundation.
    func superDecoder() throws -> any Decoder {
        JSONValueDecoder(find("super").map { members[$0].value } ?? .null, path: path.appending(JSONSuperKey()))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        JSONValueDecoder(find(key.stringValue).map { members[$0].value } ?? .null, path: path.appending(key))
    }
}
