/// Everything searchable in a report, prepared once: every text of the model in both
/// languages, names with their pinyin, and the rebuilt original.
public struct SearchIndex: Sendable {
    /// One searchable text and what a hit on it reports.
    struct Document: Sendable {
        var pane: Pane
        var id: String
        var title: String
        var role: TextEntry.Role
        var page: Int
        var quote: String?
        var paragraph: Int?
        var fields: [SearchText]
        var order: Int
    }

    let documents: [Document]
    public let tables: SearchTables
    public let names: NameReadings

    public init(report: Report, tables: SearchTables = .embedded) {
        self.tables = tables
        var pairs: [(chinese: String, pinyin: String)] = []
        for person in report.people {
            pairs.append((person.name.zh, person.name.pinyin))
            pairs.append((person.organisation.zh, person.organisation.pinyin))
        }
        for zone in report.zones {
            pairs.append((zone.name.zh, zone.name.pinyin))
            pairs.append((zone.shortName.zh, zone.shortName.pinyin))
        }
        pairs.append((report.overview.issuer.zh, report.overview.issuer.pinyin))
        pairs.append((report.overview.forum.zh, report.overview.forum.pinyin))
        let names = NameReadings(pairs, tables: tables)
        self.names = names

        var titles: [String: String] = ["overview": "概览 Overview", "statistics": "统计 Statistics", "priorities": "未来重点 Priorities"]
        for zone in report.zones { titles[zone.id] = "\(zone.shortName.zh) \(zone.shortName.en)" }
        for item in report.priorities.items { titles[item.id] = item.title.zh }
        for person in report.people { titles[person.id] = "\(person.name.zh) \(person.name.en)" }

        var documents: [Document] = []
        for entry in report.textEntries {
            var fields = [SearchText(entry.excerpt.zh, tables: tables, names: names), SearchText(entry.excerpt.en, tables: tables)]
            if let pinyin = entry.pinyin { fields.append(SearchText(pinyin, tables: tables)) }
            documents.append(Document(pane: entry.pane, id: entry.itemID, title: titles[entry.itemID] ?? entry.itemID, role: entry.role,
                                      page: entry.excerpt.source.page, quote: entry.excerpt.zh, paragraph: nil,
                                      fields: fields, order: documents.count))
        }
        for paragraph in report.source.paragraphs {
            documents.append(Document(pane: .source, id: "p\(paragraph.number)", title: "原文 ¶\(paragraph.number)", role: .body,
                                      page: paragraph.firstPage, quote: nil, paragraph: paragraph.number,
                                      fields: [SearchText(paragraph.text, tables: tables, names: names)], order: documents.count))
        }
        self.documents = documents
    }

    /// The query prepared with this index's tables.
    public func query(_ text: String) -> SearchQuery {
        SearchQuery(text, tables: tables)
    }

    /// Hits ranked: names, then titles, before body text; text before pinyin; structured items
    /// before the original; then in document order. A hit repeating another's snippet for the
    /// same item is left out.
    public func search(_ text: String, snippetWidth: Int = 60) -> SearchResult {
        let query = query(text)
        var ranked: [(key: (Int, Int, Int, Int), hit: SearchHit)] = []
        var seen: Set<String> = []
        for document in documents {
            guard let matches = query.match(document.fields) else { continue }
            let kind = matches.map(\.match.kind).max() ?? .text
            let first = matches[0]
            let fieldText = String(document.fields[first.field].original)
            let (snippet, range) = Snippet.around(fieldText, match: first.match.range, width: snippetWidth)
            var hit = SearchHit(pane: document.pane, id: document.id, title: document.title, snippet: snippet, page: document.page,
                                match: range, quote: document.quote, paragraph: document.paragraph, kind: kind)
            hit.inTitle = document.role != .body
            let key = "\(document.pane.rawValue)|\(document.id)|\(snippet)"
            guard !seen.contains(key) else { continue }
            seen.insert(key)
            ranked.append(((document.role.rawValue, kind.rawValue, document.pane == .source ? 1 : 0, document.order), hit))
        }
        ranked.sort { $0.key < $1.key }
        let hits = ranked.map(\.hit)
        return SearchResult(query: text, count: hits.count, hits: hits)
    }
}

/// A window of text around a match that fits a width, with the match's place in it.
public enum Snippet {
    public static func around(_ text: String, match: Range<Int>, width: Int) -> (String, Range<Int>) {
        let characters = Array(Sanitizer.clean(text))
        guard match.lowerBound >= 0, match.upperBound <= characters.count, !match.isEmpty else {
            return (DisplayWidth.truncate(String(characters), to: width), 0..<0)
        }
        var start = match.lowerBound
        var end = match.upperBound
        let room = max(DisplayWidth.of(String(characters[match])), width - 2)
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
        let shift = match.lowerBound - start + lead.count
        return (lead + String(characters[start..<end]) + tail, shift..<(shift + match.count))
    }
}
