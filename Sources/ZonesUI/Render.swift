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
    if case .results(let selection) = state.overlay, let session = state.search {
        SearchResultsView.draw(session, selection: selection, language: state.language, glyphs: state.glyphs, into: &frame, area: screen.body)
    }
    if state.overlay == .searchPrompt || state.isResultsOverlay, let session = state.search {
        SearchPrompt.draw(session, into: &frame, area: screen.hints, glyphs: state.glyphs)
    } else {
        var hints = screen.hints
        if let session = state.search, !session.hits.isEmpty, state.notice == nil {
            // The search stays in force for n and N: say where in its hits the reader is.
            let counter = " [\(session.current + 1)/\(session.hits.count)] n/N "
            let width = DisplayWidth.of(counter)
            if hints.width > width + 20 {
                hints.width -= width
                frame.put(counter, x: hints.maxX, y: hints.y, role: .hintKey, clip: screen.hints)
            }
        }
        HintBar(hints: HintBar.hints(for: state.pane, hasList: state.hasList, glyphs: state.glyphs), ellipsis: state.glyphs.ellipsis)
            .draw(into: &frame, area: hints, notice: state.notice)
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
    let matches = SearchHighlighter.matches(state, document, lines: state.position.scroll..<(state.position.scroll + area.height))
    for row in 0..<area.height {
        let index = state.position.scroll + row
        guard index < document.lineCount else { break }
        let y = area.y + row
        let line = document.line(index)
        let item = document.item(atLine: index)
        let isHighlighted = highlighted != nil && item.map { document.items[$0].source?.paragraph == highlighted } == true
        line.draw(into: &frame, x: area.x, y: y, clip: area, override: isHighlighted && !line.isEmpty ? .highlight : nil)
        if let ranges = matches[index] {
            for range in ranges {
                let text = Array(line.plainText)
                guard range.upperBound <= text.count else { continue }
                let x = area.x + DisplayWidth.of(String(text[..<range.lowerBound]))
                let width = DisplayWidth.of(String(text[range]))
                frame.restyle(Rect(x: x, y: y, width: width, height: 1).intersection(area), role: .match)
            }
        }
        if focused, cursorLines.contains(index), !line.isEmpty, document.items.indices.contains(state.position.cursor),
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
