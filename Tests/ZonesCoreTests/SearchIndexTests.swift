import Testing
@testable import ZonesCore

@Suite("Search")
struct SearchIndexTests {
    static let index = SearchIndex(report: Fixtures.report)

    func hits(_ query: String) -> [SearchHit] { Self.index.search(query).hits }

    func ids(_ query: String) -> Set<String> { Set(hits(query).map { "\($0.pane.rawValue)/\($0.id)" }) }

    @Test("finds names and phrases the PDF split across lines, in the items and in the original",
          arguments: ["翟金国", "保税监管", "吴家喜", "硬科技企业"])
    func splitAcrossLines(query: String) {
        let found = hits(query)
        #expect(found.contains { $0.pane == .source }, "\(query) not found in the original")
        #expect(found.contains { $0.pane != .source }, "\(query) not found in the structured items")
    }

    @Test("ignores the spaces the report puts around numbers", arguments: ["2024年9月9日", "达23家", "2024 年 9 月 9 日"])
    func spaces(query: String) {
        #expect(!hits(query).isEmpty)
    }

    @Test("folds full-width forms (NFKC) and case", arguments: [("２０％", "20%"), ("ＳＴＡＲ　Ｍａｒｋｅｔ", "star market"), ("ＡＩ", "ai")])
    func fullWidth(query: String, plain: String) {
        #expect(ids(query) == ids(plain))
        #expect(!hits(plain).isEmpty || plain == "ai")
    }

    @Test("finds simplified text from a traditional query", arguments: [("張江", "张江"), ("積分", "积分"), ("長株潭", "长株潭"), ("開放", "开放")])
    func traditional(query: String, simplified: String) {
        #expect(!hits(simplified).isEmpty)
        #expect(ids(query) == ids(simplified))
    }

    @Test("matches English case-insensitively, and case-sensitively once the query has a capital")
    func smartCase() {
        #expect(!hits("declaration").isEmpty)
        #expect(ids("declaration") == ids("DECLARATION".lowercased()))
        #expect(!hits("Declaration").isEmpty)
        #expect(hits("DECLARATION").isEmpty)
        #expect(hits("beLT").isEmpty && !hits("belt").isEmpty)
    }

    @Test("finds pinyin with or without spaces and capitals", arguments: ["zhangjiang", "zhang jiang", "Zhang Jiang", "ZhangJiang"])
    func pinyin(query: String) {
        #expect(ids(query).contains("zones/zhangjiang"))
    }

    @Test("finds pinyin in body text, not only in names")
    func pinyinInBody() {
        // 积分 (jifen) stands only in the body of the Hangzhou and Changzhutan paragraphs.
        let found = hits("jifen")
        #expect(found.contains { $0.id == "hangzhou" } && found.contains { $0.id == "changzhutan" })
        #expect(found.allSatisfy { $0.kind == .pinyin })
    }

    @Test("finds initials, only at whole syllables", arguments: [("zgc", "zones/zhongguancun"), ("czt", "zones/changzhutan"), ("zjg", "people/zhai-jinguo")])
    func initials(query: String, expected: String) {
        #expect(ids(query).contains(expected))
    }

    @Test("reads every name and place as the report's people are named")
    func polyphones() {
        #expect(ids("changzhutan").contains("zones/changzhutan"))
        #expect(!ids("zhangzhutan").contains("zones/changzhutan"))
        #expect(ids("zhaijinguo").contains("people/zhai-jinguo"))
        #expect(ids("dijinguo").isEmpty)
        #expect(ids("chengdu").contains("zones/chengdu"))
        #expect(!ids("chengdou").contains("zones/chengdu"))
        #expect(ids("lyuwei").contains("people/lyu-wei"))
        #expect(ids("luwei").contains("people/lyu-wei"))
        #expect(ids("lvwei").contains("people/lyu-wei"))
    }

    @Test("a pinyin query matches from a syllable's start, not from a random letter")
    func noFalsePinyin() {
        // "hangjiang" is inside "zhangjiang" as letters, but not as syllables.
        #expect(!ids("hangjiang").contains("zones/zhangjiang"))
        #expect(ids("hangzhou").contains("zones/hangzhou"))
        // "gcu" are letters of Zhōngguāncūn but not its initials.
        #expect(!ids("gcn").contains("zones/zhongguancun"))
    }

    @Test("requires every term (AND)")
    func and() {
        let both = ids("积分 杭州")
        #expect(!both.isEmpty)
        #expect(both.isSubset(of: ids("积分")) && both.isSubset(of: ids("杭州")))
        #expect(ids("积分 量子计算").isEmpty)
    }

    @Test("matches a quoted phrase as one term")
    func phrase() {
        #expect(!hits("\"bonded supervision\"").isEmpty)
        #expect(hits("\"supervision bonded\"").isEmpty)
        #expect(!hits("supervision bonded").isEmpty)
    }

    @Test("finds nothing for what the report does not say")
    func noMatch() {
        #expect(hits("量子计算机").isEmpty)
        #expect(hits("blockchain").isEmpty)
        #expect(hits("   ").isEmpty)
    }

    @Test("ranks names and titles first, text before pinyin, items before the original", arguments: ["张江", "chengdu", "翟金国", "zhangjiang", "20%", "kaifang"])
    func ranking(query: String) {
        let keys = hits(query).map { ($0.inTitle ? 0 : 1, $0.kind.rawValue, $0.pane == .source ? 1 : 0) }
        #expect(!keys.isEmpty)
        for (a, b) in zip(keys, keys.dropFirst()) {
            #expect(a <= b, "\(query): \(a) ranked before \(b)")
        }
    }

    @Test("ranks a name above the same words in body text and the original last")
    func rankingExamples() {
        let names = hits("翟金国")
        #expect(names.first?.pane == .people)
        #expect(names.last?.pane == .source)
        let mixed = hits("chengdu")
        #expect(mixed.first?.kind == .text)
        #expect(mixed.contains { $0.kind == .pinyin })
        #expect(hits("lu wei").first?.id == "lyu-wei")
    }

    @Test("marks the match in a snippet that fits the width")
    func snippets() {
        for query in ["20%", "zhangjiang", "保税监管", "zgc"] {
            for hit in Self.index.search(query, snippetWidth: 30).hits {
                #expect(DisplayWidth.of(hit.snippet) <= 30)
                #expect(!hit.match.isEmpty)
                #expect(hit.match.upperBound <= hit.snippet.count)
            }
        }
        let hit = Self.index.search("保税监管", snippetWidth: 30).hits[0]
        #expect(String(Array(hit.snippet)[hit.match]) == "保税监管")
    }

    @Test("the tables cover every Chinese character of the dataset")
    func tablesCoverDataset() {
        let tables = SearchTables.embedded
        var missing: Set<Character> = []
        for entry in Fixtures.report.textEntries {
            for character in entry.excerpt.zh where character.unicodeScalars.first.map({ (0x4E00...0x9FFF).contains($0.value) }) == true {
                if tables.readings(of: character) == nil { missing.insert(character) }
            }
        }
        #expect(missing.isEmpty, "run 'make search-tables': no readings for \(String(missing))")
    }
}
