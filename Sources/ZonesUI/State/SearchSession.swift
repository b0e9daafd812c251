import ZonesCore

/// A search in the explorer: the prompt's line, its hits in reading order, where the reader
/// stood before it began, and which hit is current.
public struct SearchSession: Sendable {
    public var line: String = ""
    /// Insertion point in `line`, in characters.
    public var caret: Int = 0
    public var origin: Location
    /// Hits grouped by pane in pane order, ranked within each pane: the order of n, N and the
    /// results list.
    public var hits: [SearchHit] = []
    public var current: Int = 0
    /// Which history entry ↑/↓ shows; nil while editing a new line.
    public var historyIndex: Int?
    public var query: SearchQuery?

    public init(origin: Location) {
        self.origin = origin
    }

    /// Orders ranked hits for reading: by pane, keeping rank within each.
    static func readingOrder(_ ranked: [SearchHit]) -> [SearchHit] {
        Pane.allCases.flatMap { pane in ranked.filter { $0.pane == pane } }
    }
}

extension SearchHit {
    /// Where a hit opens in the explorer.
    var target: Target {
        switch pane {
        case .zones: .zone(id)
        case .priorities: id == "priorities" ? .framing : .priority(id)
        case .people: .person(id)
        case .overview, .statistics: .pane(pane)
        case .source: .paragraph(paragraph ?? 1)
        }
    }
}
