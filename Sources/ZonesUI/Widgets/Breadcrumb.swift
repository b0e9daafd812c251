import ZonesCore

/// Where the reader is, e.g. `Zones › 张江 › 翟金国`, with the scroll position at the right.
public enum Breadcrumb {
    public static func parts(_ state: AppState) -> [String] {
        let report = state.report
        let language = state.language
        func pick(_ zh: String, _ en: String) -> String { language == .en ? en : zh }
        var parts = [language == .zh ? state.pane.label.zh : state.pane.label.en]
        let entries = state.content.list(state.pane)
        guard entries.indices.contains(state.position.selection) else { return parts }
        switch entries[state.position.selection].target {
        case .zone(let id):
            if let zone = report.zone(id) {
                parts.append(pick(zone.shortName.zh, zone.shortName.en))
                if let person = report.person(zone.statement.speaker) { parts.append(pick(person.name.zh, person.name.en)) }
            }
        case .framing:
            if let person = report.person(report.priorities.framing.speaker) { parts.append(pick(person.name.zh, person.name.en)) }
        case .priority:
            parts.append(DisplayWidth.truncate(entries[state.position.selection].title, to: 24, ellipsis: state.glyphs.ellipsis))
        case .person(let id):
            if let person = report.person(id) { parts.append(pick(person.name.zh, person.name.en)) }
        default:
            break
        }
        return parts
    }

    public static func draw(_ state: AppState, into frame: inout Frame, area: Rect, document: Document, viewHeight: Int) {
        frame.fill(area, role: .breadcrumb)
        var position = ""
        if document.lineCount > viewHeight, viewHeight > 0 {
            let top = state.position.scroll
            let percent = min(100, (top + viewHeight) * 100 / max(1, document.lineCount))
            position = top == 0 ? "Top" : (top + viewHeight >= document.lineCount ? "Bot" : "\(percent)%")
        }
        let right = position.isEmpty ? 0 : DisplayWidth.of(position) + 2
        let trail = parts(state).joined(separator: " \(state.glyphs.crumb) ")
        frame.put(" " + DisplayWidth.truncate(trail, to: max(0, area.width - right - 2), ellipsis: state.glyphs.ellipsis), x: area.x, y: area.y, role: .breadcrumb, clip: area)
        if !position.isEmpty, area.width > right + 10 {
            frame.put(position, x: area.maxX - right + 1, y: area.y, role: .dim, clip: area)
        }
    }
}
