import Foundation
import Testing
@testable import ZonesCore

/// The report as cut from the PDF: pages start at lines beginning with a space, every PDF line is
/// followed by a blank line.
struct PDFText {
    var pages: [String]

    init(_ raw: String) {
        var pages: [String] = []
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { continue }
            if line.first == " " {
                let rest = line.drop(while: { $0 == " " })
                if rest.isEmpty { continue }
                pages.append(String(rest))
            } else if pages.isEmpty {
                pages.append(String(line))
            } else {
                pages[pages.count - 1] += line
            }
        }
        self.pages = pages
    }
}

@Suite("The rebuilt original")
struct OriginalTextTests {
    let report = Fixtures.report
    let pdf = PDFText((try? String(contentsOf: Fixtures.asset("original.txt"), encoding: .utf8)) ?? "")

    @Test("has five pages")
    func fivePages() {
        #expect(pdf.pages.count == 5)
        #expect(Set(report.source.paragraphs.flatMap { $0.segments.map(\.page) }) == [1, 2, 3, 4, 5])
    }

    @Test("is the PDF text with line breaks joined and nothing added, page by page")
    func paragraphsPartitionEachPage() {
        for (index, pageText) in pdf.pages.enumerated() {
            let page = index + 1
            let rebuilt = report.source.paragraphs.flatMap(\.segments).filter { $0.page == page }.map(\.zh).joined()
            #expect(rebuilt == pageText, "page \(page) differs from the PDF text")
        }
    }

    @Test("joins names and phrases the PDF split across lines", arguments: ["翟金国", "副司长吴家喜", "保税监管", "培育硬科技企业", "研究中心创新发展研究部"])
    func splitWordsAreJoined(word: String) throws {
        let raw = try String(contentsOf: Fixtures.asset("original.txt"), encoding: .utf8)
        #expect(!raw.contains(word), "the PDF text has '\(word)' unbroken, so this proves nothing")
        #expect(report.source.paragraphs.contains { $0.text.contains(word) })
    }

    @Test("keeps the spaces that stand inside a PDF line and adds none at line joins")
    func spacesAreTheSourcesOwn() {
        let text = report.source.paragraphs.map(\.text).joined()
        #expect(text.contains("2024 年 9 月 9 日"))
        #expect(text.contains("达 23家"))
        #expect(!text.contains("  "))
        #expect(report.source.paragraphs.allSatisfy { $0.text.first != " " && $0.text.last != " " })
    }

    @Test("knows the page of a paragraph that crosses a page break")
    func pageOfCrossingParagraph() throws {
        let zhangjiang = try #require(report.paragraph(9))
        #expect(zhangjiang.segments.map(\.page) == [2, 3])
        #expect(SourceLocator.pages(of: "汇聚了上海 80%的高端人才", in: zhangjiang) == [3])
        #expect(SourceLocator.pages(of: "张江积极践行先行先试", in: zhangjiang) == [2])
    }
}
