import Testing
import ZonesCore
@testable import ZonesUI

@Suite("Navigation")
struct NavigationTests {
    let start = UIFixtures.state()

    @Test("number keys and Tab switch panes, Shift-Tab goes back round")
    func paneKeys() {
        #expect(start.after(keys: "3").pane == .zones)
        #expect(start.after(keys: "6").pane == .source)
        #expect(start.after(.key(.tab)).pane == .statistics)
        #expect(start.after(.key(.backTab)).pane == .source)
        #expect(start.after(keys: "6").after(.key(.tab)).pane == .overview)
    }

    @Test("j and k move the list selection within bounds")
    func listMoves() {
        let zones = start.after(keys: "3")
        #expect(zones.after(keys: "jj").position.selection == 2)
        #expect(zones.after(keys: "jjjjjjjjj").position.selection == 4)
        #expect(zones.after(keys: "k").position.selection == 0)
        #expect(zones.after(keys: "G").position.selection == 4)
        #expect(zones.after(keys: "jjg").position.selection == 0)
    }

    @Test("l and h move focus between list and detail; Enter on the list opens the detail")
    func focus() {
        let zones = start.after(keys: "3")
        #expect(zones.position.focus == .list)
        #expect(zones.after(keys: "l").position.focus == .detail)
        #expect(zones.after(keys: "lh").position.focus == .list)
        #expect(zones.after(.key(.enter)).position.focus == .detail)
        #expect(zones.after(.key(.right), .key(.left)).position.focus == .list)
    }

    @Test("in the detail, j moves the cursor to the next item and keeps it on screen")
    func detailCursor() {
        var state = start.after(keys: "3l")
        let document = state.document
        var last = state.position.cursor
        for _ in 0..<40 {
            state = state.after(keys: "j")
            #expect(state.position.cursor >= last)
            last = state.position.cursor
            let lines = document.lines(of: state.position.cursor)
            let height = state.screen.detail.height
            #expect(lines.lowerBound >= state.position.scroll || lines.count > height)
            #expect(state.position.scroll >= 0 && state.position.scroll <= max(0, document.lineCount - height))
        }
        #expect(state.position.cursor == document.selectable.last)
    }

    @Test("page down and up scroll by a screen, G and g go to the ends")
    func paging() {
        let source = start.after(keys: "6")
        let height = source.screen.detail.height
        let paged = source.after(.key(.pageDown))
        #expect(paged.position.scroll == height - 1)
        #expect(paged.after(.key(.pageUp)).position.scroll == 0)
        #expect(source.after(keys: " ").position.scroll == height - 1)
        let bottom = source.after(keys: "G")
        #expect(bottom.position.scroll == bottom.document.lineCount - height)
        #expect(bottom.after(keys: "g").position.scroll == 0)
        #expect(bottom.after(.key(.home)).position.cursor == source.document.selectable.first)
    }

    @Test("Esc goes back through the history like a browser")
    func history() {
        let state = start.after(keys: "3jl")
        let jumped = state.after(keys: "5")
        #expect(jumped.pane == .people)
        let back = jumped.after(.key(.escape))
        #expect(back.pane == .zones)
        #expect(back.position.selection == 1)
        #expect(back.position.focus == .detail)
        #expect(back.after(.key(.backspace)).pane == .overview)
        #expect(back.after(.key(.backspace), .key(.escape)).notice == "Nothing to go back to")
    }

    @Test("s opens the item's paragraph in the original, highlighted, and Esc comes back")
    func sourceOfItem() throws {
        // Zhangjiang: its detail starts with the zone's name, which stands in paragraph 9.
        let state = start.after(keys: "3jl")
        let shown = state.after(keys: "s")
        #expect(shown.pane == .source)
        #expect(shown.highlight?.paragraph == 9)
        let item = try #require(shown.document.items[safe: shown.position.cursor])
        #expect(item.source?.paragraph == 9)
        #expect(shown.document.lines(of: shown.position.cursor).lowerBound == shown.position.scroll, "the paragraph should open at the top of the view")
        let screen = shown.screenText
        #expect(screen.contains("张江国家自主创新示范区"))
        let back = shown.after(.key(.escape))
        #expect(back.pane == .zones && back.position.selection == 1)
    }

    @Test("Enter on a paragraph of the original goes to the item that cites it")
    func citedBy() {
        var state = start.after(keys: "6")
        while state.document.items[state.position.cursor].source?.paragraph != 11 {
            state = state.after(keys: "j")
        }
        let opened = state.after(.key(.enter))
        #expect(opened.pane == .zones)
        #expect(opened.content.list(.zones)[opened.position.selection].target == .zone("changzhutan"))
        #expect(opened.document.items[opened.position.cursor].source?.paragraph == 11)
    }

    @Test("Enter on what a person said jumps to it in its pane")
    func personToStatement() {
        var state = start.after(keys: "5")
        // 吴家喜 (wu-jiaxi) spoke under two priorities.
        state = state.after(keys: "jjjjjjjj")
        #expect(state.content.list(.people)[state.position.selection].target == .person("wu-jiaxi"))
        state = state.after(keys: "l")
        while state.document.items[state.position.cursor].target == nil, state.position.cursor < state.document.items.count - 1 {
            state = state.after(keys: "j")
        }
        let opened = state.after(.key(.enter))
        #expect(opened.pane == .priorities)
        #expect(opened.content.list(.priorities)[opened.position.selection].target == .priority("national-strategy"))
    }

