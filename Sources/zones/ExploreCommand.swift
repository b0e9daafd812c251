import ArgumentParser
import ZonesCore

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

    func run() throws {
        let report = try global.loadReport()
        let language = lang ?? Language.preferred(environment: Environment.current)
        let renderer = TextRenderer(language: language, width: TerminalInfo.outputWidth)
        StandardOutput.write(renderer.render(DocumentBuilder(report: report).wholeReport()))
    }
}
