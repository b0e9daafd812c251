import ArgumentParser
import ZonesCore

/// `zones export`: the whole report as the dataset's JSON, Markdown or plain text.
struct ExportCommand: ParsableCommand {
    /// Output formats of `export`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown, text
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole report as JSON (the dataset format), Markdown or text.",
        discussion: """
        JSON export is the dataset format itself: edit it and load it back with --data.

        Examples:
          zones export --format json > report.json
          zones export --format markdown > report.md
        """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "json, markdown or text.")
    var format: Format

    @Option(name: .long, help: "Language for markdown and text: zh, en or both (default both).")
    var lang: Language = .both

    @Option(name: .long, help: "Wrap text to this many columns (default 80).")
    var width: Int = 80

    func validate() throws {
        if width < 20 || width > 1000 {
            throw ValidationError("--width must be between 20 and 1000, got \(width)")
        }
    }

    func run() throws {
        let report = try global.loadReport()
        let blocks = DocumentBuilder(report: report).wholeReport()
        switch format {
        case .json: StandardOutput.write(DatasetEncoder.json(report))
        case .markdown: StandardOutput.write(MarkdownRenderer(language: lang).render(blocks))
        case .text: StandardOutput.write(TextRenderer(language: lang, width: width).render(blocks))
        }
    }
}
