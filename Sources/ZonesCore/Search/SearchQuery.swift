/// How a term matched a text; text matches rank before pinyin ones.
public enum MatchKind: Int, Comparable, Sendable {
    case text = 0, pinyin = 1

    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A reader's query: terms that must all match (AND), a quoted phrase being one term.
///
/// Each term matches, in order of preference: the normalized Chinese text with spaces ignored;
/// English words (case-insensitive unless the term has a capital, as smart case in less and
/// vim; a match starts at a word); pinyin syllables, toneless, from a syllable's start; and,
/// for terms of consonants only, the initials of consecutive syllables (zgc → 中关村).
public struct SearchQuery: Sendable {
    /// One term of the query, prepared for each way it can match.
    /// A class: matching passes terms around for every document, and a struct of arrays would
    /// be retained array by array each time.
    final class Term: Sendable {
        let raw: String
        let folded: [UInt32]
        let spacedFolded: [UInt32]
        let spacedCased: [UInt32]
        let caseSensitive: Bool
        let hasLatin: Bool
        let pinyin: [UInt8]
        let initials: Bool
        /// The term's code points, to rule out texts that lack one.
        let signature: TextSignature

        init(raw: String, folded: [UInt32], spacedFolded: [UInt32], spacedCased: [UInt32], caseSensitive: Bool, hasLatin: Bool,
             pinyin: [UInt8], initials: Bool, signature: TextSignature) {
            self.raw = raw
            self.folded = folded
            self.spacedFolded = spacedFolded
            self.spacedCased = spacedCased
            self.caseSensitive = caseSensitive
            self.hasLatin = hasLatin
            self.pinyin = pinyin
            self.initials = initials
            self.signature = signature
        }
    }

    public let text: String
    let terms: [Term]

    public var isEmpty: Bool { terms.isEmpty }

    public init(_ text: String, tables: SearchTables) {
        self.text = text
        let normalizer = TextNormalizer(tables: tables)
        terms = Self.split(text).compactMap { raw in
            let folded = normalizer.normalize(raw).scalars
            guard !folded.isEmpty else { return nil }
            let spacedFolded = normalizer.normalize(raw, keepSpaces: true).scalars
            let spacedCased = normalizer.normalize(raw, keepCase: true, keepSpaces: true).scalars
            let caseSensitive = raw.contains { $0.isUppercase }
            let isLatinLetter: (UInt32) -> Bool = { $0 >= 0x61 && $0 <= 0x7A }
            let hasLatin = folded.contains(where: isLatinLetter)
            let letters = folded.allSatisfy { isLatinLetter($0) || $0 == 0xFC }
            let pinyin: [UInt8] = letters && folded.count >= 2 ? folded.map { $0 == 0xFC ? UInt8(ascii: "v") : UInt8($0) } : []
            let initials = !pinyin.isEmpty && pinyin.count <= 8 && !pinyin.contains { Array("aeiouv".utf8).contains($0) }
            let signature = TextSignature(term: folded)
            return Term(raw: raw, folded: folded, spacedFolded: Self.collapse(spacedFolded), spacedCased: Self.collapse(spacedCased),
                        caseSensitive: caseSensitive, hasLatin: hasLatin, pinyin: pinyin, initials: initials, signature: signature)
        }
    }

