import Testing
@testable import ZonesCore

/// Which parts of each paragraph the structured items quote.
struct Coverage {
    var covered: [Int: [Bool]] = [:]

    init(_ report: Report) {
        let paragraphs = Dictionary(uniqueKeysWithValues: report.source.paragraphs.map { ($0.number, $0) })
        for paragraph in report.source.paragraphs {
            covered[paragraph.number] = Array(repeating: false, count: paragraph.text.utf8.count)
        }
        for entry in report.textEntries {
            guard let paragraph = paragraphs[entry.excerpt.source.paragraph] else { continue }
            for range in SourceLocator.ranges(of: entry.excerpt.zh, in: paragraph) {
                for i in range { covered[paragraph.number]![i] = true }
            }
        }
    }

    func isCovered(paragraph: Int, utf8Range: Range<Int>) -> Bool {
        utf8Range.allSatisfy { covered[paragraph]?[$0] == true }
    }

    func touches(paragraph: Int, utf8Range: Range<Int>) -> Bool {
        utf8Range.contains { covered[paragraph]?[$0] == true }
    }
}

/// A paragraph's sentences with their UTF-8 ranges: split after 。！？ and at the paragraph's end.
func sentences(of text: String) -> [(text: String, range: Range<Int>)] {
    var result: [(String, Range<Int>)] = []
    var current = ""
    var start = 0
    var offset = 0
    for character in text {
        current.append(character)
        offset += character.utf8.count
        if "。！？".contains(character) {
            result.append((current, start..<offset))
            current = ""
            start = offset
        }
    }
    if !current.isEmpty { result.append((current, start..<offset)) }
    return result
}

@Suite("Nothing left out")
struct CoverageTests {
    let report = Fixtures.report

    @Test("every sentence of the rebuilt original is quoted by at least one structured item")
    func everySentenceIsReferenced() {
        let coverage = Coverage(report)
        var count = 0
        for paragraph in report.source.paragraphs {
            for sentence in sentences(of: paragraph.text) {
                count += 1
                #expect(coverage.touches(paragraph: paragraph.number, utf8Range: sentence.range),
                        "paragraph \(paragraph.number): '\(sentence.text)' is in no item")
            }
        }
        #expect(count > 30)
    }

    /// Per paragraph, the characters other than punctuation and spaces that no item quotes.
    static func leftOut(_ report: Report) -> [Int: String] {
        let coverage = Coverage(report)
        var result: [Int: String] = [:]
        for paragraph in report.source.paragraphs {
            var offset = 0
            for character in paragraph.text {
                let width = character.utf8.count
                if !(character.isPunctuation || character.isWhitespace || character.isSymbol),
                   !coverage.isCovered(paragraph: paragraph.number, utf8Range: offset..<(offset + width)) {
                    result[paragraph.number, default: ""].append(character)
                }
                offset += width
            }
        }
        return result
    }

    @Test("every character other than punctuation and spaces is quoted by some item")
    func everyCharacterIsCovered() {
        #expect(Self.leftOut(report) == [:])
    }

    @Test("a dataset that drops a point is caught")
    func droppingAPointIsCaught() {
        var report = self.report
        let dropped = report.zones[2].statement.points.removeLast()
        #expect(Self.leftOut(report)[dropped.source.paragraph]?.isEmpty == false)
    }
}
