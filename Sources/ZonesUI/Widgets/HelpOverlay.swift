import ZonesCore

/// The `?` overlay: every key the explorer knows.
public enum HelpOverlay {
    public static func lines(glyphs: Glyphs) -> [StyledLine] {
        let groups: [(String, [(String, String)])] = [
            ("Panes", [
                ("1 … 6", "Overview, Statistics, Zones, Priorities, People, Source"),
                ("Tab / Shift-Tab", "next / previous pane"),
            ]),
            ("Moving", [
                ("↑ ↓  j k", "previous / next item (or list row)"),
                ("← →  h l", "focus the list / the detail"),
                ("PgUp PgDn  b Space", "page up / down"),
                ("g G  Home End", "top / bottom"),
                ("mouse", "click a tab or row; wheel scrolls; Shift-drag selects text"),
            ]),
            ("Going places", [
                ("Enter", "open the item; on the original, the item that cites it"),
                ("Esc  Backspace", "back to where you were"),
                ("s", "the item's paragraph in the original, highlighted"),
                ("c", "compare the five zones side by side (Zones pane)"),
            ]),
            ("Reading", [
                ("L", "language: 中文, then English, then both"),
                ("/", "search"),
                ("Ctrl-L", "redraw the screen"),
                ("?", "this help; Esc or ? closes it"),
                ("q  Ctrl-C", "quit"),
            ]),
        ]
        var lines: [StyledLine] = []
        for (title, keys) in groups {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(StyledLine(title, .overlayTitle))
            for (key, text) in keys {
                let shownKey = glyphs == .ascii ? key.replacingASCII() : key
                lines.append(StyledLine([Span("  " + DisplayWidth.pad(shownKey, to: 20), .hintKey), Span(" " + text, .overlay)]))
            }
        }
        return lines
    }
}

extension String {
    func replacingASCII() -> String {
        var out = ""
        for c in self {
            switch c {
            case "↑": out += "Up"
            case "↓": out += "Down"
            case "←": out += "Left"
            case "→": out += "Right"
            case "…": out += "..."
            default: out.append(c)
            }
        }
        return out
    }
}
