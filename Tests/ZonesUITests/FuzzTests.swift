import Foundation
import Testing
import ZonesCore
@testable import ZonesUI

/// Text that has broken terminal programs: wide, ambiguous, zero-width, joined, mirrored and
/// control characters, and words longer than any line.
enum NastyText {
    static let pieces = [
        "张江", "长株潭", "，。、；：？！", "（《「", "」》）", "２０％", "ＡＩ", "“”‘’", "·…—", "①", "ﬁ",
        "👩‍👩‍👧", "☺️", "🇨🇳", "e\u{301}", "\u{301}", "\u{20DD}", "שלום", "مرحبا", "\u{202E}abc\u{202C}", "\u{2066}x\u{2069}",
        "\u{1B}[2J", "\u{1B}]0;title\u{07}", "\u{7}", "\u{0}", "\u{9B}31m", "\u{7F}", "\t", "\n", "\r", "\u{200B}", "\u{FEFF}",
        "\u{0378}", "\u{E000}", String(repeating: "a", count: 120), String(repeating: "国", count: 90), " ", "  ", "x", "Zhāng",
    ]

    static func make(_ random: inout SeededRandom, pieces count: Int) -> String {
        (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
    }
}

extension Frame {
    /// Cells that break the Frame's promises: a continuation without a wide character before
    /// it, a wide character without its continuation, or a control character.
    var brokenCells: [String] {
        var broken: [String] = []
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = self[x, y]
                if cell.isContinuation {
                    if x == 0 || self[x - 1, y].isContinuation || DisplayWidth.of(self[x - 1, y].character) != 2 {
                        broken.append("orphan continuation at \(x),\(y)")
                    }
                } else {
                    let width = DisplayWidth.of(cell.character)
                    if width > 2 { broken.append("'\(cell.character)' is \(width) wide at \(x),\(y)") }
                    if width == 2 && (x + 1 >= size.width || !self[x + 1, y].isContinuation) {
                        broken.append("wide '\(cell.character)' without continuation at \(x),\(y)")
                    }
                    if cell.character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
                        broken.append("control character at \(x),\(y)")
                    }
                }
            }
        }
        return broken
    }
}

@Suite("Fuzzing")
struct FuzzTests {
    @Test("random nasty text into the Frame at random sizes and places keeps every cell sound")
    func frameFuzz() {
        var random = SeededRandom(seed: 1)
        var cases = 0
        for _ in 0..<400 {
            let size = Size(width: Int.random(in: 1...300, using: &random), height: Int.random(in: 1...100, using: &random))
            var frame = Frame(size: size)
            for _ in 0..<8 {
                let text = NastyText.make(&random, pieces: Int.random(in: 1...12, using: &random))
                let clip = Rect(x: Int.random(in: -5...size.width, using: &random), y: Int.random(in: -5...size.height, using: &random),
                                width: Int.random(in: 0...size.width + 5, using: &random), height: Int.random(in: 0...size.height + 5, using: &random))
                frame.put(text, x: Int.random(in: -10...size.width + 2, using: &random), y: Int.random(in: -2...size.height + 1, using: &random),
                          role: .normal, clip: Bool.random(using: &random) ? clip : nil)
                cases += 1
            }
            #expect(frame.cells.count == size.width * size.height)
            let broken = frame.brokenCells
            #expect(broken.isEmpty, "\(size): \(broken.prefix(3))")
        }
        #expect(cases == 3200)
    }

    @Test("random nasty text wraps to lines no wider than asked")
    func wrapFuzz() {
        var random = SeededRandom(seed: 2)
        for _ in 0..<1000 {
            let text = Sanitizer.clean(NastyText.make(&random, pieces: Int.random(in: 1...30, using: &random)))
            let width = Int.random(in: 2...120, using: &random)
            for line in LineBreaker.wrap(text, width: width) {
                #expect(DisplayWidth.of(line) <= width || line.count == 1, "'\(line)' at \(width)")
            }
        }
    }

