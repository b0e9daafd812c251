/// Lets global options stand before a subcommand (`zones --data F show zones`), as in git.
///
/// The argument parser only knows options of the command they follow, so options given before
/// the subcommand's name are moved after it.
enum GlobalOptionPlacement {
    static let subcommands = ["explore", "show", "search", "export"]
    static let optionsWithValue = ["--data"]

    static func normalize(_ arguments: [String]) -> [String] {
        guard let subIndex = subcommandIndex(arguments) else { return arguments }
        var moved: [String] = []
        var kept: [String] = []
        var i = 0
        while i < subIndex {
            let argument = arguments[i]
            if optionsWithValue.contains(argument), i + 1 < subIndex {
                moved += [argument, arguments[i + 1]]
                i += 2
                continue
            }
            if optionsWithValue.contains(where: { argument.hasPrefix($0 + "=") }) {
                moved.append(argument)
            } else {
                kept.append(argument)
            }
            i += 1
        }
        return kept + [arguments[subIndex]] + moved + arguments[(subIndex + 1)...]
    }

    /// Where the subcommand's name stands: the first argument that is not an option or its value.
    static func subcommandIndex(_ arguments: [String]) -> Int? {
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" { return nil }
            if optionsWithValue.contains(argument) { i += 2; continue }
            if argument.hasPrefix("-") { i += 1; continue }
            return subcommands.contains(argument) ? i : nil
        }
        return nil
    }

    /// The command a hint should name, e.g. "zones show".
    static func commandPath(_ arguments: [String]) -> String {
        subcommandIndex(arguments).map { "zones \(arguments[$0])" } ?? "zones"
    }
}
