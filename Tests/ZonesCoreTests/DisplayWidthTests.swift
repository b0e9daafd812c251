import Testing
@testable import ZonesCore

@Suite("Display width")
struct DisplayWidthTests {
    @Test("counts Chinese characters and full-width punctuation as two columns")
    func chineseIsWide() {
        #expect(DisplayWidth.of("张江") == 4)
        #expect(DisplayWidth.of("，。：“") == 6 + DisplayWidth.of("“"))
        #expect(DisplayWidth.of("２０％") == 6)
    }

    @Test("counts ASCII as one column and combining marks as none")
    func asciiAndCombining() {
        #expect(DisplayWidth.of("zones 2024") == 10)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("Zhái Jīnguó") == 11)
    }

    @Test("agrees with the count of a mixed line from the report")
    func mixedLine() {
        // Five Chinese characters, a space and "23".
        #expect(DisplayWidth.of("数量已达 23家") == 5 * 2 + 3)
    }

    @Test("never cuts a character in two when fitting a prefix")
    func prefixKeepsWholeCharacters() {
        #expect(DisplayWidth.prefix("中关村", fitting: 5) == "中关")
        #expect(DisplayWidth.prefix("中关村", fitting: 1) == "")
        #expect(DisplayWidth.truncate("国家自主创新示范区", to: 7) == "国家自…")
        #expect(DisplayWidth.of(DisplayWidth.pad("张江", to: 7)) == 7)
    }

    @Test("does not count String.count or bytes")
    func notCharactersOrBytes() {
        let text = "成都高新技术产业开发区"
        #expect(DisplayWidth.of(text) != text.count)
        #expect(DisplayWidth.of(text) != text.utf8.count)
        #expect(DisplayWidth.of(text) == 2 * text.count)
    }
}
