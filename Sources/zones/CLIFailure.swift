import ZonesCore

/// A failure that ends the program with a one-line message and a documented exit status.
enum CLIFailure: Error {
    case badData(DatasetError)
    case usage(String)
    case nothingFound

    var exitStatus: Int32 {
        switch self {
        case .nothingFound: 1
        case .badData, .usage: 2
        }
    }

    var message: String? {
        switch self {
        case .badData(let error): error.description
        case .usage(let text): text
        case .nothingFound: nil
        }
    }
}
