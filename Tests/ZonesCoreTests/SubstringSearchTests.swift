import Testing
@testable import ZonesCore

@Suite("Substring search")
struct SubstringSearchTests {
    let search = SubstringSearch(report: Fixtures.report)

    @Test("finds a Chinese phrase the PDF split across lines, in the structured items and the original")
    func splitPhrase() {
        let hits = search.search("保税监管").hits
        #expect(hits.contains { $0.pane == .zones && $0.id == "zhangjiang" })
        #expect(hits.contains { $0.pane == .source && $0.id == "p9" && $0.page == 2 })
    }

    @Test("ignores the spaces the report puts between numbers and Chinese")
    func spaces() {
        #expect(search.search("达23家").hits.contains { $0.pane == .statistics })
        #expect(search.search("2024年9月9日").count > 0)
    }

    @Test("matches English case-insensitively")
    func english() {
        #expect(search.search("zhangjiang declaration").hits.contains { $0.pane == .overview })
    }

    @Test("requires every term to match the same text")
    func andTerms() {
        #expect(search.search("积分 杭州").count < search.search("积分").count)
        #expect(search.search("积分 nonexistentword").count == 0)
    }

    @Test("marks the match inside a snippet that fits the width")
    func snippet() {
        for hit in search.search("20%", snippetWidth: 30).hits {
            #expect(DisplayWidth.of(hit.snippet) <= 30)
            #expect(String(Array(hit.snippet)[hit.match]) == "20%")
        }
    }
}
