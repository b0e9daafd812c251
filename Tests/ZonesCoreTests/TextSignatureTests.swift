import Testing
@testable import ZonesCore

@Suite("Search signatures")
struct TextSignatureTests {
    static let index = SearchIndex(report: Fixtures.report)

    /// Every prefix of queries in each language and rule, as they are typed.
    static let typed: [String] = ["保税监管", "張江", "ＺＧＣ", "zhangjiang", "Zhangjiang", "zgc", "czt", "lvse", "lüse", "积分 杭州",
                                  "20%", "“高质量 发展”", "\"new quality\"", "STAR Market", "high-tech", "xinzhi", "吕", "lv",
                                  "ＳＴＡＲ", "Zhāngjiāng", "changzhutan", "chengdu", "中关村 zgc", "zhongguancun", "ai", "e", "全国的 20%"]
        .flatMap { query in (1...query.count).map { String(query.prefix($0)) } }

    @Test("signatures never rule out a document or a field that a full scan would match")
    func neverRulesOutAMatch() {
        var checked = 0
        for text in Self.typed {
            let query = Self.index.query(text)
            for document in Self.index.documents {
                let truth = query.match(document.fields, prefilter: false)
                #expect(query.match(document.fields)?.map(\.match) == truth?.map(\.match), "\(text) in \(document.id)")
                if !query.mayMatch(document.signature) {
                    #expect(truth == nil, "\(text) in \(document.id)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test("a Chinese term rules out most documents without scanning them")
    func rulesOutMost() {
        let query = Self.index.query("保税")
        let kept = Self.index.documents.filter { query.mayMatch($0.signature) }.count
        #expect(kept < Self.index.documents.count / 4)
        #expect(kept >= Self.index.documents.filter { query.match($0.fields) != nil }.count)
    }

    @Test("pinyin is kept for documents with a syllable spelled from its first letters, initials for all of them")
    func pinyinStarts() {
        let zhang = SearchText("张江", tables: .embedded)
        #expect(zhang.signature.mayStartPinyin(Array("zhangj".utf8), initials: false))
        #expect(!zhang.signature.mayStartPinyin(Array("hangj".utf8), initials: false))
        #expect(zhang.signature.mayStartPinyin(Array("zj".utf8), initials: true))
        #expect(!zhang.signature.mayStartPinyin(Array("zg".utf8), initials: true))
    }
}
