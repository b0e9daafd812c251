import CLocale

/// Finds where a verbatim excerpt stands in a rebuilt paragraph.
public enum SourceLocator {
    /// UTF-8 byte ranges of every occurrence of `needle` in `paragraph`'s text.
    public static func ranges(of needle: String, in paragraph: Paragraph) -> [Range<Int>] {
        ranges(of: needle, inText: Array(paragraph.text.utf8))
    }

    /// As `ranges(of:in:)`, in a paragraph's text already in bytes: the validator looks up
    /// every excerpt, and rebuilding the paragraph's text for each was most of its time.
    static func ranges(of needle: String, inText haystack: [UInt8]) -> [Range<Int>] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
        var found: [Range<Int>] = []
        haystack.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { pattern in
                guard let base = haystack.baseAddress, let needle = pattern.baseAddress else { return }
                var start = 0
                // glibc's memmem, much faster than comparing at every byte.
                while start + pattern.count <= haystack.count,
                      let hit = zones_memmem(base + start, haystack.count - start, needle, pattern.count) {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    found.append(offset..<(offset + pattern.count))
                    start = offset + 1
                }
            }
        }
        return found
    }

    /// The pages on which occurrences of `needle` start, in order; empty when it does not occur.
    public static func pages(of needle: String, in paragraph: Paragraph) -> [Int] {
        pages(of: needle, in: paragraph, text: Array(paragraph.text.utf8))
    }

    static func pages(of needle: String, in paragraph: Paragraph, text: [UInt8]) -> [Int] {
        ranges(of: needle, inText: text).map { paragraph.page(atUTF8Offset: $0.lowerBound) }
    }
}