    @Test("thousands of random keys, clicks and resizes keep the state in range and render")
    func eventFuzz() {
        let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab, .delete,
                           .control("l"), .control("u"), .control("w"), .control("r"), .control("n"), .control("p")]
            + "123456jkhlgGsLc?/nN bq张江z%\"".map { Key.character($0) }
        for seed in UInt64(10)..<UInt64(14) {
            var random = SeededRandom(seed: seed)
            var state = UIFixtures.state(Size(width: 80, height: 24))
            for step in 0..<1500 {
                let event: Event
                switch Int.random(in: 0..<20, using: &random) {
                case 0: event = .resize(Size(width: Int.random(in: 1...250, using: &random), height: Int.random(in: 1...80, using: &random)))
                case 1, 2: event = .mouse(MouseEvent([.press, .wheelUp, .wheelDown].randomElement(using: &random)!,
                                                      x: Int.random(in: -2...state.size.width + 2, using: &random),
                                                      y: Int.random(in: -2...state.size.height + 2, using: &random)))
                default: event = .key(keys.randomElement(using: &random)!)
                }
                state = update(state, event)
                if state.shouldQuit { state.shouldQuit = false }
                let list = state.content.list(state.pane)
                #expect(list.isEmpty || list.indices.contains(state.position.selection), "seed \(seed) step \(step): selection")
                if !state.screen.isTooSmall {
                    let document = state.document
                    #expect(document.items.isEmpty || document.items.indices.contains(state.position.cursor), "seed \(seed) step \(step): cursor")
                    #expect(state.position.scroll >= 0 && state.position.scroll <= max(0, document.lineCount - state.screen.detail.height),
                            "seed \(seed) step \(step): scroll \(state.position.scroll)")
                }
                #expect(state.history.count <= AppState.historyLimit)
                if case .results(let selection) = state.overlay {
                    #expect(state.search.map { $0.hits.indices.contains(selection) } == true)
                }
                if step % 50 == 0 {
                    let frame = render(state, state.size)
                    #expect(frame.brokenCells.isEmpty)
                }
            }
        }
    }

    @Test("random and extreme queries never trap")
    func searchFuzz() {
        let index = SearchIndex(report: UIFixtures.report)
        var random = SeededRandom(seed: 3)
        var queries = ["", " ", "     ", "\u{301}", "\u{301}\u{301}", "，。！", "\"", "\"\"", "\"张江", String(repeating: "张", count: 10_000),
                       String(repeating: "a ", count: 5_000), String(repeating: "zh", count: 5_000), "\u{0}", "\u{1B}[2J", "👩‍👩‍👧"]
        for _ in 0..<300 { queries.append(NastyText.make(&random, pieces: Int.random(in: 1...6, using: &random))) }
        for query in queries {
            let result = index.search(query)
            #expect(result.count == result.hits.count)
            for hit in result.hits { #expect(hit.match.upperBound <= hit.snippet.count) }
        }
    }

    @Test("a dataset full of nasty text renders soundly in every pane, overlay and size")
    func hostileReportInEveryPane() {
        var random = SeededRandom(seed: 6)
        var report = UIFixtures.report
        func nasty() -> String { NastyText.make(&random, pieces: Int.random(in: 1...8, using: &random)) }
        for i in report.zones.indices {
            report.zones[i].shortName.en = nasty()
            report.zones[i].name.zh = nasty()
            report.zones[i].headline.en = nasty()
            for j in report.zones[i].statement.points.indices { report.zones[i].statement.points[j].en = nasty() }
        }
        for i in report.people.indices {
            report.people[i].name.zh = nasty()
            report.people[i].name.en = nasty()
            report.people[i].title.zh = nasty()
        }
        for i in report.priorities.items.indices { report.priorities.items[i].title.zh = nasty() }
        for i in report.source.paragraphs.indices { report.source.paragraphs[i].segments[0].zh = nasty() }
        report.overview.title.en = nasty()
        var frames = 0
        for _ in 0..<40 {
            let size = Size(width: Int.random(in: 1...300, using: &random), height: Int.random(in: 1...100, using: &random))
            for language in Language.allCases {
                for keys in ["1", "2", "3l", "3c", "4", "5", "6", "?", "/z"] {
                    var state = AppState(report: report, size: size, language: language)
                    state = keys.reduce(state) { update($0, .key(.character($1))) }
                    let frame = render(state, size)
                    frames += 1
                    #expect(frame.brokenCells.isEmpty, "\(size) \(language) \(keys): \(frame.brokenCells.prefix(2))")
                }
            }
        }
        #expect(frames == 40 * 3 * 9)
    }
}
