#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes a report in the dataset format, so that export → edit → `--data` round-trips.
public enum DatasetEncoder {
    public static func json(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types to JSON cannot fail.
        let data = (try? encoder.encode(report)) ?? Data()
        return escapingInvisibles(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// JSON text with DEL, C1 controls and bidi overrides written as `\uXXXX`: the encoder
    /// leaves them raw (they are valid JSON), but raw they would act on a terminal showing the
    /// file. They can only stand inside strings, where the escape means the same character.
    public static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isInvisible) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isInvisible(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
