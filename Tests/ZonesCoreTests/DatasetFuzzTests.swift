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
