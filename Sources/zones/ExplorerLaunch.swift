import ArgumentParser
import ZonesCore
import ZonesTerminal
import ZonesUI

/// What `zones` (or `zones explore`) starts with, as plain values: `main` builds it directly when
/// there are no arguments, so that a bare `zones` does not pay for parsing a command line.
struct ExplorerLaunch {
    var data: String?
    var lang: Language?
    var open: String?
    var noMouse = false
    var ascii = false
    var plain = false

    func run() throws {
        let report = try GlobalOptions.loadReport(data: data)
        let environment = Environment.current
        let language = lang ?? Language.preferred(environment: environment)
        // A dumb terminal (Emacs shell buffers, some CI logs) cannot move its cursor: give it
        // the report as text, as a pipe gets it.
        guard TerminalInfo.stdoutIsTerminal, environment["TERM"] != "dumb" else {
            let renderer = TextRenderer(language: language, width: TerminalInfo.outputWidth)
            StandardOutput.write(renderer.render(DocumentBuilder(report: report).wholeReport()))
            return
        }
        var state = AppState(report: report, size: Size(width: 80, height: 24), language: language,
                             options: ExplorerOptions(ascii: ascii || plain, mouse: !noMouse))
        if let open, !state.open(id: open) {
            var message = "unknown id '\(Sanitizer.clean(open))' for --open"
            if let guess = Suggestion.closest(to: open, among: state.openableIDs) { message += "; did you mean '\(guess)'?" }
            throw CLIFailure.usage(message)
        }
        let useColor = (environment["NO_COLOR"] ?? "").isEmpty && !plain
        let status: Int32
        do {
            status = try MainActor.assumeIsolated {
                try Explorer.run(state, useColor: useColor, history: SearchHistoryFile(environment: environment))
            }
        } catch let error as TerminalError {
            throw CLIFailure.usage(error.description)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