    @Test("L cycles the language and keeps the cursor on the same item")
    func language() {
        let state = start.after(keys: "3ljjj")
        let cursor = state.position.cursor
        let zh = state.after(keys: "L")
        #expect(zh.language == .zh)
        #expect(zh.position.cursor == cursor)
        #expect(zh.after(keys: "L").language == .en)
        #expect(zh.after(keys: "LL").language == .both)
    }

    @Test("q quits, and so does an interrupt")
    func quitting() {
        #expect(start.after(keys: "q").shouldQuit)
        #expect(start.after(.interrupt).shouldQuit)
        #expect(!start.after(keys: "?q").shouldQuit)
    }

    @Test("? opens help, which scrolls and closes with Esc or ?")
    func help() {
        let help = start.after(keys: "?")
        #expect(help.overlay == .help(scroll: 0))
        #expect(help.after(keys: "j").overlay == .help(scroll: 1))
        #expect(help.after(keys: "?").overlay == nil)
        #expect(help.after(.key(.escape)).overlay == nil)
        #expect(help.screenText.contains("Tab / Shift-Tab"))
        #expect(help.after(keys: "G").screenText.contains("Ctrl-L"))
    }

    @Test("c compares the five zones, only on the Zones pane")
    func compare() {
        let compared = start.after(keys: "3c")
        #expect(compared.overlay == .compare(scroll: 0))
        let text = compared.screenText
        for name in ["中关村", "张江", "杭州", "长株潭", "成都"] { #expect(text.contains(name)) }
        #expect(start.after(keys: "c").overlay == nil)
        #expect(compared.after(keys: "c").overlay == nil)
    }

    @Test("Ctrl-L asks for a full repaint once")
    func redraw() {
        #expect(start.after(.key(.control("l"))).needsFullRedraw)
        #expect(!start.after(.key(.control("l")), .key(.character("j"))).needsFullRedraw)
    }
}

@Suite("Mouse")
struct MouseTests {
    let start = UIFixtures.state()

    @Test("clicking a tab switches to its pane")
    func tabClick() {
        let tabs = TabBar(language: start.language).layout(width: 80)
        for tab in tabs {
            #expect(start.after(.mouse(MouseEvent(.press, x: tab.range.lowerBound + 1, y: 0))).pane == tab.pane)
        }
    }

    @Test("clicking a list row selects it; the wheel scrolls the pane under the pointer")
    func listAndWheel() {
        let zones = start.after(keys: "3")
        let list = zones.screen.list
        #expect(zones.after(.mouse(MouseEvent(.press, x: 2, y: list.y + 3))).position.selection == 3)
        let source = start.after(keys: "6")
        let scrolled = source.after(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
        #expect(scrolled.position.scroll == 3)
        #expect(scrolled.after(.mouse(MouseEvent(.wheelUp, x: 10, y: 10))).position.scroll == 0)
    }

    @Test("with the mouse off, clicks do nothing")
    func mouseOff() {
        var state = start
        state.options.mouse = false
        #expect(state.after(.mouse(MouseEvent(.press, x: 30, y: 0))).pane == .overview)
    }
}

@Suite("Sizes")
struct SizeTests {
    @Test("below 40×12 the screen says the size needed and the size had")
    func tooSmall() {
        let state = UIFixtures.state(Size(width: 39, height: 20))
        let text = state.screenText
        #expect(text.contains("need 40×12"))
        #expect(text.contains("have 39×20"))
    }

    @Test("any size down to 1×1 renders without trapping, every pane, every overlay")
    func tinySizes() {
        for width in [0, 1, 2, 5, 39, 40, 41, 80, 300] {
            for height in [0, 1, 2, 11, 12, 13, 100] {
                let size = Size(width: width, height: height)
                for keys in ["1", "2", "3l", "4", "5", "6", "?", "3c", "/"] {
                    let state = UIFixtures.state(size).after(keys: keys).after(.resize(size))
                    let frame = render(state, size)
                    #expect(frame.size == size)
                }
            }
        }
    }

    @Test("a resize keeps the cursor on screen and the scroll in range")
    func resize() {
        let state = UIFixtures.state(Size(width: 120, height: 40)).after(keys: "6G")
        let small = state.after(.resize(Size(width: 50, height: 14)))
        let document = small.document
        #expect(small.position.scroll <= max(0, document.lineCount - small.screen.detail.height))
        #expect(document.lines(of: small.position.cursor).overlaps(small.position.scroll..<(small.position.scroll + small.screen.detail.height)))
    }
}

@Suite("Opening by id")
struct OpenTests {
    @Test("--open takes zones, people, priorities, points, figures and paragraphs", arguments: [
        ("zhangjiang", Pane.zones), ("zhai-jinguo", .people), ("empowerment", .priorities), ("framing", .priorities),
        ("zhangjiang.3", .zones), ("statistics.zones", .statistics), ("p12", .source), ("people", .people),
    ])
    func open(id: String, pane: Pane) {
        var state = UIFixtures.state()
        let opened = state.open(id: id)
        #expect(opened)
        #expect(state.pane == pane)
        #expect(state.history.isEmpty)
    }

    @Test("a point opens with the cursor on that point")
    func point() throws {
        var state = UIFixtures.state()
        let opened = state.open(id: "changzhutan.3")
        #expect(opened)
        let point = try #require(UIFixtures.report.zone("changzhutan")?.statement.points[2])
        #expect(state.document.items[state.position.cursor].quote == point.zh)
    }

    @Test("an unknown id is refused")
    func unknown() {
        var state = UIFixtures.state()
        let opened = state.open(id: "zhangjing")
        #expect(!opened)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
