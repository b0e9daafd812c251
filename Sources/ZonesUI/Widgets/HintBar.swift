import ZonesCore

/// The key hints on the bottom line, htop style: as many as fit, never wrapped.
public struct HintBar: Sendable {
    public var hints: [(key: String, label: String)]
    public var ellipsis: String

    public init(hints: [(key: String, label: String)], ellipsis: String = "…") {
        self.hints = hints
        self.ellipsis = ellipsis
    }

    /// The hints for a pane, most useful first, so that a narrow screen keeps the essentials.
    public static func hints(for pane: Pane, hasList: Bool, glyphs: Glyphs) -> [(key: String, label: String)] {
        var hints: [(String, String)] = [("q", "Quit"), ("?", "Help"), ("1-6", "Panes"), ("/", "Search")]
        hints.append((glyphs == .ascii ? "j/k" : "↑↓", "Move"))
        if hasList { hints.append((glyphs == .ascii ? "h/l" : "←→", "Focus")) }
        hints.append(("Enter", pane == .source ? "Cited by" : "Open"))
        if pane != .source { hints.append(("s", "Source")) }
        if pane == .zones { hints.append(("c", "Compare")) }
        hints += [("L", "Lang"), ("Esc", "Back"), ("Tab", "Next pane")]
        return hints
    }

    public func draw(into frame: inout Frame, area: Rect, notice: String?) {
        frame.fill(area, role: .hintText)
        if let notice {
            frame.put(" " + DisplayWidth.truncate(notice, to: max(0, area.width - 1), ellipsis: ellipsis), x: area.x, y: area.y, role: .hintText, clip: area)
            return
        }
        var x = area.x
        for hint in hints {
            let width = DisplayWidth.of(hint.key) + DisplayWidth.of(hint.label) + 2
            if x + width > area.maxX { break }
            frame.put(hint.key, x: x, y: area.y, role: .hintKey, clip: area)
            frame.put(" " + hint.label + " ", x: x + DisplayWidth.of(hint.key), y: area.y, role: .hintText, clip: area)
            x += width + 1
        }
    }
}
