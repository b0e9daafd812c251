#if canImport(Glibc)
import Glibc
#endif
import ZonesCore
import ZonesUI

/// Runs the interactive explorer: the event loop between the terminal and `update`/`render`.
public enum Explorer {
    /// Runs until the reader quits or a stop signal arrives; the terminal is restored on return.
    /// Returns the exit status: 0 after `q`, 128 + the signal's number after a stop signal, as
    /// shells report a process that a signal ended.
    @MainActor
    public static func run(_ initial: AppState, useColor: Bool, history: SearchHistoryFile? = nil) throws -> Int32 {
        let terminal = try TerminalScreen.start(mouse: initial.options.mouse, useColor: useColor)
        defer { terminal.restore() }
        var state = initial
        if let history {
            let (queries, problem) = history.load(limit: AppState.searchHistoryLimit)
            state.searchHistory = queries
            state.notice = problem
        }
        var savedHistory = state.searchHistory
        state = update(state, .resize(terminal.size))
        terminal.draw(render(state, state.size), fullRepaint: false)
        var indexBuild: SearchIndexBuild?
        // Work ahead of time waits until the reader pauses (a read times out): right after a
        // frame, the terminal needs the CPU to show it.
        var paused = false
        // A debug switch for the test suite: trap mid-session to prove the crash path restores.
        let crashAfterDraw = ZonesEnvironment.value("ZONES_DEBUG_CRASH") == "1"
        while !state.shouldQuit {
            if crashAfterDraw { fatalError("ZONES_DEBUG_CRASH") }
            if state.searchIndex == nil, let prepared = indexBuild?.take() { state = update(state, .searchIndexReady(prepared)) }
            // With work to do ahead of time, poll instead of waiting, and do a step between keys.
            let idle = state.hasIdleWork
            guard let event = terminal.nextEvent(wait: !(idle && paused)) else {
                paused = true
                if indexBuild == nil, state.searchIndex == nil { indexBuild = SearchIndexBuild(report: state.report) }
                if idle { state = update(state, .idle) }
                continue
            }
            paused = false
            state = update(state, event)
            if state.searchHistory != savedHistory, let history {
                savedHistory = state.searchHistory
                if !history.save(savedHistory) { state.notice = "search history not saved: cannot write \(history.path)" }
            }
            if !state.shouldQuit {
                terminal.draw(render(state, state.size), fullRepaint: state.needsFullRedraw)
            }
        }
        return terminal.stopSignal == 0 ? 0 : 128 + terminal.stopSignal
    }
}

/// Reads one environment variable.
enum ZonesEnvironment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
