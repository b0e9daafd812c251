/// Which code points a text may contain and which letters its syllables start with, in a few
/// machine words: a query term whose code points are not all in a text's signature cannot match
/// it as text, so a search skips most documents without scanning them.
struct TextSignature: Sendable, Equatable {
    /// A 256-bit Bloom filter of the folded code points.
    var scalars: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Bit n: some syllable may be spelled from letter `a` + n.
    var syllableStarts: UInt32 = 0
    /// A 64-bit Bloom filter of syllables' first two letters, and the letters that are a whole
    /// syllable on their own (a, e, o): pinyin typed from a syllable's start begins with one.
    var syllablePairs: UInt64 = 0
    var singleLetterSyllables: UInt32 = 0

    init() {}

    init(_ folded: [UInt32], syllables: [Syllable]) {
        for value in folded { insert(value) }
        for syllable in syllables {
            for spelling in syllable.spellings {
                guard let first = spelling.first else { continue }
                syllableStarts |= Self.letterBit(first)
                if spelling.count == 1 {
                    singleLetterSyllables |= Self.letterBit(first)
                } else {
                    syllablePairs |= Self.pairBit(first, spelling[1])
                }
            }
        }
    }

    mutating func insert(_ value: UInt32) {
        let bit = Int((value &* 0x9E37_79B1) >> 24)
        let mask = UInt64(1) << UInt64(bit & 63)
        switch bit >> 6 {
        case 0: scalars.0 |= mask
        case 1: scalars.1 |= mask
        case 2: scalars.2 |= mask
        default: scalars.3 |= mask
        }
    }

    mutating func formUnion(_ other: TextSignature) {
        scalars.0 |= other.scalars.0
        scalars.1 |= other.scalars.1
        scalars.2 |= other.scalars.2
        scalars.3 |= other.scalars.3
        syllableStarts |= other.syllableStarts
        syllablePairs |= other.syllablePairs
        singleLetterSyllables |= other.singleLetterSyllables
    }

    /// Whether pinyin `letters` (at least two) may be spelled from a syllable's start here; with
    /// `initials`, also whether every letter may start a syllable.
    func mayStartPinyin(_ letters: [UInt8], initials: Bool) -> Bool {
        guard letters.count >= 2 else { return false }
        if syllablePairs & Self.pairBit(letters[0], letters[1]) != 0 || singleLetterSyllables & Self.letterBit(letters[0]) != 0 {
            return true
        }
        guard initials else { return false }
        for letter in letters where syllableStarts & Self.letterBit(letter) == 0 { return false }
        return true
    }

    static func pairBit(_ first: UInt8, _ second: UInt8) -> UInt64 {
        UInt64(1) << UInt64(((UInt32(first) &* 31 &+ UInt32(second)) &* 0x9E37_79B1) >> 26)
    }

    /// Whether every code point of `other` may be in this text.
    func mayContainScalars(of other: TextSignature) -> Bool {
        other.scalars.0 & ~scalars.0 == 0 && other.scalars.1 & ~scalars.1 == 0
            && other.scalars.2 & ~scalars.2 == 0 && other.scalars.3 & ~scalars.3 == 0
    }

    static func letterBit(_ letter: UInt8) -> UInt32 {
        letter >= 0x61 && letter <= 0x7A ? UInt32(1) << UInt32(letter - 0x61) : 0
    }

    static func == (lhs: TextSignature, rhs: TextSignature) -> Bool {
        lhs.scalars == rhs.scalars && lhs.syllableStarts == rhs.syllableStarts && lhs.syllablePairs == rhs.syllablePairs
            && lhs.singleLetterSyllables == rhs.singleLetterSyllables
    }
}
