import ZonesCore

/// Every hit of a search, grouped by pane with a count each; the selected hit in reverse.
public enum SearchResultsView {
    /// The rows shown: pane headings, and hits with their index into the session's hits.
    static func rows(_ session: SearchSession, language: Language) -> [(hit: Int?, text: String)] {
        var rows: [(Int?, String)] = []
        for pane in Pane.allCases {
            let indices = session.hits.indices.filter { session.hits[$0].pane == pane }
            guard !indices.isEmpty else { continue }
            let label = language == .zh ? pane.label.zh : (language == .en ? pane.label.en : "\(pane.label.en) \(pane.label.zh)")
            rows.append((nil, "\(label) (\(indices.count))"))
            for index in indices { rows.append((index, "")) }
        }
        return rows
    }

    public static func draw(_ session: SearchSession, selection: Int, language: Language, glyphs: Glyphs, into frame: inout Frame, area: Rect) {
        frame.fill(area, role: .overlay)
        guard area.height > 1 else { return }
        let title = " \(session.hits.count) hits for \(session.line) · Enter opens, Esc returns to the prompt"
        frame.put(DisplayWidth.truncate(title, to: area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y, role: .overlayTitle, clip: area)
        let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let rows = rows(session, language: language)
        let selectedRow = rows.firstIndex { $0.hit == selection } ?? 0
        let top = max(0, min(selectedRow - list.height / 2, rows.count - list.height))
        for offset in 0..<list.height {
            let index = top + offset
            guard index < rows.count else { break }
            let y = list.y + offset
            guard let hitIndex = rows[index].hit else {
                frame.put(" " + rows[index].text, x: list.x, y: y, role: .heading, clip: list)
                continue
            }
            let hit = session.hits[hitIndex]
            let selected = hitIndex == selection
            let role: StyleRole = selected ? .selection : .overlay
            if selected { frame.fill(Rect(x: list.x, y: y, width: list.width, height: 1), role: role) }
            let titleWidth = min(22, list.width / 3)
            let head = "   " + DisplayWidth.pad(DisplayWidth.truncate(hit.title, to: titleWidth, ellipsis: glyphs.ellipsis), to: titleWidth)
                + " " + DisplayWidth.pad("p.\(hit.page)", to: 4) + " "
            var x = frame.put(head, x: list.x, y: y, role: selected ? role : .label, clip: list)
            let snippet = Array(hit.snippet)
            let before = String(snippet[..<min(hit.match.lowerBound, snippet.count)])
            let match = hit.match.upperBound <= snippet.count ? String(snippet[hit.match]) : ""
            let after = hit.match.upperBound <= snippet.count ? String(snippet[hit.match.upperBound...]) : ""
            x = frame.put(before, x: x, y: y, role: role, clip: list)
            x = frame.put(match, x: x, y: y, role: .match, clip: list)
            frame.put(after, x: x, y: y, role: role, clip: list)
        }
    }
}
