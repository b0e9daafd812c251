/// A parsed JSON document as a tree, objects keeping their members in the order written.
enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// The number as written, so that integers keep every digit whatever type reads them.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order; a key may repeat, and the decoder reads its first occurrence.
    case object([Member])

    /// One key and its value inside an object.
    struct Member: Hashable, Sendable {
        var key: String
        var value: JSONValue
    }
}
