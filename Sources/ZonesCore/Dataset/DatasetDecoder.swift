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

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
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
