import ZonesCore

/// The explorer's one state transition: a pure function of the state and an event.
public func update(_ state: AppState, _ event: Event) -> AppState {
    var state = state
    state.apply(event)
    return state
}

extension AppState {
    var isResultsOverlay: Bool {
        if case .results = overlay { return true }
        return false
    }

    /// Whether the current pane has a list beside its detail view.
    public var hasList: Bool { !content.list(pane).isEmpty }

    public var screen: ScreenLayout { screen(for: pane) }

    /// The geometry of `pane` at the current size; asked for on every key and every frame.
    func screen(for pane: Pane) -> ScreenLayout {
        layoutCache.screen(LayoutCache.ScreenKey(size: size, pane: pane, language: language)) {
            ScreenLayout(size: size, pane: pane, listTitles: content.list(pane).map(\.title))
        }
    }

    /// The current pane's document, laid out for the current size.
    public var document: Document {
        let width = screen.detail.width
        return layoutCache.document(documentKey) { content.document(pane, selection: position.selection, width: width) }
    }

    /// What the current document's layout depends on.
    var documentKey: LayoutCache.Key {
        documentKey(for: pane)
    }

    /// The first row of the list shown, derived so that the selection is always visible.
    public var listTop: Int {
        let height = max(1, screen.list.height)
        return max(0, position.selection - height + 1)
    }

    public mutating func apply(_ event: Event) {
        switch event {
        case .idle:
            doIdleWork()
            return
        case .searchIndexReady(let prepared):
            if searchIndex == nil { searchIndex = prepared.index }
            return
        default:
            break
        }
        needsFullRedraw = false
        if case .key = event { notice = nil }
        switch event {
        case .interrupt:
            shouldQuit = true
        case .idle, .searchIndexReady:
            break
        case .resize(let newSize):
            size = Size(width: max(0, newSize.width), height: max(0, newSize.height))
            keepCursorVisible()
        case .mouse(let mouse):
            handleMouse(mouse)
        case .key(let key):
            if let overlay {
                handleOverlayKey(key, overlay)
            } else {
                handleKey(key)
            }
        }
    }

    // MARK: Keys

    mutating func handleKey(_ key: Key) {
        switch key {
        case .character("q"):
            shouldQuit = true
        case .character(let c) where ("1"..."6").contains(c):
            let index = Int(String(c))! - 1
            switchPane(to: Pane.allCases[index])
        case .tab:
            switchPane(to: Pane.allCases[(Pane.allCases.firstIndex(of: pane)! + 1) % Pane.allCases.count])
        case .backTab:
            switchPane(to: Pane.allCases[(Pane.allCases.firstIndex(of: pane)! + Pane.allCases.count - 1) % Pane.allCases.count])
        case .down, .character("j"):
            move(by: 1)
        case .up, .character("k"):
            move(by: -1)
        case .left, .character("h"):
            if hasList { position.focus = .list }
        case .right, .character("l"):
            if hasList { focusDetail() }
        case .pageDown, .character(" "), .control("f"):
            page(by: 1)
        case .pageUp, .character("b"), .control("b"):
            page(by: -1)
        case .home, .character("g"):
            jumpToEnd(top: true)
        case .end, .character("G"):
            jumpToEnd(top: false)
        case .enter:
            open()
        case .escape, .backspace:
            goBack()
        case .character("s"):
            showSource()
        case .character("L"):
            cycleLanguage()
        case .character("?"):
            overlay = .help(scroll: 0)
        case .character("c"):
            if pane == .zones { overlay = .compare(scroll: 0) } else { notice = "c compares the zones: press 3 first" }
        case .character("/"):
            startSearch()
        case .character("n"):
            stepSearch(by: 1)
        case .character("N"):
            stepSearch(by: -1)
        case .control("l"):
            needsFullRedraw = true
        default:
            break
        }
    }

    mutating func handleOverlayKey(_ key: Key, _ current: Overlay) {
        switch current {
        case .help(let scroll), .compare(let scroll):
            let isHelp: Bool = { if case .help = current { return true } else { return false } }()
            var next = scroll
            switch key {
            case .escape, .backspace, .character("q"), .enter: overlay = nil; return
            case .character("?") where isHelp: overlay = nil; return
            case .character("c") where !isHelp: overlay = nil; return
            case .down, .character("j"): next += 1
            case .up, .character("k"): next -= 1
            case .pageDown, .character(" "): next += max(1, screen.body.height - 3)
            case .pageUp, .character("b"): next -= max(1, screen.body.height - 3)
            case .home, .character("g"): next = 0
            case .end, .character("G"): next = Int.max / 2
            case .control("l"): needsFullRedraw = true
            default: break
            }
            next = max(0, min(next, overlayMaxScroll(current)))
            overlay = isHelp ? .help(scroll: next) : .compare(scroll: next)
        case .searchPrompt:
            handlePromptKey(key)
        case .results(let selection):
            handleResultsKey(key, selection: selection)
        }
    }

