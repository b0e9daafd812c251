import ZonesCore

/// The search line on the bottom row: `/query` with the caret, and `[k/N]` at the right.
public enum SearchPrompt {
    public static func draw(_ session: SearchSession, into frame: inout Frame, area: Rect, glyphs: Glyphs) {
        frame.fill(area, role: .normal)
        let status: String
        if session.line.trimmingSpaces.isEmpty {
            status = "Chinese, English or pinyin · Tab: all hits"
        } else if session.hits.isEmpty {
            status = "no match"
        } else {
            status = "[\(session.current + 1)/\(session.hits.count)]"
        }
        let statusWidth = DisplayWidth.of(status) + 2
        let room = max(1, area.width - statusWidth - 1)
        // Keep the caret in view: show the end of a line too long for the row.
        let characters = Array(session.line)
        let caret = min(session.caret, characters.count)
        var start = 0
        while DisplayWidth.of(String(characters[start..<caret])) > room - 1, start < caret { start += 1 }
        let before = String(characters[start..<caret])
        let shown = DisplayWidth.prefix(String(characters[start...]), fitting: room)
        frame.put("/", x: area.x, y: area.y, role: .accent, clip: area)
        frame.put(shown, x: area.x + 1, y: area.y, role: .normal, clip: area)
        frame.cursor = Frame.Point(x: min(area.maxX - 1, area.x + 1 + DisplayWidth.of(before)), y: area.y)
        if area.width > statusWidth + 4 {
            frame.put(status, x: area.maxX - statusWidth + 1, y: area.y, role: session.hits.isEmpty && !session.line.isEmpty ? .warning : .dim, clip: area)
        }
    }
}
