import ZonesCore

/// Where Enter on an item leads.
public enum Target: Hashable, Sendable {
    case pane(Pane)
    case zone(String)
    case priority(String)
    case framing
    case person(String)
    case paragraph(Int)

    public init(_ place: StatementPlace) {
        switch place {
        case .zone(let id): self = .zone(id)
        case .framing: self = .framing
        case .priority(let id): self = .priority(id)
        }
    }
}

/// One selectable unit of a pane's content: its lines, where it stands in the original, and
/// where Enter on it leads.
public struct DocItem: Hashable, Sendable {
    public var lines: [StyledLine]
    public var source: SourceRef?
    public var target: Target?
    /// The Chinese text the item quotes, to find a point or figure by its words.
    public var quote: String?

    public init(lines: [StyledLine], source: SourceRef? = nil, target: Target? = nil, quote: String? = nil) {
        self.lines = lines
        self.source = source
        self.target = target
        self.quote = quote
    }

    /// Items that quote the report or lead somewhere can hold the cursor; blank spacers cannot.
    public var isSelectable: Bool { source != nil || target != nil }
}

/// A pane's content laid out for one width: items, and their lines one after another.
public struct Document: Hashable, Sendable {
    public let items: [DocItem]
    /// The first line of each item.
    public let starts: [Int]
    public let lineCount: Int

    public init(_ items: [DocItem]) {
        self.items = items
        var starts: [Int] = []
        var line = 0
        for item in items {
            starts.append(line)
            line += item.lines.count
        }
        self.starts = starts
        lineCount = line
    }

    public func lines(of item: Int) -> Range<Int> {
        guard items.indices.contains(item) else { return 0..<0 }
        return starts[item]..<(starts[item] + items[item].lines.count)
    }

    /// The item a line belongs to.
    public func item(atLine line: Int) -> Int? {
        guard line >= 0, line < lineCount else { return nil }
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= line { low = mid } else { high = mid - 1 }
        }
        return low
    }

    public func line(_ index: Int) -> StyledLine {
        guard let item = item(atLine: index) else { return .blank }
        return items[item].lines[index - starts[item]]
    }

    /// The selectable items, in order.
    public var selectable: [Int] { items.indices.filter { items[$0].isSelectable } }

    /// The nearest selectable item at or after `index` (or before it, when none follows).
    public func selectable(near index: Int) -> Int? {
        let all = selectable
        return all.first { $0 >= index } ?? all.last
    }
}
