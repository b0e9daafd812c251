import ArgumentParser
import ZonesCore
import ZonesTerminal
import ZonesUI

/// The default command: the explorer on a terminal, the whole report as text otherwise.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer (the default); prints the report as text when stdout is not a terminal.",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Language: zh, en or both (default: zh under a zh_* locale, both otherwise).")
    var lang: Language?

    @Option(name: .long, help: ArgumentHelp("Start at an item: a pane, zone, priority, person, point or figure id, or pN for paragraph N.", valueName: "id"))
    var open: String?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (no clicks or wheel in the explorer).")
    var noMouse = false

    @Flag(name: .long, help: "Draw borders and bars with ASCII, for terminals that draw box characters double-width.")
    var ascii = false

    @Flag(name: .long, help: "No box drawing and no colour (ASCII, attributes only): for screen readers and plain terminals.")
    var plain = false

    func run() throws {
        let report = try global.loadReport()
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
