/// Brings text and queries to one form before matching: compatibility forms (NFKC: `２０％` is
/// `20%`), simplified characters for traditional ones, lower case unless asked to keep case,
/// and no whitespace. Works on code points, each remembering the character it came from.
public struct TextNormalizer: Sendable {
    public var tables: SearchTables

    public init(tables: SearchTables) {
        self.tables = tables
    }

    /// Normalized code points and, for each, the index of the original character.
    public func normalize(_ text: String, keepCase: Bool = false, keepSpaces: Bool = false) -> (scalars: [UInt32], origins: [Int]) {
        var scalars: [UInt32] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        origins.reserveCapacity(text.unicodeScalars.count)
        var index = 0
        for character in text {
            for original in character.unicodeScalars {
                let mapped = tables.compatibility[original.value] ?? [original.value]
                for var value in mapped {
                    if Self.isSpace(value) {
                        guard keepSpaces else { continue }
                        value = 0x20
                    }
                    if let simple = tables.traditional[value] { value = simple }
                    if !keepCase {
                        if value >= 0x41 && value <= 0x5A {
                            value += 0x20
                        } else if value >= 0x80, let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
                            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                                scalars.append(lower.value)
                                origins.append(index)
                            }
                            continue
                        }
                    }
                    scalars.append(value)
                    origins.append(index)
                }
            }
            index += 1
        }
        return (scalars, origins)
    }

    static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }
}
