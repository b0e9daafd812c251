import ZonesCore

extension AppState {
    mutating func startSearch() {
        if searchIndex == nil { searchIndex = SearchIndex(report: report) }
        search = SearchSession(origin: location)
        overlay = .searchPrompt
    }

    /// Editing the prompt line; every change searches again and shows the best hit.
    mutating func handlePromptKey(_ key: Key) {
        guard var session = search else { overlay = nil; return }
        var characters = Array(session.line)
        var caret = min(session.caret, characters.count)
        var edited = true
        switch key {
        case .character(let c):
            characters.insert(c, at: caret)
            caret += 1
        case .backspace:
            if characters.isEmpty { cancelSearch(); return }
            if caret > 0 {
                characters.remove(at: caret - 1)
                caret -= 1
            }
        case .delete, .control("d"):
            if caret < characters.count { characters.remove(at: caret) }
        case .left, .control("b"):
            caret = max(0, caret - 1)
            edited = false
        case .right, .control("f"):
            caret = min(characters.count, caret + 1)
            edited = false
        case .home, .control("a"):
            caret = 0
            edited = false
        case .end, .control("e"):
            caret = characters.count
            edited = false
        case .control("u"):
            characters.removeFirst(caret)
            caret = 0
        case .control("k"):
            characters.removeLast(characters.count - caret)
        case .control("w"):
            var start = caret
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<caret)
            caret = start
        case .up, .down:
            recallHistory(older: key == .up)
            return
        case .enter:
            acceptSearch()
            return
        case .escape, .control("c"), .control("g"):
            cancelSearch()
            return
        case .tab, .control("r"):
            if !session.hits.isEmpty { overlay = .results(selection: session.current) }
            return
        case .control("n"):
            stepSearch(by: 1)
            return
        case .control("p"):
            stepSearch(by: -1)
            return
        default:
            edited = false
        }
        session.line = String(characters)
        session.caret = caret
        if edited { session.historyIndex = nil }
        search = session
        if edited { runSearch(jump: true) }
    }

    mutating func recallHistory(older: Bool) {
        guard var session = search, !searchHistory.isEmpty else { return }
        let last = searchHistory.count - 1
        let index: Int?
        switch (session.historyIndex, older) {
        case (nil, true): index = last
        case (nil, false): return
        case (let i?, true): index = max(0, i - 1)
        case (let i?, false): index = i < last ? i + 1 : nil
        }
        session.historyIndex = index
        session.line = index.map { searchHistory[$0] } ?? ""
        session.caret = session.line.count
        search = session
        runSearch(jump: true)
    }

    /// Searches for the prompt's line and, with `jump`, shows the best hit (or the place the
    /// search started from when nothing matches).
    mutating func runSearch(jump: Bool) {
        guard var session = search else { return }
        if searchIndex == nil { searchIndex = SearchIndex(report: report) }
        guard let index = searchIndex else { return }
        let ranked = index.search(session.line, snippetWidth: max(20, size.width - 30)).hits
        session.query = index.query(session.line)
        session.hits = SearchSession.readingOrder(ranked)
        session.current = ranked.first.flatMap { best in session.hits.firstIndex(of: best) } ?? 0
        search = session
        guard jump else { return }
        if session.hits.isEmpty {
            restore(session.origin)
        } else {
            show(session.hits[session.current])
        }
    }

    /// Puts the view on a hit without adding to the back history.
    mutating func show(_ hit: SearchHit) {
        let saved = history
        go(to: hit.target, paragraph: hit.paragraph, quote: hit.quote)
        history = saved
        highlight = nil
    }

    mutating func restore(_ place: Location) {
        pane = place.pane
        position = place.position
        highlight = place.highlight
        keepCursorVisible()
    }

    mutating func acceptSearch() {
        overlay = nil
        guard let session = search else { return }
        let line = session.line.trimmingSpaces
        guard !line.isEmpty else {
            search = nil
            return
        }
        searchHistory.removeAll { $0 == line }
        searchHistory.append(line)
        if searchHistory.count > Self.searchHistoryLimit { searchHistory.removeFirst(searchHistory.count - Self.searchHistoryLimit) }
        if session.hits.isEmpty {
            restore(session.origin)
            notice = "Pattern not found: \(line)"
            search = nil
            return
        }
        // Back (Esc) from here returns to where the search began.
        history.append(session.origin)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    }

    mutating func cancelSearch() {
        if let session = search { restore(session.origin) }
        search = nil
        overlay = nil
    }

    /// n and N: the next or previous hit, across panes, wrapping around with a notice.
    mutating func stepSearch(by delta: Int) {
        guard var session = search, !session.hits.isEmpty else {
            notice = "No previous search: press / to search"
            return
        }
        var next = session.current + delta
        if next >= session.hits.count {
            next = 0
            notice = "Search hit BOTTOM, continuing at TOP"
        } else if next < 0 {
            next = session.hits.count - 1
            notice = "Search hit TOP, continuing at BOTTOM"
        }
        session.current = next
        search = session
        show(session.hits[next])
    }

    mutating func handleResultsKey(_ key: Key, selection: Int) {
        guard let session = search, !session.hits.isEmpty else { overlay = .searchPrompt; return }
        let count = session.hits.count
        switch key {
        case .down, .character("j"), .control("n"):
            overlay = .results(selection: min(count - 1, selection + 1))
        case .up, .character("k"), .control("p"):
            overlay = .results(selection: max(0, selection - 1))
        case .pageDown, .character(" "):
            overlay = .results(selection: min(count - 1, selection + max(1, screen.body.height - 2)))
        case .pageUp, .character("b"):
            overlay = .results(selection: max(0, selection - max(1, screen.body.height - 2)))
        case .home, .character("g"):
            overlay = .results(selection: 0)
        case .end, .character("G"):
            overlay = .results(selection: count - 1)
        case .enter:
            var updated = session
            updated.current = selection
            search = updated
            show(session.hits[selection])
            acceptSearch()
        case .escape, .tab, .control("r"), .backspace:
            overlay = .searchPrompt
        case .character("q"):
            cancelSearch()
        default:
            break
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
