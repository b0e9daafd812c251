/// Where a value stands in a document, as a chain from the value up to the top: going one
/// level deeper adds a link instead of copying the whole path, and the keys are listed only
/// when an error needs them.
indirect enum JSONCodingPath {
    case top
    case child(any CodingKey, of: JSONCodingPath)

    /// The keys from the top down, as `DecodingError.Context.codingPath` lists them.
    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node = self
        while case .child(let key, let parent) = node {
            keys.append(key)
            node = parent
        }
        return keys.reversed()
    }

    /// The keys down to `key`, a child of this path if there is one.
    func keys(appending key: (any CodingKey)?) -> [any CodingKey] {
        guard let key else { return keys }
        return keys + [key]
    }

    func appending(_ key: (any CodingKey)?) -> JSONCodingPath {
        guard let key else { return self }
        return .child(key, of: self)
    }
}

/// An array position named as Foundation's decoder names it ("Index 3"), which
/// `DatasetDecoder.fieldPath` prints as `[3]`.
struct JSONIndexKey: CodingKey {
    let index: Int

    init(_ index: Int) { self.index = index }
    init?(intValue: Int) { index = intValue }
    init?(stringValue: String) { nil }

    var intValue: Int? { index }
    var stringValue: String { "Index \(index)" }
}

/// The key `superDecoder()` decodes from, as Foundation names it.
struct JSONSuperKey: CodingKey {
    init() {}
    init?(intValue: Int) { nil }
    init?(stringValue: String) { guard stringValue == "super" else { return nil } }

    var intValue: Int? { nil }
    var stringValue: String { "super" }
}
