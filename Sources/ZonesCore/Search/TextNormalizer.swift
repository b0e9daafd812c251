/// Brings text and queries to one form before matching: compatibility forms (NFKC: `２０％` is
/// `20%`), simplified characters for traditional ones, lower case unless asked to keep case,
/// and no whitespace. Works on code points, each remembering the character it came from.
public struct TextNormalizer: Sendable {
    public var tables: SearchTables

    public init(tables: SearchTables) {
        self.tables = tables
    }

    /// The three forms a text is matched in, built in one pass over its characters.
    struct Forms {
        /// The UTF-8 offset where each character starts, then the end of the text.
        var characterStarts: [Int32] = []
        var folded = Form()
        var spacedFolded = Form()
        var spacedCased = Form()
    }

    /// Normalized code points and, for each, the index of the original character.
    struct Form {
        var scalars: [UInt32] = []
        var origins: [Int32] = []

        mutating func append(_ value: UInt32, origin: Int) {
            scalars.append(value)
            origins.append(Int32(truncatingIfNeeded: origin))
        }
    }

    /// Normalized code points and, for each, the index of the original character.
    public func normalize(_ text: String, keepCase: Bool = false, keepSpaces: Bool = false) -> (scalars: [UInt32], origins: [Int]) {
        var form = Form()
        var index = 0
        for character in text {
            for original in character.unicodeScalars {
                forEachMapped(original.value) { value in
                    if Self.isSpace(value) {
                        if keepSpaces { form.append(0x20, origin: index) }
                    } else {
                        appendCased(value, fold: !keepCase, origin: index, to: &form)
                    }
                }
            }
            index += 1
        }
        return (form.scalars, form.origins.map(Int.init))
    }

    /// Where the original characters start and the three forms search needs (folded without spaces, folded
    /// with spaces, cased with spaces), as `normalize` gives them one by one.
    func forms(of text: String) -> Forms {
        var forms = Forms()
        let count = text.utf8.count
        forms.folded.scalars.reserveCapacity(count)
        forms.folded.origins.reserveCapacity(count)
        var index = 0
        var offset = 0
        for character in text {
            forms.characterStarts.append(Int32(truncatingIfNeeded: offset))
            offset += character.utf8.count
            for original in character.unicodeScalars {
                let v = original.value
                // ASCII has no compatibility or traditional form: most of an English text.
                if v < 0x80 {
                    if Self.isSpace(v) {
                        forms.spacedFolded.append(0x20, origin: index)
                        forms.spacedCased.append(0x20, origin: index)
                    } else {
                        let lower = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
                        forms.folded.append(lower, origin: index)
                        forms.spacedFolded.append(lower, origin: index)
                        forms.spacedCased.append(v, origin: index)
                    }
                    continue
                }
                // Unified Han ideographs have no compatibility form, are not spaces and have no
                // case: only a traditional form to look up. Most of a Chinese text.
                if v >= 0x4E00 && v <= 0x9FFF {
                    let simple = tables.traditional[v] ?? v
                    forms.folded.append(simple, origin: index)
                    forms.spacedFolded.append(simple, origin: index)
                    forms.spacedCased.append(simple, origin: index)
                    continue
                }
                forEachMapped(v) { value in
                    if Self.isSpace(value) {
                        forms.spacedFolded.append(0x20, origin: index)
                        forms.spacedCased.append(0x20, origin: index)
                    } else {
                        appendCased(value, fold: true, origin: index, to: &forms.folded)
                        appendCased(value, fold: true, origin: index, to: &forms.spacedFolded)
                        appendCased(value, fold: false, origin: index, to: &forms.spacedCased)
                    }
                }
            }
            index += 1
        }
        forms.characterStarts.append(Int32(truncatingIfNeeded: offset))
        return forms
    }

    /// Calls `body` with the compatibility mapping of a code point (usually itself).
    @inline(__always)
    private func forEachMapped(_ value: UInt32, _ body: (UInt32) -> Void) {
        if value >= 0x80, let mapped = tables.compatibility[value] {
            for v in mapped { body(v) }
        } else {
            body(value)
        }
    }

    /// Appends a non-space code point in its simplified form, lower-cased when folding.
    private func appendCased(_ value: UInt32, fold: Bool, origin: Int, to form: inout Form) {
        var value = value
        if value >= 0x80, let simple = tables.traditional[value] { value = simple }
        if fold {
            if value >= 0x41 && value <= 0x5A {
                value += 0x20
            } else if value >= 0x80, let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { form.append(lower.value, origin: origin) }
                return
            }
        }
        form.append(value, origin: origin)
    }

    static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }
}
