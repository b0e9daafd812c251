import Foundation
import Testing
@testable import ZonesCore

@Suite("Hostile and broken datasets")
struct DatasetFuzzTests {
    func outcome(_ bytes: [UInt8]) -> Result<Report, DatasetError> {
        do { return .success(try DatasetDecoder.decode(bytes, file: "mutant.json")) } catch { return .failure(error) }
    }

    @Test("the file cut at many offsets is refused with a located one-line message, never a trap")
    func truncations() {
        let bytes = Array(Fixtures.datasetJSON.utf8)
        var offsets = Array(stride(from: 0, to: bytes.count, by: 97))
        offsets += [1, 2, bytes.count - 2]  // the last byte is the final newline
        for offset in offsets {
            guard case .failure(let error) = outcome(Array(bytes[..<offset])) else {
                Issue.record("a file cut at \(offset) loaded")
                continue
            }
            #expect(error.file == "mutant.json")
            #expect(!error.description.contains("\n"))
        }
        #expect(offsets.count > 800)
    }

    @Test("invalid UTF-8 anywhere is refused with its line and column")
    func invalidUTF8() {
        var random = SeededRandom(seed: 4)
        let bytes = Array(Fixtures.datasetJSON.utf8)
        for _ in 0..<100 {
            var mutant = bytes
            mutant[Int.random(in: 0..<mutant.count, using: &random)] = [0xFF, 0xC0, 0xFE].randomElement(using: &random)!
            guard case .failure(let error) = outcome(mutant) else { continue }
            #expect(!error.description.isEmpty && !error.description.contains("\n"))
        }
    }

    /// The offset of the first ill-formed sequence as the standard library's decoder finds it.
    static func referenceFirstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test("the UTF-8 check stops where the standard library's decoder does, on every kind of bad sequence")
    func utf8CheckAgreesWithTheStandardLibrary() {
        let cases: [([UInt8], Int?)] = [
            ([0x41, 0xC3, 0xA9, 0xE4, 0xB8, 0xAD, 0xF0, 0x9F, 0x98, 0x80], nil),
            ([0x41, 0x80], 1),                    // a continuation byte with no lead
            ([0xC0, 0x80], 0),                    // overlong
            ([0x41, 0xE0, 0x80, 0x80], 1),        // overlong
            ([0xED, 0xA0, 0x80], 0),              // a surrogate
            ([0xF4, 0x90, 0x80, 0x80], 0),        // past U+10FFFF
            ([0xF5, 0x80, 0x80, 0x80], 0),
            (Array("abcdefghij".utf8) + [0xE4, 0xB8], 10),  // cut at the end, after an ASCII run
            (Array("abcdefgh".utf8) + [0xE4, 0x41, 0x80], 8),
        ]
        for (bytes, expected) in cases {
            #expect(DatasetDecoder.firstInvalidUTF8(bytes) == expected, "\(bytes)")
            #expect(Self.referenceFirstInvalidUTF8(bytes) == expected, "\(bytes)")
        }
        var random = SeededRandom(seed: 6)
        let text = Array(Fixtures.datasetJSON.utf8)
        let interesting: [UInt8] = [0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF, 0x41]
        for _ in 0..<3000 {
            let start = Int.random(in: 0..<(text.count - 40), using: &random)
            var bytes = Array(text[start..<(start + Int.random(in: 0...40, using: &random))])
            for _ in 0..<Int.random(in: 0...2, using: &random) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = interesting.randomElement(using: &random)!
            }
            #expect(DatasetDecoder.firstInvalidUTF8(bytes) == Self.referenceFirstInvalidUTF8(bytes), "\(bytes)")
        }
    }

    @Test("dropped, duplicated, retyped and truncated fields load or are refused by path, never trap")
    func structuralMutations() {
        var random = SeededRandom(seed: 5)
        var refused = 0, loaded = 0
        for _ in 0..<400 {
            var tree: Any = Fixtures.datasetTree()
            mutate(&tree, random: &random, depth: 0)
            switch outcome(Fixtures.bytes(of: tree)) {
            case .success(let report):
                loaded += 1
                // Whatever loads must also lay out and export.
                _ = DocumentBuilder(report: report).wholeReport()
                _ = DatasetEncoder.json(report)
            case .failure(let error):
                refused += 1
                #expect(!error.location.isEmpty, "\(error)")
                #expect(!error.description.contains("\n"))
            }
        }
        #expect(refused > 100)
        #expect(loaded + refused == 400)
    }

    /// Changes one random place of a JSON tree: drops a key, duplicates or empties an array,
    /// retypes a value, or cuts a string.
    func mutate(_ node: inout Any, random: inout SeededRandom, depth: Int) {
        if var object = node as? [String: Any], !object.isEmpty {
            let key = object.keys.sorted().randomElement(using: &random)!
            if depth > 1 && Int.random(in: 0..<4, using: &random) == 0 {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: object[key] = nil
                case 1: object[key] = 42
                case 2: object[key] = ["unexpected"]
                default: object[key] = NSNull()
                }
            } else {
                var child = object[key]!
                mutate(&child, random: &random, depth: depth + 1)
                object[key] = child
            }
            node = object
        } else if var array = node as? [Any], !array.isEmpty {
            let index = Int.random(in: 0..<array.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: array.append(array[index])
            case 1: array.remove(at: index)
            default:
                var child = array[index]
                mutate(&child, random: &random, depth: depth + 1)
                array[index] = child
            }
            node = array
        } else if let text = node as? String, !text.isEmpty {
            node = String(text.prefix(Int.random(in: 0..<text.count, using: &random)))
        } else if node is NSNumber {
            node = [-1, 0, 1e300, 99999].randomElement(using: &random)!
        }
    }

    @Test("text that tries to drive the terminal is shown, not obeyed, in text and Markdown; JSON escapes it")
    func hostileText() throws {
        var report = Fixtures.report
        let attack = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31m\u{9B}1m\u{202E}evil"
        report.people[0].title.en = attack
        report.zones[0].statement.points[0].en = attack
        let json = DatasetEncoder.json(report)
        #expect(!json.utf8.contains(0x1B))
        #expect(json.contains("\\u001b"))
        let reloaded = try DatasetDecoder.decode(Array(json.utf8), file: "hostile.json")
        let blocks = DocumentBuilder(report: reloaded).wholeReport()
        for output in [TextRenderer(language: .both, width: 80).render(blocks), MarkdownRenderer().render(blocks)] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
            #expect(output.contains("pwned^G^"))
        }
    }
}