    /// Terms split at spaces; text in double quotes (straight or curly) stays one term.
    static func split(_ text: String) -> [String] {
        var terms: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" || character == "“" || character == "”" {
                if quoted || !current.isEmpty { terms.append(current) }
                current = ""
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                if !current.isEmpty { terms.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { terms.append(current) }
        return terms.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    static func collapse(_ scalars: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        for c in scalars where !(c == 0x20 && (out.last == 0x20 || out.isEmpty)) { out.append(c) }
        while out.last == 0x20 { out.removeLast() }
        return out
    }

    /// Where one term matched: the kind and the original characters it covers.
    public struct Match: Sendable, Hashable {
        public var kind: MatchKind
        public var range: Range<Int>
    }

    /// Whether a text with this signature may match every term: false means it cannot. A text
    /// match needs all of a term's code points; a pinyin one a syllable spelled from its first
    /// letters.
    func mayMatch(_ signature: TextSignature) -> Bool {
        for t in terms.indices {
            if signature.mayContainScalars(of: terms[t].signature) { continue }
            if signature.mayStartPinyin(terms[t].pinyin, initials: terms[t].initials) { continue }
            return false
        }
        return true
    }

    /// For each term, the field (index into `fields`) and place of its first match, preferring
    /// text matches in any field over pinyin ones; nil unless every term matches.
    /// `prefilter: false` scans every field in full, as the ground truth the signatures' tests
    /// compare against.
    public func match(_ fields: [SearchText], prefilter: Bool = true) -> [(field: Int, match: Match)]? {
        guard !terms.isEmpty else { return nil }
        var matches: [(field: Int, match: Match)] = []
        // Indices rather than `for term in terms`: a term copied out is a retain per array.
        for t in terms.indices {
            var found: (field: Int, match: Match)?
            for index in fields.indices {
                if let match = Self.first(terms[t], in: fields[index], pinyin: false, prefilter: prefilter) { found = (index, match); break }
            }
            if found == nil, !terms[t].pinyin.isEmpty {
                for index in fields.indices {
                    if let match = Self.first(terms[t], in: fields[index], pinyin: true, prefilter: prefilter) { found = (index, match); break }
                }
            }
            guard let found else { return nil }
            matches.append(found)
        }
        return matches
    }

    /// Every match of every term in `text`, for highlighting.
    public func allMatches(in text: SearchText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for term in terms {
            ranges += Self.occurrences(of: term.folded, in: text.folded, origins: text.foldedOrigins, wordStart: false)
            if term.caseSensitive {
                ranges += Self.occurrences(of: term.spacedCased, in: text.spacedCased, origins: text.spacedCasedOrigins, wordStart: true)
            } else {
                ranges += Self.occurrences(of: term.spacedFolded, in: text.spacedFolded, origins: text.spacedFoldedOrigins, wordStart: true)
            }
            if !term.pinyin.isEmpty { ranges += Self.pinyinMatches(term, in: text) }
        }
        return ranges
    }

    static func first(_ term: Term, in text: SearchText, pinyin: Bool, prefilter: Bool = true) -> Match? {
        if pinyin {
            guard !prefilter || text.signature.mayStartPinyin(term.pinyin, initials: term.initials),
                  let range = pinyinMatches(term, in: text, limit: 1).first else { return nil }
            return Match(kind: .pinyin, range: range)
        }
        // Every rule below matches the term's code points (spaces aside) in this text.
        guard !prefilter || text.signature.mayContainScalars(of: term.signature) else { return nil }
        let hasLatin = term.hasLatin
        // Chinese (and numbers, symbols): anywhere, spaces ignored. Latin words go through the
        // English rules below, so that smart case and word starts apply to them.
        if !hasLatin {
            if let range = occurrences(of: term.folded, in: text.folded, origins: text.foldedOrigins, wordStart: false, limit: 1).first {
                return Match(kind: .text, range: range)
            }
            // Without a space or a capital, the English rules look for the same code points
            // with spaces kept, which cannot be found where they were not found without them.
            if !term.caseSensitive, !term.spacedFolded.contains(0x20) { return nil }
        }
        let english = term.caseSensitive
            ? occurrences(of: term.spacedCased, in: text.spacedCased, origins: text.spacedCasedOrigins, wordStart: true, limit: 1)
            : occurrences(of: term.spacedFolded, in: text.spacedFolded, origins: text.spacedFoldedOrigins, wordStart: true, limit: 1)
        if let range = english.first { return Match(kind: .text, range: range) }
        if hasLatin, !term.caseSensitive,
           let range = occurrences(of: term.folded, in: text.folded, origins: text.foldedOrigins, wordStart: true, limit: 1).first {
            return Match(kind: .text, range: range)
        }
        return nil
    }

    /// Ranges (in original characters) where `needle` occurs; with `wordStart`, only where it
    /// does not continue a Latin word or number.
    static func occurrences(of needle: [UInt32], in haystack: [UInt32], origins: [Int32], wordStart: Bool, limit: Int = .max) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Range<Int>] = []
        let needsBoundary = wordStart && isWordScalar(needle[0])
        // Unchecked buffers: this loop is most of the time a keystroke takes.
        needle.withUnsafeBufferPointer { needle in
            haystack.withUnsafeBufferPointer { haystack in
                let first = needle[0]
                let last = haystack.count - needle.count
                var start = 0
                while start <= last {
                    if haystack[start] == first {
                        var k = 1
                        while k < needle.count && haystack[start + k] == needle[k] { k += 1 }
                        if k == needle.count, !needsBoundary || start == 0 || !isWordScalar(haystack[start - 1]) {
                            found.append(Int(origins[start])..<(Int(origins[start + needle.count - 1]) + 1))
                            if found.count >= limit { return }
                        }
                    }
                    start += 1
                }
            }
        }
        return found
    }

    /// ASCII letters and digits: what an English word or number is made of.
    static func isWordScalar(_ value: UInt32) -> Bool {
        (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    /// Pinyin matches from a syllable's start: whole syllables, the last one possibly begun
    /// (typing `zhangj` already finds 张江); or, for consonant-only terms, syllable initials.
    static func pinyinMatches(_ term: Term, in text: SearchText, limit: Int = .max) -> [Range<Int>] {
        let syllables = text.syllables
        var found: [Range<Int>] = []
        guard let firstLetter = term.pinyin.first else { return [] }
        // Whole syllables or initials, a match starts where a spelling starts with its letter.
        let firstBit = TextSignature.letterBit(firstLetter)
        for start in syllables.indices where syllables[start].starts & firstBit != 0 {
            if let end = spell(term.pinyin, from: 0, syllables: syllables, at: start) {
                found.append(Int(syllables[start].origin)..<(Int(syllables[end].origin) + 1))
            } else if term.initials, start + term.pinyin.count <= syllables.count {
                var all = true
                for (offset, letter) in term.pinyin.enumerated() where syllables[start + offset].starts & TextSignature.letterBit(letter) == 0 {
                    all = false
                    break
                }
                if all { found.append(Int(syllables[start].origin)..<(Int(syllables[start + term.pinyin.count - 1].origin) + 1)) }
            }
            if found.count >= limit { break }
        }
        return found
    }

    /// The index of the last syllable when `letters[offset...]` spells syllables from `index`.
    static func spell(_ letters: [UInt8], from offset: Int, syllables: [Syllable], at index: Int) -> Int? {
        guard index < syllables.count else { return nil }
        let remaining = letters.count - offset
        for spelling in syllables[index].spellings {
            let common = min(spelling.count, remaining)
            var equal = true
            var k = 0
            while k < common {
                if spelling[k] != letters[offset + k] { equal = false; break }
                k += 1
            }
            guard equal else { continue }
            // The query ends inside this syllable (typing `zhangj` already finds 张江).
            if remaining <= spelling.count { return index }
            if let end = spell(letters, from: offset + spelling.count, syllables: syllables, at: index + 1) { return end }
        }
        return nil
    }
}
