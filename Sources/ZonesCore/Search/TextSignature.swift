/// What a text may contain, in a few machine words: its code points and pairs of them, and the
/// spellings its syllables may start with. A query term whose signature a text's does not
/// cover cannot match it, so a search skips most documents without scanning them.
struct TextSignature: Sendable, Equatable {
    /// The folded code points, and each pair of neighbours among them.
    var scalars = Bloom256()
    var bigrams = Bloom256()
    /// Bit n: some syllable may be spelled from letter `a` + n (for initials).
    var syllableStarts: UInt32 = 0
    /// Every whole spelling of a syllable, and every beginning of one (`z`, `zh`, `zha`…).
    var spellings = Bloom256()
    var spellingStarts = Bloom256()

    init() {}

    init(_ folded: [UInt32], syllables: [Syllable]) {
        var previous: UInt32?
        for value in folded {
            scalars.insert(value)
            if let previous { bigrams.insert(Bloom256.pair(previous, value)) }
            previous = value
        }
        for syllable in syllables {
            for spelling in syllable.spellings where !spelling.isEmpty {
                syllableStarts |= Self.letterBit(spelling[0])
                spellings.insert(Bloom256.letters(spelling))
                for length in 1...spelling.count { spellingStarts.insert(Bloom256.letters(spelling.prefix(length))) }
            }
        }
    }

    /// A query term's: its folded code points and their pairs.
    init(term folded: [UInt32]) {
        var previous: UInt32?
        for value in folded {
            scalars.insert(value)
            if let previous { bigrams.insert(Bloom256.pair(previous, value)) }
            previous = value
        }
    }

    mutating func formUnion(_ other: TextSignature) {
        scalars.formUnion(other.scalars)
        bigrams.formUnion(other.bigrams)
        syllableStarts |= other.syllableStarts
        spellings.formUnion(other.spellings)
        spellingStarts.formUnion(other.spellingStarts)
    }

    /// Whether the code points of a term (with signature `other`) may all be here, side by side
    /// as in the term. Spaces are not in either: a match ignores or collapses them.
    func mayContainScalars(of other: TextSignature) -> Bool {
        scalars.isSuperset(of: other.scalars) && bigrams.isSuperset(of: other.bigrams)
    }

    /// Whether pinyin `letters` (at least two) may be spelled from a syllable's start here: the
    /// letters end inside a first syllable, or one of their beginnings is a whole syllable that
    /// the rest goes on from. With `initials`,
    /// also whether every letter may start a syllable.
    func mayStartPinyin(_ letters: [UInt8], initials: Bool) -> Bool {
        guard letters.count >= 2 else { return false }
        if spellingStarts.contains(Bloom256.letters(letters)) { return true }
        for length in 1..<min(letters.count, Self.longestSpelling + 1) where spellings.contains(Bloom256.letters(letters.prefix(length))) {
            return true
        }
        guard initials else { return false }
        for letter in letters where syllableStarts & Self.letterBit(letter) == 0 { return false }
        return true
    }

    /// Longer than any pinyin syllable as typed (`zhuang`, `lyuan`), with room to spare.
    static let longestSpelling = 8

    static func letterBit(_ letter: UInt8) -> UInt32 {
        letter >= 0x61 && letter <= 0x7A ? UInt32(1) << UInt32(letter - 0x61) : 0
    }
}
