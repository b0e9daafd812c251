/// Turns the bytes of a dataset file into a validated `Report`, or one precise `DatasetError`.
public enum DatasetDecoder {
    public static func decode(_ bytes: [UInt8], file: String) throws(DatasetError) -> Report {
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw DatasetError(file: file, message: "the file is empty")
        }
        if let offset = firstInvalidUTF8(bytes) {
            let (line, column) = lineAndColumn(bytes, offset: offset)
            throw DatasetError(file: file, location: "\(line):\(column)", message: "text is not valid UTF-8 (byte offset \(offset))")
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw DatasetError(file: file, location: "\(error.line):\(error.column)", message: "invalid JSON: \(error.message)")
        }
        let report: Report
        do {
            report = try JSONValueDecoder.decode(Report.self, from: document)
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch {
            throw DatasetError(file: file, message: "cannot decode: \(error)")
        }
        try DatasetValidator.validate(report, file: file)
        return report
    }

    static func describe(_ error: DecodingError, file: String) -> DatasetError {
        switch error {
        case .keyNotFound(let key, let context):
            return DatasetError(file: file, location: fieldPath(context.codingPath + [key]), message: "missing field")
        case .typeMismatch(let type, let context):
            return DatasetError(file: file, location: fieldPath(context.codingPath), message: "expected \(typeName(type)), found \(foundName(context.debugDescription))")
        case .valueNotFound(let type, let context):
            return DatasetError(file: file, location: fieldPath(context.codingPath), message: "expected \(typeName(type)), found null")
        case .dataCorrupted(let context):
            return DatasetError(file: file, location: fieldPath(context.codingPath), message: "invalid value: \(context.debugDescription)")
        @unknown default:
            return DatasetError(file: file, message: "cannot decode: \(error)")
        }
    }

    /// `zones[1].statement.speaker` from a decoder's coding path.
    public static func fieldPath(_ keys: [any CodingKey]) -> String {
        var path = ""
        for key in keys {
            if let index = key.intValue, key.stringValue.hasPrefix("Index") || key.stringValue == String(index) {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path.isEmpty ? "top level" : path
    }

    static func typeName(_ type: Any.Type) -> String {
        if type is String.Type { return "a string" }
        if type is Int.Type { return "an integer" }
        if type is Double.Type { return "a number" }
        if type is Bool.Type { return "true or false" }
        let name = "\(type)"
        if name.hasPrefix("Array") || name.hasPrefix("[") { return "an array" }
        return "an object"
    }

    static func foundName(_ debugDescription: String) -> String {
        // The decoder says e.g. "Expected to decode Int but found a string instead."
        if let range = debugDescription.firstRange(of: "but found ") {
            var rest = String(debugDescription[range.upperBound...])
            if rest.hasSuffix(" instead.") { rest.removeLast(" instead.".count) }
            return rest
        }
        return "another type"
    }

    /// Where the first byte sequence that is not well-formed UTF-8 (Unicode table 3-7) starts.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                // English text and the file's layout are ASCII: skip it eight bytes at a time.
                if i + 8 <= buffer.count,
                   UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let lead = buffer[i]
                if lead < 0x80 {
                    i += 1
                    continue
                }
                // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
                let length: Int
                var second: ClosedRange<UInt8> = 0x80...0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; second = 0xA0...0xBF
                case 0xED: length = 3; second = 0x80...0x9F
                case 0xE1...0xEF: length = 3
                case 0xF0: length = 4; second = 0x90...0xBF
                case 0xF4: length = 4; second = 0x80...0x8F
                case 0xF1...0xF3: length = 4
                default: return i
                }
                guard i + length <= buffer.count, second.contains(buffer[i + 1]) else { return i }
                for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }

    static func lineAndColumn(_ bytes: [UInt8], offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        for b in bytes[..<offset] {
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
