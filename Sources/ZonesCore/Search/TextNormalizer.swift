/// Brings text and queries to one form before matching: compatibility forms (NFKC: `２０％` is
/// `20%`), simplified characters for traditional ones, lower case unless asked to keep case,
/// and no whitespace. Each normalized character remembers the original one it came from.
public struct TextNormalizer: Sendable {
    public var tables: SearchTables

    public init(tables: SearchTables) {
        self.tables = tables
    }

    /// Normalized characters and, for each, the index of the original character.
    public func normalize(_ text: String, keepCase: Bool = false, keepSpaces: Bool = false) -> (characters: [Character], origins: [Int]) {
        var characters: [Character] = []
        var origins: [Int] = []
        characters.reserveCapacity(text.count)
        origins.reserveCapacity(text.count)
        for (index, original) in text.enumerated() {
            let mapped = tables.compatibility[original].map { Array($0) } ?? [original]
            for var character in mapped {
                if character.isWhitespace {
                    guard keepSpaces else { continue }
                    character = " "
                }
                if let simple = tables.traditional[character] { character = simple }
                if !keepCase, character.isCased {
                    let lower = character.lowercased()
                    for c in lower {
                        characters.append(c)
                        origins.append(index)
                    }
                    continue
                }
                characters.append(character)
                origins.append(index)
            }
        }
        return (characters, origins)
    }
}
