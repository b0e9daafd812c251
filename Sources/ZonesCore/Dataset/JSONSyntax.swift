/// A strict RFC 8259 syntax check that reports where a document goes wrong.
///
/// Loading a dataset gets the same check from `JSONParser`, which builds the tree as it goes;
/// this entry point is for callers that only want the verdict.
public enum JSONSyntax {
    /// A syntax error at a 1-based line and column (columns count characters).
    public struct Failure: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// The first syntax error of a document, or nil if it is valid JSON. A `\u` escape that is
    /// half a surrogate pair counts as an error: no string could hold what it decodes to.
    public static func check(_ bytes: [UInt8]) -> Failure? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }
}
