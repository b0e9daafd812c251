import Testing
import ZonesCore
@testable import ZonesUI

@Suite("Work done while the reader is idle")
struct IdleWorkTests {
    /// Idle steps until none is left, with a bound so that a step that does nothing fails.
    func settled(_ state: AppState) -> (AppState, steps: Int) {
        var state = state
        var steps = 0
        while state.hasIdleWork && steps < 50 {
            state = update(state, .idle)
            steps += 1
        }
        return (state, steps)
    }

    @Test("idle steps lay out every pane at every list row, one document a step, then there is nothing left")
    func laysOutEveryPane() {
        let (state, steps) = settled(UIFixtures.state())
        let rows = Pane.allCases.map { max(1, state.content.list($0).count) }
        #expect(Pane.allCases.map(state.content.listCount) == Pane.allCases.map { state.content.list($0).count })
        #expect(steps == rows.reduce(0, +))
        #expect(!state.hasIdleWork)
        for (pane, count) in zip(Pane.allCases, rows) {
            for row in 0..<count {
                #expect(state.layoutCache.contains(state.documentKey(for: pane, row: row)), "\(pane) row \(row)")
            }
        }
    }

    @Test("with more list rows than the cache holds, only each pane's current row is laid out ahead")
    func boundedByTheCache() {
        var big = UIFixtures.report
        big.zones = (0..<20).flatMap { copy in
            UIFixtures.report.zones.map { zone in
                var zone = zone
                zone.id += "-\(copy)"
                return zone
            }
        }
        var state = AppState(report: big, size: Size(width: 80, height: 24), language: .both)
        var steps = 0
        while state.hasIdleWork && steps < 500 {
            state = update(state, .idle)
            steps += 1
        }
        #expect(steps == Pane.allCases.count)
    }

    @Test("a pane laid out ahead of time draws exactly as one laid out on demand")
    func aheadOfTimeMatchesOnDemand() {
        let (idle, _) = settled(UIFixtures.state().after(keys: "3j"))
        for key in "123456" {
            let ahead = idle.after(keys: String(key))
            let fresh = UIFixtures.state().after(keys: "3j").after(keys: String(key))
            #expect(ahead.screenText == fresh.screenText, "pane \(key)")
        }
    }

    @Test("a resize or a change of language gives idle work again; an idle event changes nothing a reader sees")
    func newWorkAfterResize() {
        let (state, _) = settled(UIFixtures.state())
        #expect(state.after(.resize(Size(width: 120, height: 40))).hasIdleWork)
        #expect(state.after(keys: "L").hasIdleWork)
        let busy = UIFixtures.state().after(keys: "6j")
        #expect(busy.after(.idle).screenText == busy.screenText)
        #expect(busy.after(.idle).location == busy.location)
    }

    @Test("a screen too small to draw on has no idle work")
    func tooSmall() {
        #expect(!UIFixtures.state(Size(width: 30, height: 10)).hasIdleWork)
    }

    @Test("an index built elsewhere is adopted, and a search then finds what it would have found")
    func adoptsPreparedIndex() {
        let prepared = PreparedSearchIndex(SearchIndex(report: UIFixtures.report))
        let state = UIFixtures.state().after(.searchIndexReady(prepared))
        #expect(state.searchIndex != nil)
        let typed = state.after(keys: "/张江")
        let built = UIFixtures.state().after(keys: "/张江")
        #expect(typed.search?.hits == built.search?.hits)
        #expect(!(typed.search?.hits.isEmpty ?? true))
        #expect(typed.screenText == built.screenText)
    }
}
