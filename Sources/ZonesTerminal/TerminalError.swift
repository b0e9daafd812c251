/// Why the explorer could not take over the terminal; each reads as one line for stderr.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case unknownTerminal(String)
    case noUTF8Locale
    case inputNotATerminal

    public var description: String {
        switch self {
        case .unknownTerminal(let name):
            return name.isEmpty
                ? "TERM is not set, so the explorer cannot drive this terminal (try TERM=xterm-256color, or pipe the output)"
                : "unknown terminal type '\(name)' (TERM); try TERM=xterm-256color, or pipe the output for plain text"
        case .noUTF8Locale:
            return "no UTF-8 locale is available to show Chinese (LC_CTYPE); install one, e.g. C.UTF-8"
        case .inputNotATerminal:
            return "standard input is not a terminal, so the explorer cannot read keys; use 'zones show' or pipe stdout for text"
        }
    }
}
