import Testing
@testable import ZonesCore

@Suite("Line breaking")
struct LineBreakerTests {
    static let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”"]
    static let opening: Set<Character> = ["（", "《", "「", "『", "“"]

    @Test("never makes a line wider than asked, over every paragraph of the report at many widths")
    func linesFit() {
        for paragraph in Fixtures.report.source.paragraphs {
            for width in [2, 3, 7, 10, 21, 40, 79] {
                let lines = LineBreaker.wrap(paragraph.text, width: width)
                for line in lines {
                    #expect(DisplayWidth.of(line) <= width, "\(width): '\(line)'")
                }
            }
        }
    }

    @Test("keeps every character but the spaces it breaks at")
    func nothingLost() {
        for paragraph in Fixtures.report.source.paragraphs {
            let joined = LineBreaker.wrap(paragraph.text, width: 17).joined()
            #expect(joined.filter { !$0.isWhitespace } == paragraph.text.filter { !$0.isWhitespace })
        }
    }

    @Test("starts no line with closing punctuation and ends none with opening punctuation")
    func kinsoku() {
        for entry in Fixtures.report.textEntries {
            for width in [8, 13, 20, 31] {
                let lines = LineBreaker.wrap(entry.excerpt.zh, width: width)
                for line in lines.dropFirst() {
                    #expect(!Self.closing.contains(line.first ?? " "), "'\(line)' starts with closing punctuation")
                }
                for line in lines {
                    #expect(!Self.opening.contains(line.last ?? " "), "'\(line)' ends with opening punctuation")
                }
            }
        }
    }

    @Test("wraps English at spaces")
    func englishAtSpaces() {
        let lines = LineBreaker.wrap("the Yangtze River Delta Alliance of National High-Tech Zones", width: 20)
        #expect(lines == ["the Yangtze River", "Delta Alliance of", "National High-Tech", "Zones"])
    }

    @Test("cuts a word longer than the line")
    func longWord() {
        #expect(LineBreaker.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test("breaks Chinese between characters")
    func chineseBreaksAnywhere() {
        #expect(LineBreaker.wrap("国家自主创新示范区", width: 8) == ["国家自主", "创新示范", "区"])
        #expect(LineBreaker.wrap("张江宣言，成立了", width: 8) == ["张江宣", "言，成立", "了"])
    }
}
