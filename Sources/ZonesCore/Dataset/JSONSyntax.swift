/// A strict RFC 8259 syntax check that reports where a document goes wrong.
///
/// The toolchain's decoder only says "not valid JSON" and accepts some invalid input (trailing
/// commas); this check runs first so a broken file is named with its line and column.
public enum JSONSyntax {
    /// A syntax error at a 1-based line and column (columns count characters).
    public struct Failure: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    public static func check(_ bytes: [UInt8]) -> Failure? {
        var scanner = Scanner(bytes: bytes)
        do throws(Failure) {
            scanner.skipWhitespace()
            try scanner.value(depth: 0)
            scanner.skipWhitespace()
            if scanner.index < bytes.count { throw scanner.failure("unexpected \(scanner.describeCurrent()) after the end of the document") }
            return nil
        } catch {
            return error
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func failure(_ message: String) -> Failure {
            var line = 1
            var column = 1
            var i = 0
            while i < min(index, bytes.count) {
                if bytes[i] == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if bytes[i] & 0xC0 != 0x80 {
                    column += 1
                }
                i += 1
            }
            return Failure(line: line, column: column, message: message)
        }

        func describeCurrent() -> String {
            guard index < bytes.count else { return "end of file" }
            let b = bytes[index]
            if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
            return hexByte(b)
        }

        func hexByte(_ b: UInt8) -> String {
            let hex = String(b, radix: 16, uppercase: true)
            return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
        }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func value(depth: Int) throws(Failure) {
            guard depth < 512 else { throw failure("nesting deeper than 512 levels") }
            guard index < bytes.count else { throw failure("unexpected end of file, expected a value") }
            switch bytes[index] {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw failure("unexpected \(describeCurrent()), expected a value")
            }
        }

        mutating func literal(_ word: String) throws(Failure) {
            for b in word.utf8 {
                guard index < bytes.count, bytes[index] == b else { throw failure("unexpected \(describeCurrent()), expected '\(word)'") }
                index += 1
            }
        }

        mutating func expect(_ c: Character, _ what: String) throws(Failure) {
            guard index < bytes.count, bytes[index] == c.asciiValue! else { throw failure("unexpected \(describeCurrent()), expected \(what)") }
            index += 1
        }

        mutating func object(depth: Int) throws(Failure) {
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw failure("unexpected \(describeCurrent()), expected a quoted key")
                }
                try string()
                skipWhitespace()
                try expect(":", "':' after a key")
                skipWhitespace()
                try value(depth: depth + 1)
                skipWhitespace()
                guard index < bytes.count else { throw failure("unexpected end of file, expected ',' or '}'") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return }
                throw failure("unexpected \(describeCurrent()), expected ',' or '}'")
            }
        }

        mutating func array(depth: Int) throws(Failure) {
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return }
            while true {
                skipWhitespace()
                try value(depth: depth + 1)
                skipWhitespace()
                guard index < bytes.count else { throw failure("unexpected end of file, expected ',' or ']'") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return }
                throw failure("unexpected \(describeCurrent()), expected ',' or ']'")
            }
        }

        mutating func string() throws(Failure) {
            index += 1
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") { index += 1; return }
                if b < 0x20 { throw failure("control character \(hexByte(b)) inside a string") }
                if b == UInt8(ascii: "\\") {
                    index += 1
                    guard index < bytes.count else { break }
                    switch bytes[index] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                         UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 1
                    case UInt8(ascii: "u"):
                        index += 1
                        for _ in 0..<4 {
                            guard index < bytes.count, Character(Unicode.Scalar(bytes[index])).isHexDigit else {
                                throw failure("bad \\u escape in a string")
                            }
                            index += 1
                        }
                    default:
                        throw failure("bad escape '\\\(describeCurrent())' in a string")
                    }
                    continue
                }
                index += 1
            }
            throw failure("unexpected end of file inside a string")
        }

        mutating func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }

        mutating func number() throws(Failure) {
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else {
                throw failure("unexpected \(describeCurrent()) in a number")
            }
            if bytes[index] == UInt8(ascii: "0") { index += 1 } else { _ = digits() }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw failure("expected digits after '.' in a number") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw failure("expected digits in a number's exponent") }
            }
        }
    }
}
