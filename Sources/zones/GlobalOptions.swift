import ArgumentParser
import ZonesCore

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load another dataset of the same format instead of the built-in report.", valueName: "file"))
    var data: String?

    func loadReport() throws -> Report {
        try Self.loadReport(data: data)
    }

    static func loadReport(data: String?) throws -> Report {
        do {
            if let data { return try DatasetLoader.load(path: data) }
            return try DatasetLoader.loadEmbedded()
        } catch {
            throw CLIFailure.badData(error)
        }
    }
}

/// Which language(s) to print.
extension Language: ExpressibleByArgument {}
