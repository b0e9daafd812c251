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
        /// All fields' signatures together.
        var signature: TextSignature
    }

    let documents: [Document]
    /// Each document's fields and signature again, side by side: the loop over every document
    /// reads only these, and reading them out of `Document` copied the whole struct.
    private let fieldLists: [[SearchText]]
    private let signatures: [TextSignature]
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
                                      fields: fields, order: documents.count, signature: Self.signature(fields)))
        }
        for paragraph in report.source.paragraphs {
            let field = SearchText(paragraph.text, tables: tables, names: names)
            documents.append(Document(pane: .source, id: "p\(paragraph.number)", title: "原文 ¶\(paragraph.number)", role: .body,
                                      page: paragraph.firstPage, quote: nil, paragraph: paragraph.number,
                                      fields: [field], order: documents.count, signature: field.signature))
        }
        self.documents = documents
        fieldLists = documents.map(\.fields)
        signatures = documents.map(\.signature)
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
        // Snippets already given per item; an item has few documents, so a list is enough.
        var seen: [ItemKey: [String]] = [:]
        for position in documents.indices {
            // Only a hit's document is copied out; the others are matched in place.
            guard query.mayMatch(signatures[position]), let matches = query.match(fieldLists[position]) else { continue }
            let document = documents[position]
            let kind = matches.map(\.match.kind).max() ?? .text
            let first = matches[0]
            let (snippet, range) = Snippet.around(document.fields[first.field], match: first.match.range, width: snippetWidth)
            let item = ItemKey(pane: document.pane, id: document.id)
            if seen[item]?.contains(snippet) == true { continue }
            seen[item, default: []].append(snippet)
            var hit = SearchHit(pane: document.pane, id: document.id, title: document.title, snippet: snippet, page: document.page,
                                match: range, quote: document.quote, paragraph: document.paragraph, kind: kind)
            hit.inTitle = document.role != .body
            ranked.append(((document.role.rawValue, kind.rawValue, document.pane == .source ? 1 : 0, document.order), hit))
        }
        ranked.sort { $0.key < $1.key }
        let hits = ranked.map(\.hit)
        return SearchResult(query: text, count: hits.count, hits: hits)
    }

    static func signature(_ fields: [SearchText]) -> TextSignature {
        var signature = TextSignature()
        for field in fields { signature.formUnion(field.signature) }
        return signature
    }

    private struct ItemKey: Hashable {
        var pane: Pane
        var id: String
    }
}
