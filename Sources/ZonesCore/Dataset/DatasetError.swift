/// Why a dataset could not be loaded, phrased as one line naming the file and the place.
public struct DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it, or "embedded dataset".
    public var file: String
    /// `line:column`, a field path such as `zones[1].statement.speaker`, or empty.
    public var location: String
    public var message: String

    public init(file: String, location: String = "", message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String {
        if location.isEmpty { return "\(file): \(message)" }
        if location.first?.isNumber == true { return "\(file):\(location): \(message)" }
        return "\(file): \(location): \(message)"
    }
}
