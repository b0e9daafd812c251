/// One place a query matched: the pane and item, a snippet around the match, and the page.
public struct SearchHit: Codable, Hashable, Sendable {
    public var pane: Pane
    public var id: String
    public var title: String
    public var snippet: String
    public var page: Int
    /// Where the match stands in `snippet`, in characters. This and the fields below are for
    /// the explorer and the terminal output, not part of the JSON output.
    public var match: Range<Int>
    /// The Chinese text of the structured item hit, to put the cursor on it.
    public var quote: String?
    /// The paragraph of the original hit, for hits in the source pane.
    public var paragraph: Int?
    public var kind: MatchKind
    /// Whether the hit is in a name or title rather than body text.
    public var inTitle = false

    enum CodingKeys: String, CodingKey { case pane, id, title, snippet, page }

    public init(pane: Pane, id: String, title: String, snippet: String, page: Int, match: Range<Int>,
                quote: String? = nil, paragraph: Int? = nil, kind: MatchKind = .text) {
        self.pane = pane
        self.id = id
        self.title = title
        self.snippet = snippet
        self.page = page
        self.match = match
        self.quote = quote
        self.paragraph = paragraph
        self.kind = kind
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        pane = try c.decode(Pane.self, forKey: .pane)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        snippet = try c.decode(String.self, forKey: .snippet)
        page = try c.decode(Int.self, forKey: .page)
        match = 0..<0
        kind = .text
    }
}

/// The answer to one query, as `zones search --json` prints it.
public struct SearchResult: Codable, Hashable, Sendable {
    public var query: String
    public var count: Int
    public var hits: [SearchHit]
}