    /// How far an overlay can scroll: until its last line reaches the bottom of its area.
    func overlayMaxScroll(_ overlay: Overlay) -> Int {
        switch overlay {
        case .help:
            let count = HelpOverlay.lines(glyphs: glyphs).count
            return max(0, count - max(1, min(screen.body.height, count + 2) - 2))
        case .compare:
            let count = CompareView(report: report, language: language, glyphs: glyphs).lines(width: screen.body.width - 2).count
            return max(0, count - max(1, screen.body.height))
        case .searchPrompt, .results:
            return 0
        }
    }

    // MARK: Moving

    mutating func switchPane(to newPane: Pane) {
        guard newPane != pane else { return }
        remember()
        pane = newPane
        keepCursorVisible()
    }

    /// Pushes the current place on the back history.
    mutating func remember() {
        history.append(location)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    }

    mutating func goBack() {
        guard let last = history.popLast() else {
            if hasList, position.focus == .detail {
                position.focus = .list
            } else {
                notice = "Nothing to go back to"
            }
            return
        }
        pane = last.pane
        position = last.position
        highlight = last.highlight
        keepCursorVisible()
    }

    var detailHasFocus: Bool { !hasList || position.focus == .detail }

    mutating func focusDetail() {
        position.focus = .detail
        let doc = document
        if !doc.items.indices.contains(position.cursor) || !doc.items[position.cursor].isSelectable {
            position.cursor = doc.selectable(near: position.cursor) ?? 0
        }
        keepCursorVisible()
    }

    mutating func move(by delta: Int) {
        if !detailHasFocus {
            let count = content.list(pane).count
            guard count > 0 else { return }
            let next = max(0, min(count - 1, position.selection + delta))
            if next != position.selection {
                position.selection = next
                position.cursor = 0
                position.scroll = 0
            }
            return
        }
        let doc = document
        let height = max(1, screen.detail.height)
        let current = doc.lines(of: position.cursor)
        // An item taller than the view scrolls a line at a time until its far end shows.
        if delta > 0, current.upperBound > position.scroll + height, position.scroll + height < doc.lineCount {
            position.scroll += 1
            return
        }
        if delta < 0, current.lowerBound < position.scroll {
            position.scroll -= 1
            return
        }
        let selectable = doc.selectable
        guard !selectable.isEmpty else {
            position.scroll = max(0, min(position.scroll + delta, doc.lineCount - height))
            return
        }
        let next = delta > 0 ? selectable.first { $0 > position.cursor } : selectable.last { $0 < position.cursor }
        if let next {
            position.cursor = next
            keepCursorVisible()
        } else {
            // At either end, show the rest of the document (a trailing blank, a leading heading).
            position.scroll = delta > 0 ? max(0, doc.lineCount - height) : 0
            keepCursorVisible()
        }
    }

    mutating func page(by direction: Int) {
        if !detailHasFocus { focusDetail() }
        let doc = document
        let height = max(1, screen.detail.height)
        let maxScroll = max(0, doc.lineCount - height)
        position.scroll = max(0, min(maxScroll, position.scroll + direction * max(1, height - 1)))
        let visible = position.scroll..<(position.scroll + height)
        let candidates = doc.selectable.filter { visible.contains(doc.lines(of: $0).lowerBound) }
        if direction > 0, position.scroll == maxScroll, let last = doc.selectable.last {
            position.cursor = last
        } else if let first = direction > 0 ? candidates.first : (position.scroll == 0 ? doc.selectable.first : candidates.first) {
            position.cursor = first
        }
    }

    mutating func jumpToEnd(top: Bool) {
        if !detailHasFocus {
            let count = content.list(pane).count
            position.selection = top ? 0 : max(0, count - 1)
            position.cursor = 0
            position.scroll = 0
            return
        }
        let doc = document
        if top {
            position.cursor = doc.selectable.first ?? 0
            position.scroll = 0
        } else {
            position.cursor = doc.selectable.last ?? 0
            position.scroll = max(0, doc.lineCount - max(1, screen.detail.height))
        }
        keepCursorVisible()
    }

    /// Keeps the cursor's item on screen and the scroll within the document.
    mutating func keepCursorVisible() {
        guard !screen.isTooSmall else { return }
        let doc = document
        let height = max(1, screen.detail.height)
        if !doc.items.indices.contains(position.cursor) { position.cursor = doc.selectable(near: 0) ?? 0 }
        let range = doc.lines(of: position.cursor)
        if range.lowerBound < position.scroll {
            position.scroll = range.lowerBound
        } else if range.upperBound > position.scroll + height {
            position.scroll = max(range.lowerBound <= position.scroll ? position.scroll : 0, min(range.lowerBound, range.upperBound - height))
        }
        position.scroll = max(0, min(position.scroll, doc.lineCount - height))
    }

