import ZonesCore

/// Search hits as text, grouped by pane with a count each; the match in bold on a terminal.
struct SearchResultText {
    var styled: Bool

    func render(_ result: SearchResult) -> String {
        guard result.count > 0 else {
            return "No match for '\(Sanitizer.clean(result.query))'.\n"
        }
        var lines: [String] = []
        for pane in Pane.allCases {
            let hits = result.hits.filter { $0.pane == pane }
            guard !hits.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(emphasis("\(pane.label.en) \(pane.label.zh) (\(hits.count))"))
            for hit in hits {
                lines.append("  \(Sanitizer.clean(hit.title)) [\(hit.id), p. \(hit.page)]")
                lines.append("    " + marked(hit))
            }
        }
        if result.hits.count < result.count {
            lines.append("")
            lines.append("(\(result.hits.count) of \(result.count) hits shown)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func emphasis(_ text: String) -> String {
        styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// The snippet with the match in reverse video on a terminal, between » « when plain.
    func marked(_ hit: SearchHit) -> String {
        let characters = Array(hit.snippet)
        guard hit.match.upperBound <= characters.count, !hit.match.isEmpty else { return hit.snippet }
        let before = String(characters[..<hit.match.lowerBound])
        let match = String(characters[hit.match])
        let after = String(characters[hit.match.upperBound...])
        return styled ? "\(before)\u{1B}[7m\(match)\u{1B}[0m\(after)" : "\(before)\(match)\(after)"
    }
}
