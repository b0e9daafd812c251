/// Reads JSON text into a `JSONValue` tree, checking it strictly by RFC 8259 in the same pass.
///
/// A document that breaks the grammar fails with the line, column and wording that
/// `JSONSyntax.check` reports. So does a `\u` escape that is half a surrogate pair, which the
/// grammar allows but no Swift string can hold.
struct JSONParser {
    /// Deeper documents are refused rather than risk the stack, which recursion here uses.
    static let maximumDepth = 512

    static func parse(_ bytes: [UInt8]) throws(JSONSyntax.Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntax.Failure) in
            var parser = JSONParser(bytes: buffer)
            return try parser.document()
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The bytes of a string that has escapes, kept from one such string to the next so that
    /// unescaping does not allocate each time.
    private var unescaped: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func document() throws(JSONSyntax.Failure) -> JSONValue {
        skipWhitespace()
        let result = try value(depth: 0)
        skipWhitespace()
        if index < bytes.count { throw failure("unexpected \(describeCurrent()) after the end of the document") }
        return result
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(JSONSyntax.Failure) -> JSONValue {
        guard depth < Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
        guard index < bytes.count else { throw failure("unexpected end of file, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw failure("unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntax.Failure) {
        for b in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard index < bytes.count, bytes[index] == b else { throw failure("unexpected \(describeCurrent()), expected '\(word)'") }
            index += 1
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntax.Failure) -> JSONValue {
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object([])
        }
        var members: [JSONValue.Member] = []
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("unexpected \(describeCurrent()), expected a quoted key")
            }
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("unexpected \(describeCurrent()), expected ':' after a key")
            }
            index += 1
            skipWhitespace()
            members.append(JSONValue.Member(key: key, value: try value(depth: depth + 1)))
            skipWhitespace()
            guard index < bytes.count else { throw failure("unexpected end of file, expected ',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            throw failure("unexpected \(describeCurrent()), expected ',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntax.Failure) -> JSONValue {
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        var elements: [JSONValue] = []
        while true {
            skipWhitespace()
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw failure("unexpected end of file, expected ',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            throw failure("unexpected \(describeCurrent()), expected ',' or ']'")
        }
    }

    /// A string from its opening quote; most have no escapes and become a `String` straight
    /// from the document's bytes.
    private mutating func string() throws(JSONSyntax.Failure) -> String {
        index += 1
        let start = index
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if b < 0x20 { throw failure("control character \(hexByte(b)) inside a string") }
            index += 1
        }
        throw failure("unexpected end of file inside a string")
    }

    /// The rest of a string whose first escape is at `index`, the bytes before it starting at `start`.
    private mutating func escapedString(from start: Int) throws(JSONSyntax.Failure) -> String {
        unescaped.removeAll(keepingCapacity: true)
        var run = start
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                index += 1
                return String(decoding: unescaped, as: UTF8.self)
            }
            if b < 0x20 { throw failure("control character \(hexByte(b)) inside a string") }
            if b != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            try escape()
            run = index
        }
        throw failure("unexpected end of file inside a string")
    }

    /// Appends what the escape at `index` stands for and moves past it.
    private mutating func escape() throws(JSONSyntax.Failure) {
        let backslash = index
        index += 1
        guard index < bytes.count else { throw failure("unexpected end of file inside a string") }
        let b = bytes[index]
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(b)
        case UInt8(ascii: "b"): unescaped.append(0x08)
        case UInt8(ascii: "f"): unescaped.append(0x0C)
        case UInt8(ascii: "n"): unescaped.append(0x0A)
        case UInt8(ascii: "r"): unescaped.append(0x0D)
        case UInt8(ascii: "t"): unescaped.append(0x09)
        case UInt8(ascii: "u"):
            index += 1
            let unit = try hexQuad()
            switch unit {
            case 0xD800...0xDBFF:
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw unpairedSurrogate(at: backslash)
                }
                index += 2
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw unpairedSurrogate(at: backslash) }
                appendUTF8(0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00))
            case 0xDC00...0xDFFF:
                throw unpairedSurrogate(at: backslash)
            default:
                appendUTF8(unit)
            }
            return
        default:
            throw failure("bad escape '\\\(describeCurrent())' in a string")
        }
        index += 1
    }

    /// The four hex digits of a `\u` escape as a UTF-16 code unit.
    private mutating func hexQuad() throws(JSONSyntax.Failure) -> UInt32 {
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw failure("bad \\u escape in a string") }
            let b = bytes[index]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw failure("bad \\u escape in a string")
            }
            unit = unit << 4 | UInt32(digit)
            index += 1
        }
        return unit
    }

    private func unpairedSurrogate(at backslash: Int) -> JSONSyntax.Failure {
        let escape = String(decoding: UnsafeBufferPointer(rebasing: bytes[backslash..<backslash + 6]), as: UTF8.self)
        return failure("unpaired surrogate '\(escape)' in a string", at: backslash)
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            unescaped.append(UInt8(scalar))
        case ..<0x800:
            unescaped.append(0xC0 | UInt8(scalar >> 6))
            unescaped.append(0x80 | UInt8(scalar & 0x3F))
        case ..<0x10000:
            unescaped.append(0xE0 | UInt8(scalar >> 12))
            unescaped.append(0x80 | UInt8(scalar >> 6 & 0x3F))
            unescaped.append(0x80 | UInt8(scalar & 0x3F))
        default:
            unescaped.append(0xF0 | UInt8(scalar >> 18))
            unescaped.append(0x80 | UInt8(scalar >> 12 & 0x3F))
            unescaped.append(0x80 | UInt8(scalar >> 6 & 0x3F))
            unescaped.append(0x80 | UInt8(scalar & 0x3F))
        }
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    /// A number's text, checked against the grammar; what it is worth depends on who reads it.
    private mutating func number() throws(JSONSyntax.Failure) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else {
            throw failure("unexpected \(describeCurrent()) in a number")
        }
        if bytes[index] == UInt8(ascii: "0") { index += 1 } else { skipDigits() }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard skipDigits() > 0 else { throw failure("expected digits after '.' in a number") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { throw failure("expected digits in a number's exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// A failure at `position` (the current byte by default), located by counting lines and
    /// characters up to it: only a broken document pays for knowing where it broke.
    private func failure(_ message: String, at position: Int? = nil) -> JSONSyntax.Failure {
        var line = 1
        var column = 1
        for b in UnsafeBufferPointer(rebasing: bytes[..<min(position ?? index, bytes.count)]) {
            if b == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONSyntax.Failure(line: line, column: column, message: message)
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return hexByte(b)
    }

    private func hexByte(_ b: UInt8) -> String {
        let hex = String(b, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }
}
