import Foundation
import Testing
import ZonesCore

@Suite("zones show")
struct ShowCommandTests {
    static let report = try! DatasetLoader.loadEmbedded()

    /// Every text of a pane, with the topic that shows it.
    static func entries(of pane: Pane) -> [TextEntry] {
        report.textEntries.filter { $0.pane == pane }
    }

    @Test("shows every text of each pane in both languages, each cited by its page",
          arguments: [Pane.overview, .statistics, .zones, .priorities, .people])
    func everyFactInBothLanguages(pane: Pane) throws {
        let output = try ZonesProcess.run(["show", pane.rawValue, "--lang", "both", "--width", "1000"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        for entry in Self.entries(of: pane) {
            #expect(output.stdout.contains(entry.excerpt.zh), "\(entry.path): Chinese missing")
            #expect(output.stdout.contains(entry.excerpt.en), "\(entry.path): English missing")
            // Figure labels and shift parts are cited through the figure or shift they belong to.
            if entry.path.hasSuffix(".label") || entry.path.contains(".shifts[") { continue }
            let cited = lines.contains { $0.contains(entry.excerpt.en) && $0.contains("[p. \(entry.excerpt.source.page)]") }
                || lines.contains { $0.contains(entry.excerpt.zh) && $0.contains("[p. \(entry.excerpt.source.page)]") }
                || Self.citedOnNextLine(entry, lines)
            #expect(cited, "\(entry.path): no [p. \(entry.excerpt.source.page)] next to it")
        }
    }

    static func citedOnNextLine(_ entry: TextEntry, _ lines: [String]) -> Bool {
        guard let index = lines.firstIndex(where: { $0.contains(entry.excerpt.en) }), index + 1 < lines.count else { return false }
        return lines[index + 1].contains("[p. \(entry.excerpt.source.page)]")
    }

    @Test("shows the original with a marker for each of its five pages")
    func source() throws {
        let output = try ZonesProcess.run(["show", "source", "--width", "1000"])
        #expect(output.status == 0)
        for paragraph in Self.report.source.paragraphs {
            for segment in paragraph.segments { #expect(output.stdout.contains(segment.zh)) }
        }
        for page in 1...5 { #expect(output.stdout.contains("第 \(page) 页 · page \(page)")) }
    }

    @Test("shows one zone, priority or person by id", arguments: ["zhangjiang", "empowerment", "lyu-wei", "changzhutan"])
    func byID(id: String) throws {
        let output = try ZonesProcess.run(["show", id])
        #expect(output.status == 0)
        #expect(!output.stdout.isEmpty)
    }

    @Test("shows a person with everything they said, in each place")
    func personWithStatements() throws {
        let output = try ZonesProcess.run(["show", "wu-jiaxi", "--lang", "en", "--width", "1000"])
        #expect(output.stdout.contains("Wu Jiaxi"))
        for placed in Self.report.statements(by: "wu-jiaxi") {
            for point in placed.statement.points { #expect(output.stdout.contains(point.en)) }
        }
        #expect(!output.stdout.contains("吴家喜"))
    }

    @Test("wraps to --width by display width, Chinese counting two columns", arguments: [20, 41, 80])
    func wrapsToWidth(width: Int) throws {
        let output = try ZonesProcess.run(["show", "zones", "--width", "\(width)"])
        #expect(output.status == 0)
        for line in output.stdout.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= width, "'\(line)' is wider than \(width)")
        }
        #expect(output.stdout.split(separator: "\n").contains { DisplayWidth.of($0) > width - 6 })
    }

    @Test("prints only Chinese with --lang zh and only English with --lang en")
    func languages() throws {
        let zh = try ZonesProcess.run(["show", "chengdu", "--lang", "zh"]).stdout
        let en = try ZonesProcess.run(["show", "chengdu", "--lang", "en"]).stdout
        #expect(zh.contains("卢铁城") && !zh.contains("Lu Tiecheng"))
        #expect(en.contains("Lu Tiecheng") && !en.contains("卢铁城"))
    }

    @Test("defaults to Chinese under a zh_* locale and to both otherwise")
    func defaultLanguage() throws {
        let zh = try ZonesProcess.run(["show", "hangzhou"], environment: ["LANG": "zh_CN.UTF-8"]).stdout
        let both = try ZonesProcess.run(["show", "hangzhou"], environment: ["LANG": "en_GB.UTF-8"]).stdout
        #expect(zh.contains("俞钧") && !zh.contains("Yu Jun"))
        #expect(both.contains("俞钧") && both.contains("Yu Jun"))
    }

    @Test("refuses an unknown topic, suggests the closest and lists the valid ones")
    func unknownTopic() throws {
        let output = try ZonesProcess.run(["show", "zhangjing"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("zones: unknown topic 'zhangjing'; did you mean 'zhangjiang'?"))
        #expect(output.stderr.contains("overview, statistics, zones, priorities, people, source"))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }

    @Test("refuses a width too small to lay out", arguments: ["5", "abc", "-3"])
    func badWidth(width: String) throws {
        let output = try ZonesProcess.run(["show", "zones", "--width", width])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("zones: "))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }
}
