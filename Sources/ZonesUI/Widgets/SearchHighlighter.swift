import ZonesCore

/// Finds the search's matches in the visible lines of a document, so that every one of them
/// can be marked; a match that a line break splits is found and marked in both lines.
public enum SearchHighlighter {
    /// For each visible line index, the character ranges of matches within that line.
    public static func matches(_ state: AppState, _ document: Document, lines visible: Range<Int>) -> [Int: [Range<Int>]] {
        guard let session = state.search, let query = session.query, !query.isEmpty, let index = state.searchIndex else { return [:] }
        var result: [Int: [Range<Int>]] = [:]
        var seenItems: Set<Int> = []
        for line in visible {
            guard let item = document.item(atLine: line), !seenItems.contains(item) else { continue }
            seenItems.insert(item)
            let range = document.lines(of: item)
            // The item's lines joined with line breaks, which matching ignores like spaces.
            var starts: [Int] = []
            var count = 0
            for lineIndex in range {
                starts.append(count)
                count += document.items[item].lines[lineIndex - range.lowerBound].plainText.count + 1
            }
            let text = state.layoutCache.searchText(state.documentKey, item: item) {
                let joined = document.items[item].lines.map { $0.plainText + "\n" }.joined()
                return SearchText(joined, tables: index.tables, names: index.names)
            }
            for match in query.allMatches(in: text) {
                for (offset, start) in starts.enumerated() {
                    let length = document.items[item].lines[offset].plainText.count
                    let lower = max(match.lowerBound, start)
                    let upper = min(match.upperBound, start + length)
                    if lower < upper { result[range.lowerBound + offset, default: []].append((lower - start)..<(upper - start)) }
                }
            }
        }
        return result
    }
}
