#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser

// A closed pipe (`zones show zones | head`) should end output quietly, not kill the process.
signal(SIGPIPE, SIG_IGN)

/// The subcommand's name for hints, e.g. "zones show".
func commandPath(_ arguments: [String]) -> String {
    let names = ["show", "search", "export", "explore"]
    if let sub = arguments.first(where: { names.contains($0) }) { return "zones \(sub)" }
    return "zones"
}

let arguments = Array(CommandLine.arguments.dropFirst())
var command: any ParsableCommand
do {
    command = try ZonesCommand.parseAsRoot(arguments)
} catch {
    let status = ZonesCommand.exitCode(for: error)
    let message = ZonesCommand.fullMessage(for: error)
    if status == .success {
        StandardOutput.write(message + "\n")
        exit(0)
    }
    // One line: what is wrong, and where to read more.
    var first = message.split(separator: "\n").first.map(String.init) ?? message
    if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
    StandardOutput.error("zones: \(first) (see '\(commandPath(arguments)) --help')\n")
    exit(2)
}

do {
    try command.run()
} catch let failure as CLIFailure {
    if let message = failure.message { StandardOutput.error("zones: \(message)\n") }
    exit(failure.exitStatus)
} catch {
    let message = ZonesCommand.fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    StandardOutput.error("zones: \(message)\n")
    exit(2)
}
