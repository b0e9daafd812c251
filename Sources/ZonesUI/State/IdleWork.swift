import ZonesCore

/// What the explorer does while the reader is not typing: lay out the panes not yet shown, so
/// that switching to one, or a search landing in one, costs a draw and not a layout.
extension AppState {
    /// The document key of `pane` at its current row, at the current size.
    func documentKey(for pane: Pane) -> LayoutCache.Key {
        let detail = ScreenLayout(size: size, pane: pane, listTitles: content.list(pane).map(\.title)).detail
        let selection = positions[pane]?.selection ?? 0
        return LayoutCache.Key(pane: pane, selection: selection, width: detail.width, language: language, ascii: options.ascii)
    }

    /// The first pane whose document is not laid out yet.
    private var paneAwaitingLayout: Pane? {
        guard !screen.isTooSmall else { return nil }
        return Pane.allCases.first { !layoutCache.contains(documentKey(for: $0)) }
    }

    /// Whether an `.idle` event would do anything.
    public var hasIdleWork: Bool { paneAwaitingLayout != nil }

    /// One step of work ahead of time; a step is one pane, so a key waits at most that long.
    mutating func doIdleWork() {
        guard let pane = paneAwaitingLayout else { return }
        let key = documentKey(for: pane)
        _ = layoutCache.document(key) { content.document(pane, selection: key.selection, width: key.width) }
    }
}
