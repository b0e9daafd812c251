import ZonesCore

/// Draws the whole explorer for a state at a size: a pure function, tested against golden frames.
public func render(_ state: AppState, _ size: Size) -> Frame {
    var state = state
    state.size = size
    var frame = Frame(size: size)
    let screen = state.screen
    if screen.isTooSmall {
        SizeWarning.draw(into: &frame, need: ScreenLayout.minimum, have: size)
        return frame
    }
    let document = state.document
    TabBar(language: state.language).draw(into: &frame, area: screen.tabs, current: state.pane)
    Breadcrumb.draw(state, into: &frame, area: screen.breadcrumb, document: document, viewHeight: screen.detail.height)

    if case .compare(let scroll) = state.overlay {
        let lines = CompareView(report: state.report, language: state.language, glyphs: state.glyphs).lines(width: screen.body.width - 2)
        drawLines(lines, from: scroll, into: &frame, area: Rect(x: 1, y: screen.body.y, width: screen.body.width - 2, height: screen.body.height))
    } else {
        if state.hasList { drawList(state, into: &frame, screen: screen) }
        drawDetail(state, document, into: &frame, screen: screen)
    }
    if case .help(let scroll) = state.overlay {
        drawHelp(state, scroll: scroll, into: &frame, area: screen.body)
    }
    if case .searchPrompt(let text) = state.overlay {
        frame.fill(screen.hints, role: .normal)
        let end = frame.put("/" + text, x: 0, y: screen.hints.y, role: .normal, clip: screen.hints)
        frame.put("  (search: Enter or Esc to close)", x: end, y: screen.hints.y, role: .dim, clip: screen.hints)
    } else {
        HintBar(hints: HintBar.hints(for: state.pane, hasList: state.hasList, glyphs: state.glyphs), ellipsis: state.glyphs.ellipsis)
            .draw(into: &frame, area: screen.hints, notice: state.notice)
    }
    return frame
}

func drawList(_ state: AppState, into frame: inout Frame, screen: ScreenLayout) {
    let entries = state.content.list(state.pane)
    let top = state.listTop
    for row in 0..<screen.list.height {
        let index = top + row
        guard index < entries.count else { break }
        let y = screen.list.y + row
        let selected = index == state.position.selection
        let role: StyleRole = selected ? (state.position.focus == .list ? .selection : .selectionInactive) : .normal
        if selected { frame.fill(Rect(x: screen.list.x, y: y, width: screen.list.width, height: 1), role: role) }
        frame.put(" " + DisplayWidth.truncate(entries[index].title, to: max(0, screen.list.width - 2), ellipsis: state.glyphs.ellipsis),
                  x: screen.list.x, y: y, role: role, clip: screen.list)
    }
    for y in screen.separator.y..<screen.separator.maxY {
        frame.put(state.glyphs.separator, x: screen.separator.x, y: y, role: .border)
    }
}

func drawDetail(_ state: AppState, _ document: Document, into frame: inout Frame, screen: ScreenLayout) {
    let area = screen.detail
    let focused = !state.hasList || state.position.focus == .detail
    let cursorLines = document.lines(of: state.position.cursor)
    let highlighted: Int? = state.pane == .source ? state.highlight?.paragraph : nil
    for row in 0..<area.height {
        let index = state.position.scroll + row
        guard index < document.lineCount else { break }
        let y = area.y + row
        let line = document.line(index)
        let item = document.item(atLine: index)
        let isHighlighted = highlighted != nil && item.map { document.items[$0].source?.paragraph == highlighted } == true
        line.draw(into: &frame, x: area.x, y: y, clip: area, override: isHighlighted && !line.plainText.isEmpty ? .highlight : nil)
        if focused, cursorLines.contains(index), !line.plainText.isEmpty, document.items.indices.contains(state.position.cursor),
           document.items[state.position.cursor].isSelectable, area.x > 0 {
            frame.put(state.glyphs.vertical == "|" ? ">" : "▌", x: area.x - 1, y: y, role: .cursor)
        }
    }
}

func drawLines(_ lines: [StyledLine], from top: Int, into frame: inout Frame, area: Rect) {
    for row in 0..<area.height {
        let index = top + row
        guard index < lines.count else { break }
        lines[index].draw(into: &frame, x: area.x, y: area.y + row, clip: area)
    }
}

func drawHelp(_ state: AppState, scroll: Int, into frame: inout Frame, area: Rect) {
    let lines = HelpOverlay.lines(glyphs: state.glyphs)
    let contentWidth = lines.map { DisplayWidth.of($0.plainText) }.max() ?? 0
    let width = min(area.width, contentWidth + 4)
    let height = min(area.height, lines.count + 2)
    let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    frame.fill(box, role: .overlay)
    Box.draw(into: &frame, box, glyphs: state.glyphs, title: " Keys · 按键 ")
    drawLines(lines, from: scroll, into: &frame, area: Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2))
}
