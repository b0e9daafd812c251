#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import ZonesCore

/// `zones search QUERY...`: where the report mentions something, grouped by pane.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the report in Chinese and English; exits 1 when nothing matches.",
        discussion: """
        Every word must match (AND); "quoted words" match as a phrase. Chinese matches ignore \
        spaces and the original's line breaks, full-width forms and traditional characters; \
        English ignores case unless the query has a capital; pinyin works without tones or \
        spaces, and consonants alone match initials (zgc finds Zhongguancun).

        Examples:
          zones search jifen
          zones search Zhang Wei
          zones search zgc
          zones search 20% --json
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Words to look for.")
    var query: [String]

    @Flag(name: .long, help: "Print the result as JSON: {query, count, hits: [{pane, id, title, snippet, page}]}.")
    var json = false

    @Option(name: .long, help: "Print at most this many hits (count still gives all).")
    var limit: Int?

    func validate() throws {
        if query.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            throw ValidationError("the query is empty")
        }
        if let limit, limit < 1 {
            throw ValidationError("--limit must be at least 1, got \(limit)")
        }
    }

    func run() throws {
        let report = try global.loadReport()
        let width = TerminalInfo.outputWidth
        var result = SearchIndex(report: report).search(query.joined(separator: " "), snippetWidth: max(20, width - 4))
        if let limit, result.hits.count > limit { result.hits = Array(result.hits.prefix(limit)) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            let data = (try? encoder.encode(result)) ?? Data()
            StandardOutput.write(DatasetEncoder.escapingInvisibles(String(decoding: data, as: UTF8.self)) + "\n")
        } else {
            StandardOutput.write(SearchResultText(styled: TerminalInfo.allowsStyling(environment: Environment.current)).render(result))
        }
        if result.count == 0 { throw CLIFailure.nothingFound }
    }
}
