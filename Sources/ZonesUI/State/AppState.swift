import ZonesCore

/// Which half of a list pane has the keyboard.
public enum Focus: Hashable, Sendable {
    case list, detail
}

/// What covers the panes, if anything.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case compare(scroll: Int)
    /// The search prompt on the bottom line; its state is `AppState.search`.
    case searchPrompt
    /// Every hit of the search, grouped by pane; `selection` indexes `search.hits`.
    case results(selection: Int)
}

/// Where the reader stands in one pane: the list row, the item under the cursor, the scroll.
public struct PanePosition: Hashable, Sendable {
    public var selection = 0
    public var cursor = 0
    public var scroll = 0
    public var focus = Focus.list

    public init(selection: Int = 0, cursor: Int = 0, scroll: Int = 0, focus: Focus = .list) {
        self.selection = selection
        self.cursor = cursor
        self.scroll = scroll
        self.focus = focus
    }
}

/// A place in the explorer, as kept in the back history.
public struct Location: Hashable, Sendable {
    public var pane: Pane
    public var position: PanePosition
    public var highlight: SourceRef?
}

/// Options fixed at start-up.
public struct ExplorerOptions: Hashable, Sendable {
    public var ascii = false
    public var mouse = true

    public init(ascii: Bool = false, mouse: Bool = true) {
        self.ascii = ascii
        self.mouse = mouse
    }
}

/// Everything the explorer shows, as one value: `update` changes it, `render` draws it.
public struct AppState: Sendable {
    public let report: Report
    public var size: Size
    public var language: Language
    public var options: ExplorerOptions
    public var pane: Pane = .overview
    public var positions: [Pane: PanePosition] = [:]
    public var history: [Location] = []
    public var overlay: Overlay?
    /// The source paragraph shown highlighted after `s`.
    public var highlight: SourceRef?
    /// A one-line notice on the hint bar until the next key.
    public var notice: String?
    public var shouldQuit = false
    /// Set by Ctrl-L: repaint every cell, not just what changed.
    public var needsFullRedraw = false
    /// The search being typed, or the last one accepted (for n and N).
    public var search: SearchSession?
    /// Earlier queries, oldest first, as kept across runs.
    public var searchHistory: [String] = []
    /// Built on the first search, so that start-up does not pay for it.
    public var searchIndex: SearchIndex?

    /// Shared by copies of the state: it holds only what layout would compute again.
    let layoutCache = LayoutCache()

    /// How many queries the history keeps.
    public static let searchHistoryLimit = 100

    /// The history is bounded like a browser's; the oldest places drop off.
    public static let historyLimit = 100

    public init(report: Report, size: Size, language: Language, options: ExplorerOptions = ExplorerOptions()) {
        self.report = report
        self.size = size
        self.language = language
        self.options = options
    }

    public var glyphs: Glyphs { options.ascii ? .ascii : .unicode }
    public var content: PaneContent { PaneContent(report: report, language: language, glyphs: glyphs) }

    public var position: PanePosition {
        get { positions[pane] ?? PanePosition() }
        set { positions[pane] = newValue }
    }

    public var location: Location { Location(pane: pane, position: position, highlight: highlight) }
}
