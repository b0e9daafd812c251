/// Decodes `Decodable` types from a `JSONValue` tree, throwing the `DecodingError`s, coding
/// paths and wording of Foundation's `JSONDecoder`, which `DatasetDecoder.describe` relies on.
struct JSONValueDecoder: Decoder {
    let value: JSONValue
    let path: JSONCodingPath

    init(_ value: JSONValue, path: JSONCodingPath = .top) {
        self.value = value
        self.path = path
    }

    /// A whole document as `type`.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try JSONScalars.decode(type, from: value, at: .top, nil)
    }

    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        switch value {
        case .object(let members):
            return KeyedDecodingContainer(JSONKeyedContainer<Key>(members: members, path: path))
        case .null:
            throw DecodingError.valueNotFound([String: Any].self, DecodingError.Context(
                codingPath: codingPath, debugDescription: "Cannot get keyed decoding container -- found null value instead"))
        default:
            throw JSONScalars.typeMismatch([String: Any].self, value, at: path, nil)
        }
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch value {
        case .array(let elements):
            return JSONUnkeyedContainer(elements: elements, path: path)
        case .null:
            throw DecodingError.valueNotFound([Any].self, DecodingError.Context(
                codingPath: codingPath, debugDescription: "Cannot get unkeyed decoding container -- found null value instead"))
        default:
            throw JSONScalars.typeMismatch([Any].self, value, at: path, nil)
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONSingleValueContainer(value: value, path: path)
    }
}
