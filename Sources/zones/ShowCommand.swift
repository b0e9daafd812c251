import ArgumentParser
import ZonesCore

/// `zones show TOPIC`: one pane or item of the report as wrapped text.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a topic of the report as text.",
        discussion: """
        TOPIC is a pane (overview, statistics, zones, priorities, people, source), a zone id \
        (zhongguancun, zhangjiang, hangzhou, changzhutan, chengdu), a priority id \
        (national-strategy, opening-up, empowerment) or a person id (e.g. zhai-jinguo).

        Examples:
          zones show zones
          zones show zhangjiang --lang en --width 100
          zones show zhai-jinguo
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to show: a pane, or a zone, priority or person id.")
    var topic: String

    @Option(name: .long, help: "Language: zh, en or both (default: zh under a zh_* locale, both otherwise).")
    var lang: Language?

    @Option(name: .long, help: "Wrap to this many columns (default: the terminal's width, or 80).")
    var width: Int?

    func validate() throws {
        if let width, width < 20 || width > 1000 {
            throw ValidationError("--width must be between 20 and 1000, got \(width)")
        }
    }

    func run() throws {
        let report = try global.loadReport()
        guard let resolved = Topic(topic, in: report) else {
            let names = Topic.names(in: report)
            var message = "unknown topic '\(Sanitizer.clean(topic))'"
            if let guess = Suggestion.closest(to: topic, among: names) { message += "; did you mean '\(guess)'?" }
            message += " Topics: \(names.joined(separator: ", "))"
            throw CLIFailure.usage(message)
        }
        let language = lang ?? Language.preferred(environment: Environment.current)
        let renderer = TextRenderer(language: language, width: width ?? TerminalInfo.outputWidth)
        StandardOutput.write(renderer.render(DocumentBuilder(report: report).blocks(for: resolved)))
    }
}
