import Testing
import ZonesCore
@testable import ZonesUI

extension AppState {
    /// Types text into whatever has the keyboard, one character (one key) at a time.
    func typing(_ text: String) -> AppState {
        text.reduce(self) { update($0, .key(.character($1))) }
    }

    func pressing(_ keys: Key...) -> AppState {
        keys.reduce(self) { update($0, .key($1)) }
    }
}

@Suite("Searching in the explorer")
struct SearchUITests {
    let start = UIFixtures.state()

    @Test("/ opens the prompt; Chinese typed arrives as whole characters and searches on every key")
    func typingChinese() throws {
        let one = start.after(keys: "/").typing("积")
        #expect(one.overlay == .searchPrompt)
        #expect(one.search?.line == "积")
        let two = one.typing("分")
        #expect(two.search?.line == "积分")
        #expect(two.search?.hits.count == SearchIndex(report: UIFixtures.report).search("积分").count)
        #expect(two.search?.hits.isEmpty == false)
        let frame = render(two, two.size)
        #expect(frame.text(row: two.size.height - 1).hasPrefix("/积分"))
        #expect(frame.text(row: two.size.height - 1).contains("[1/"))
        // The caret stands after the two wide characters.
        #expect(frame.cursor == Frame.Point(x: 5, y: two.size.height - 1))
    }

    @Test("Backspace deletes one character, not one byte; on an empty line it closes the prompt")
    func backspace() {
        let state = start.after(keys: "/").typing("保税监管")
        let less = state.pressing(.backspace)
        #expect(less.search?.line == "保税监")
        let empty = less.pressing(.backspace, .backspace, .backspace)
        #expect(empty.search?.line == "")
        #expect(empty.pressing(.backspace).overlay == nil)
    }

    @Test("←, →, Home, End, Ctrl-U and Ctrl-W edit the line")
    func editing() {
        let typed = start.after(keys: "/").typing("张江 20%")
        #expect(typed.pressing(.left, .left, .left).typing("x").search?.line == "张江 x20%")
        #expect(typed.pressing(.home).typing("上海").search?.line == "上海张江 20%")
        #expect(typed.pressing(.home, .end).typing("!").search?.line == "张江 20%!")
        #expect(typed.pressing(.control("w")).search?.line == "张江 ")
        #expect(typed.pressing(.left, .control("u")).search?.line == "%")
        #expect(typed.pressing(.home, .delete).search?.line == "江 20%")
    }

    @Test("the view follows the best hit as you type; Esc returns to where you were")
    func escapeReturns() {
        let before = start.after(keys: "2j")
        let searching = before.after(keys: "/").typing("翟金国")
        #expect(searching.pane == .people)
        let cancelled = searching.pressing(.escape)
        #expect(cancelled.pane == .statistics)
        #expect(cancelled.position == before.position)
        #expect(cancelled.search == nil && cancelled.overlay == nil)
    }

    @Test("Enter keeps the hit, records the query, and Esc afterwards goes back to the start")
    func enterAccepts() {
        let accepted = start.after(keys: "/").typing("changzhutan").pressing(.enter)
        #expect(accepted.overlay == nil)
        #expect(accepted.pane == .zones)
        #expect(accepted.searchHistory == ["changzhutan"])
        #expect(accepted.pressing(.escape).pane == .overview)
        let screen = render(accepted, accepted.size).text
        #expect(screen.contains("n/N"))
    }

    @Test("n and N step through the hits across panes and say when they wrap")
    func nextAndPrevious() throws {
        let accepted = start.after(keys: "/").typing("积分").pressing(.enter)
        let count = try #require(accepted.search?.hits.count)
        var state = accepted
        var panes: Set<Pane> = []
        for _ in 0..<count {
            state = state.after(keys: "n")
            panes.insert(state.pane)
        }
        #expect(panes.count >= 2)
        #expect(state.search?.current == accepted.search?.current)
        var atStart = accepted
        while atStart.search!.current > 0 { atStart = atStart.after(keys: "N") }
        #expect(atStart.after(keys: "N").notice == "Search hit TOP, continuing at BOTTOM")
        var atEnd = accepted
        while atEnd.search!.current < count - 1 { atEnd = atEnd.after(keys: "n") }
        #expect(atEnd.after(keys: "n").notice == "Search hit BOTTOM, continuing at TOP")
        #expect(atEnd.after(keys: "n").search?.current == 0)
    }

    @Test("n without a search says how to start one")
    func nWithoutSearch() {
        #expect(start.after(keys: "n").notice == "No previous search: press / to search")
    }

    @Test("every match on screen is marked, including one a line break splits")
    func highlighting() {
        let state = start.after(keys: "/").typing("翟金国").pressing(.enter)
        let frame = render(state, state.size)
        let marked = frame.cells.filter { $0.role == .match }.map(\.character).joined()
        #expect(marked.contains("翟金国"))
        // At 40 columns the Zhangjiang paragraph of the original breaks inside matches.
        let narrow = UIFixtures.state(Size(width: 44, height: 20)).after(keys: "6").after(keys: "/").typing("保税监管").pressing(.enter)
        let cells = render(narrow, narrow.size).cells.filter { $0.role == .match }.map(\.character).joined()
        #expect(cells.filter { "保税监管".contains($0) }.count >= 4)
    }

    @Test("Tab lists every hit grouped by pane; Enter there opens the hit")
    func resultsList() throws {
        let prompt = start.after(keys: "/").typing("吴家喜")
        let list = prompt.pressing(.tab)
        guard case .results(let selection) = list.overlay else { Issue.record("no results list"); return }
        let text = render(list, list.size).text
        #expect(text.contains("People 嘉宾 (1)"))
        #expect(text.contains("Source 原文"))
        let hits = try #require(list.search?.hits)
        let last = list.pressing(.end)
        #expect(last.overlay == .results(selection: hits.count - 1))
        let opened = last.pressing(.enter)
        #expect(opened.overlay == nil)
        #expect(opened.pane == hits[hits.count - 1].pane)
        #expect(selection == list.search?.current)
        #expect(list.pressing(.escape).overlay == .searchPrompt)
    }

    @Test("↑ and ↓ in the prompt recall earlier queries")
    func historyRecall() {
        var state = start
        state.searchHistory = ["张江", "积分", "zgc"]
        let prompt = state.after(keys: "/")
        #expect(prompt.pressing(.up).search?.line == "zgc")
        #expect(prompt.pressing(.up, .up).search?.line == "积分")
        #expect(prompt.pressing(.up, .up, .up, .up).search?.line == "张江")
        #expect(prompt.pressing(.up, .down).search?.line == "")
        #expect(prompt.pressing(.up, .up).search?.hits.isEmpty == false)
    }

    @Test("the history is bounded and keeps one copy of each query, newest last")
    func historyBounded() {
        var state = start
        for i in 0..<(AppState.searchHistoryLimit + 10) {
            state = state.after(keys: "/").typing("q\(i)").pressing(.enter)
        }
        state = state.after(keys: "/").typing("q50").pressing(.enter)
        #expect(state.searchHistory.count == AppState.searchHistoryLimit)
        #expect(state.searchHistory.last == "q50")
        #expect(state.searchHistory.filter { $0 == "q50" }.count == 1)
    }
}