    // MARK: Jumps

    mutating func open() {
        if !detailHasFocus {
            focusDetail()
            return
        }
        let doc = document
        guard doc.items.indices.contains(position.cursor), let target = doc.items[position.cursor].target else {
            notice = "Nothing to open here"
            return
        }
        let quote = pane == .source ? nil : doc.items[position.cursor].quote
        let paragraph = pane == .source ? doc.items[position.cursor].source?.paragraph : nil
        go(to: target, paragraph: paragraph, quote: quote)
    }

    /// Goes to a target, putting the cursor on the item that quotes `quote` or cites `paragraph`.
    public mutating func go(to target: Target, paragraph: Int? = nil, quote: String? = nil) {
        remember()
        let place = content.location(of: target)
        pane = place.pane
        var position = PanePosition(selection: place.selection, cursor: 0, scroll: 0, focus: .detail)
        self.position = position
        let doc = document
        var cursor: Int?
        if let quote { cursor = doc.items.firstIndex { $0.quote == quote } }
        if cursor == nil, let paragraph { cursor = doc.items.firstIndex { $0.source?.paragraph == paragraph && $0.isSelectable } }
        if cursor == nil, case .paragraph(let number) = target { cursor = doc.items.firstIndex { $0.source?.paragraph == number } }
        position.cursor = cursor ?? doc.selectable.first ?? 0
        // Like a search in less: the item lands at the top of the view, not at its bottom edge.
        position.scroll = max(0, min(doc.lines(of: position.cursor).lowerBound, doc.lineCount - max(1, screen.detail.height)))
        self.position = position
        keepCursorVisible()
    }

    mutating func showSource() {
        guard pane != .source else { return }
        let doc = document
        var source: SourceRef?
        if detailHasFocus, doc.items.indices.contains(position.cursor) { source = doc.items[position.cursor].source }
        if source == nil { source = doc.items.first { $0.source != nil }?.source }
        guard let source else {
            notice = "No source for this item"
            return
        }
        go(to: .paragraph(source.paragraph))
        highlight = source
    }

    mutating func cycleLanguage() {
        switch language {
        case .zh: language = .en
        case .en: language = .both
        case .both: language = .zh
        }
        keepCursorVisible()
        notice = "Language: " + (language == .zh ? "中文" : language == .en ? "English" : "中文 + English")
    }

    // MARK: Mouse

    mutating func handleMouse(_ mouse: MouseEvent) {
        guard options.mouse, !screen.isTooSmall else { return }
        let screen = self.screen
        switch mouse.kind {
        case .press:
            if overlay != nil {
                overlay = nil
                return
            }
            if screen.tabs.contains(x: mouse.x, y: mouse.y) {
                if let hit = TabBar(language: language).layout(width: size.width).first(where: { $0.range.contains(mouse.x) }) {
                    switchPane(to: hit.pane)
                }
            } else if screen.list.contains(x: mouse.x, y: mouse.y) {
                let row = listTop + mouse.y - screen.list.y
                if row < content.list(pane).count {
                    if row != position.selection {
                        position.selection = row
                        position.cursor = 0
                        position.scroll = 0
                    }
                    position.focus = .list
                }
            } else if screen.detail.contains(x: mouse.x, y: mouse.y) || screen.body.contains(x: mouse.x, y: mouse.y) && !hasList {
                let doc = document
                if let item = doc.item(atLine: position.scroll + mouse.y - screen.detail.y), doc.items[item].isSelectable {
                    position.focus = .detail
                    position.cursor = item
                }
            }
        case .wheelUp, .wheelDown:
            let delta = mouse.kind == .wheelDown ? 1 : -1
            if case .help(let scroll) = overlay {
                overlay = .help(scroll: max(0, min(scroll + 3 * delta, overlayMaxScroll(.help(scroll: 0)))))
            } else if case .compare(let scroll) = overlay {
                overlay = .compare(scroll: max(0, min(scroll + 3 * delta, overlayMaxScroll(.compare(scroll: 0)))))
            } else if screen.list.contains(x: mouse.x, y: mouse.y) {
                let count = content.list(pane).count
                position.selection = max(0, min(count - 1, position.selection + delta))
                position.cursor = 0
                position.scroll = 0
            } else {
                scrollView(by: 3 * delta)
            }
        }
    }

    /// Scrolls the detail view without a jump, taking the cursor along when it leaves the view.
    mutating func scrollView(by lines: Int) {
        let doc = document
        let height = max(1, screen.detail.height)
        position.scroll = max(0, min(position.scroll + lines, doc.lineCount - height))
        let visible = position.scroll..<(position.scroll + height)
        let range = doc.lines(of: position.cursor)
        if !visible.overlaps(range) {
            let inView = doc.selectable.filter { visible.overlaps(doc.lines(of: $0)) }
            if let pick = lines > 0 ? inView.first : inView.last { position.cursor = pick }
        }
    }
}
