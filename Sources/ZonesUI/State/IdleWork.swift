import ZonesCore

/// What the explorer does while the reader is not typing: lay out the panes not yet shown, so
/// that switching to one, or a search landing in one, costs a draw and not a layout.
extension AppState {
    /// The document key of `pane` at its current row (or at `row`), at the current size.
    func documentKey(for pane: Pane, row: Int? = nil) -> LayoutCache.Key {
        let detail = screen(for: pane).detail
        let selection = row ?? positions[pane]?.selection ?? 0
        return LayoutCache.Key(pane: pane, selection: selection, width: detail.width, language: language, ascii: options.ascii)
    }

    /// The next document to lay out: every pane at its current row first, then every row of
    /// the panes with a list, where a search hit or a click may land.
    private var documentAwaitingLayout: LayoutCache.Key? {
        guard !screen.isTooSmall else { return nil }
        for pane in Pane.allCases {
            let key = documentKey(for: pane)
            if !layoutCache.contains(key) { return key }
        }
        // Only while every row fits in the cache at once: laying out more would evict what
        // was laid out before and never finish.
        let rows = Pane.allCases.map(content.listCount)
        guard Pane.allCases.count + rows.reduce(0, +) <= LayoutCache.documentLimit / 2 else { return nil }
        for (pane, count) in zip(Pane.allCases, rows) {
            for row in 0..<count {
                let key = documentKey(for: pane, row: row)
                if !layoutCache.contains(key) { return key }
            }
        }
        return nil
    }

    /// Whether an `.idle` event would do anything.
    public var hasIdleWork: Bool { documentAwaitingLayout != nil }

    /// One step of work ahead of time; a step is one document, so a key waits at most that long.
    mutating func doIdleWork() {
        guard let key = documentAwaitingLayout else { return }
        _ = layoutCache.document(key) { content.document(key.pane, selection: key.selection, width: key.width) }
    }
}
