/// A 256-bit Bloom filter with one hash: set membership that may say yes wrongly, never no
/// wrongly, in four machine words.
struct Bloom256: Sendable, Equatable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    mutating func insert(_ value: UInt32) {
        let bit = Int((value &* 0x9E37_79B1) >> 24)
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: words.0 |= mask
        case 1: words.1 |= mask
        case 2: words.2 |= mask
        default: words.3 |= mask
        }
    }

    func contains(_ value: UInt32) -> Bool {
        var probe = Bloom256()
        probe.insert(value)
        return isSuperset(of: probe)
    }

    mutating func formUnion(_ other: Bloom256) {
        words.0 |= other.words.0
        words.1 |= other.words.1
        words.2 |= other.words.2
        words.3 |= other.words.3
    }

    /// Whether everything inserted into `other` may be in this one.
    func isSuperset(of other: Bloom256) -> Bool {
        other.words.0 & ~words.0 == 0 && other.words.1 & ~words.1 == 0
            && other.words.2 & ~words.2 == 0 && other.words.3 & ~words.3 == 0
    }

    static func == (lhs: Bloom256, rhs: Bloom256) -> Bool {
        lhs.words == rhs.words
    }

    /// A hash of a pair of code points, for bigrams.
    static func pair(_ first: UInt32, _ second: UInt32) -> UInt32 {
        first &* 0x0100_0193 ^ second &* 0x2F0B_4D2D
    }

    /// A hash of ASCII letters, for spellings and their prefixes.
    static func letters(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }
}
