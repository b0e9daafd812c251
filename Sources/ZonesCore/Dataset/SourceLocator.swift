/// Finds where a verbatim excerpt stands in a rebuilt paragraph.
public enum SourceLocator {
    /// UTF-8 byte ranges of every occurrence of `needle` in `paragraph`'s text.
    public static func ranges(of needle: String, in paragraph: Paragraph) -> [Range<Int>] {
        let haystack = Array(paragraph.text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + pattern.count <= haystack.count {
            if haystack[start] == pattern[0], haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
                found.append(start..<(start + pattern.count))
            }
            start += 1
        }
        return found
    }

    /// The pages on which occurrences of `needle` start, in order; empty when it does not occur.
    public static func pages(of needle: String, in paragraph: Paragraph) -> [Int] {
        ranges(of: needle, in: paragraph).map { paragraph.page(atUTF8Offset: $0.lowerBound) }
    }
}
