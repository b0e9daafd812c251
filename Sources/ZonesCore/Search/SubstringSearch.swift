/// Plain substring search over both languages of every text and the rebuilt original.
///
/// Terms separated by spaces must all match the same text (AND). Chinese is matched with spaces
/// removed on both sides, since the source writes `达 23家`; English case-insensitively.
public struct SubstringSearch: Sendable {
    /// A text that can be searched, with what a hit on it reports.
    struct Document: Sendable {
        var pane: Pane
        var id: String
        var title: String
        var zh: String
        var en: String
        var page: Int
    }

    let documents: [Document]

    public init(report: Report) {
        var titles: [String: String] = ["overview": "概览 Overview", "statistics": "统计 Statistics", "priorities": "未来重点 Priorities"]
        for zone in report.zones { titles[zone.id] = "\(zone.shortName.zh) \(zone.shortName.en)" }
        for item in report.priorities.items { titles[item.id] = "\(item.title.zh)" }
        for person in report.people { titles[person.id] = "\(person.name.zh) \(person.name.en)" }
        var documents = report.textEntries.map { entry in
            Document(pane: entry.pane, id: entry.itemID, title: titles[entry.itemID] ?? entry.itemID,
                     zh: entry.excerpt.zh, en: entry.excerpt.en + (entry.pinyin.map { " " + $0 } ?? ""), page: entry.excerpt.source.page)
        }
        for paragraph in report.source.paragraphs {
            documents.append(Document(pane: .source, id: "p\(paragraph.number)", title: "原文 ¶\(paragraph.number)",
                                      zh: paragraph.text, en: "", page: paragraph.firstPage))
        }
        self.documents = documents
    }

    public func search(_ query: String, snippetWidth: Int = 60) -> SearchResult {
        let terms = query.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !terms.isEmpty else { return SearchResult(query: query, count: 0, hits: []) }
        var hits: [SearchHit] = []
        for document in documents {
            let zhCompact = document.zh.filter { !$0.isWhitespace }
            let enLower = document.en.lowercased()
            var firstMatch: (text: String, offset: Int, length: Int)?
            var all = true
            for term in terms {
                if let offset = Self.offset(of: term, in: zhCompact) {
                    if firstMatch == nil { firstMatch = (zhCompact, offset, term.count) }
                } else if let offset = Self.offset(of: term.lowercased(), in: enLower) {
                    if firstMatch == nil { firstMatch = (document.en, offset, term.count) }
                } else {
                    all = false
                    break
                }
            }
            guard all, let match = firstMatch else { continue }
            let (snippet, range) = Self.snippet(match.text, offset: match.offset, length: match.length, width: snippetWidth)
            hits.append(SearchHit(pane: document.pane, id: document.id, title: document.title, snippet: snippet, page: document.page, match: range))
        }
        return SearchResult(query: query, count: hits.count, hits: hits)
    }

    /// Character offset of the first occurrence of `needle` in `haystack`.
    static func offset(of needle: String, in haystack: String) -> Int? {
        let h = Array(haystack), n = Array(needle)
        guard !n.isEmpty, n.count <= h.count else { return nil }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            if h[start..<(start + n.count)].elementsEqual(n) { return start }
        }
        return nil
    }

    /// A window of `text` around the match that fits `width` columns, with the match's range in it.
    static func snippet(_ text: String, offset: Int, length: Int, width: Int) -> (String, Range<Int>) {
        let characters = Array(Sanitizer.clean(text))
        guard offset + length <= characters.count else { return (String(characters), 0..<0) }
        var start = offset
        var end = offset + length
        let room = max(length, width - 2)
        var used = characters[start..<end].reduce(0) { $0 + DisplayWidth.of($1) }
        // Some context to the left, as much as fits to the right, then fill up the left.
        var left = 0
        while start > 0, left + DisplayWidth.of(characters[start - 1]) <= room / 3, used + DisplayWidth.of(characters[start - 1]) <= room {
            start -= 1
            left += DisplayWidth.of(characters[start])
            used += DisplayWidth.of(characters[start])
        }
        while end < characters.count, used + DisplayWidth.of(characters[end]) <= room {
            used += DisplayWidth.of(characters[end])
            end += 1
        }
        while start > 0, used + DisplayWidth.of(characters[start - 1]) <= room {
            start -= 1
            used += DisplayWidth.of(characters[start])
        }
        let lead = start > 0 ? "…" : ""
        let tail = end < characters.count ? "…" : ""
        let snippet = lead + String(characters[start..<end]) + tail
        let matchStart = offset - start + lead.count
        return (snippet, matchStart..<(matchStart + length))
    }
}
