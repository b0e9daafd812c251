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
        try ExplorerLaunch(data: global.data, lang: lang, open: open, noMouse: noMouse, ascii: ascii, plain: plain).run()
    }
}
