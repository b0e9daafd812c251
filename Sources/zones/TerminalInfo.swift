#if canImport(Glibc)
import Glibc
#endif

/// What the program needs to know about its standard streams.
enum TerminalInfo {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width in columns when stdout is a terminal, otherwise 80.
    static var outputWidth: Int {
        guard stdoutIsTerminal else { return 80 }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// Whether output may carry colour and emphasis: a terminal, and `NO_COLOR` unset or empty.
    static func allowsStyling(environment: [String: String]) -> Bool {
        stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}
