#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser

// A closed pipe (`zones show zones | head`) should end output quietly, not kill the process.
signal(SIGPIPE, SIG_IGN)

let arguments = GlobalOptionPlacement.normalize(Array(CommandLine.arguments.dropFirst()))

/// Ends the program for an error from parsing or running: help and version on stdout with
/// status 0, anything else as one line on stderr with the documented status.
func finish(with error: any Error) -> Never {
    if let code = error as? ExitCode {
        // Ended by a signal (the terminal already restored): die of that signal, so that a
        // shell running us in a script sees an interrupt and stops too. (SIGQUIT exits with
        // 131 instead: dying of it would leave a core file.)
        if [SIGINT, SIGTERM, SIGHUP].contains(code.rawValue - 128) {
            signal(code.rawValue - 128, SIG_DFL)
            raise(code.rawValue - 128)
        }
        exit(code.rawValue)
    }
    if let failure = error as? CLIFailure {
        if let message = failure.message { StandardOutput.error("zones: \(message)\n") }
        exit(failure.exitStatus)
    }
    let message = ZonesCommand.fullMessage(for: error)
    if ZonesCommand.exitCode(for: error) == .success {
        StandardOutput.write(message.isEmpty ? "" : message + "\n")
        exit(0)
    }
    var first = message.split(separator: "\n").first.map(String.init) ?? "\(error)"
    if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
    StandardOutput.error("zones: \(first) (see '\(GlobalOptionPlacement.commandPath(arguments)) --help')\n")
    exit(2)
}

do {
    // A bare `zones` is the explorer with every default: start it without the argument
    // parser, whose reflection over the command types is a good part of start-up.
    if arguments.isEmpty {
        try ExplorerLaunch().run()
    } else {
        var command = try ZonesCommand.parseAsRoot(arguments)
        try command.run()
    }
} catch {
    finish(with: error)
}
