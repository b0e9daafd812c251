import ArgumentParser
import ZonesCore

/// The `zones` command: the explorer by default, and subcommands for scripts.
struct ZonesCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "zones",
        abstract: "Explore the 2024 Pujiang Innovation Forum report on China's National Independent Innovation Demonstration Zones.",
        discussion: """
        With no subcommand, opens the interactive explorer; when stdout is not a terminal, prints \
        the whole report as plain text instead.

        Exit status: 0 ok, 1 a search found nothing, 2 bad usage or bad data.

        Examples:
          zones show zhangjiang --lang en
          zones search jifen
          zones export --format markdown > report.md
        """,
        version: version,
        subcommands: [ExploreCommand.self, ShowCommand.self, SearchCommand.self, ExportCommand.self],
        defaultSubcommand: ExploreCommand.self
    )
}
