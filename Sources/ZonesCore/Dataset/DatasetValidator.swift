/// Checks what JSON decoding cannot: ids, references, and that every excerpt is verbatim.
public enum DatasetValidator {
    public static func validate(_ report: Report, file: String) throws(DatasetError) {
        func fail(_ location: String, _ message: String) -> DatasetError {
            DatasetError(file: file, location: location, message: message)
        }

        guard report.format == Report.formatIdentifier else {
            throw fail("format", "unsupported format '\(report.format)', expected '\(Report.formatIdentifier)'")
        }
        guard isISODate(report.overview.date) else {
            throw fail("overview.date", "'\(report.overview.date)' is not a date of the form YYYY-MM-DD")
        }

        // The rebuilt original: numbered 1…n, pages in order, nothing empty.
        var lastPage = 0
        for (i, paragraph) in report.source.paragraphs.enumerated() {
            let path = "source.paragraphs[\(i)]"
            guard paragraph.number == i + 1 else {
                throw fail("\(path).number", "paragraph numbered \(paragraph.number), expected \(i + 1)")
            }
            guard !paragraph.segments.isEmpty else { throw fail("\(path).segments", "a paragraph needs at least one segment") }
            for (j, segment) in paragraph.segments.enumerated() {
                guard segment.page >= max(lastPage, 1) else {
                    throw fail("\(path).segments[\(j)].page", "page \(segment.page) comes after page \(lastPage)")
                }
                guard !segment.zh.isEmpty else { throw fail("\(path).segments[\(j)].zh", "empty text") }
                lastPage = segment.page
            }
        }
        guard !report.source.paragraphs.isEmpty else { throw fail("source.paragraphs", "the original text has no paragraphs") }

        // Ids are unique across the whole file, so that any of them can name an item.
        var seen: [String: String] = [:]
        func claim(_ id: String, _ path: String) throws(DatasetError) {
            guard !id.isEmpty else { throw fail(path, "empty id") }
            if let first = seen[id] { throw fail(path, "duplicate id '\(id)', first used at \(first)") }
            seen[id] = path
        }
        for (i, zone) in report.zones.enumerated() {
            try claim(zone.id, "zones[\(i)].id")
            for (j, point) in zone.statement.points.enumerated() { try claim(point.id, "zones[\(i)].statement.points[\(j)].id") }
            for (j, figure) in zone.figures.enumerated() { try claim(figure.id, "zones[\(i)].figures[\(j)].id") }
        }
        for (i, item) in report.priorities.items.enumerated() {
            try claim(item.id, "priorities.items[\(i)].id")
            for (j, statement) in item.statements.enumerated() {
                for (k, point) in statement.points.enumerated() {
                    try claim(point.id, "priorities.items[\(i)].statements[\(j)].points[\(k)].id")
                }
            }
        }
        for (j, point) in report.priorities.framing.points.enumerated() { try claim(point.id, "priorities.framing.points[\(j)].id") }
        for (i, person) in report.people.enumerated() { try claim(person.id, "people[\(i)].id") }
        for (i, point) in report.overview.summary.enumerated() { try claim(point.id, "overview.summary[\(i)].id") }
        for (i, point) in report.overview.consensus.enumerated() { try claim(point.id, "overview.consensus[\(i)].id") }
        for (i, figure) in report.statistics.figures.enumerated() { try claim(figure.id, "statistics.figures[\(i)].id") }
        for (i, shift) in report.statistics.shifts.enumerated() { try claim(shift.id, "statistics.shifts[\(i)].id") }

        // Every speaker is a person of the dataset.
        let personIDs = Set(report.people.map(\.id))
        var speakerPaths: [(String, String)] = report.zones.enumerated().map { ("zones[\($0.offset)].statement.speaker", $0.element.statement.speaker) }
        speakerPaths.append(("priorities.framing.speaker", report.priorities.framing.speaker))
        for (i, item) in report.priorities.items.enumerated() {
            for (j, statement) in item.statements.enumerated() {
                speakerPaths.append(("priorities.items[\(i)].statements[\(j)].speaker", statement.speaker))
            }
        }
        for (path, speaker) in speakerPaths where !personIDs.contains(speaker) {
            throw fail(path, "unknown person '\(speaker)'\(suggestion(for: speaker, among: report.people.map(\.id)))")
        }

        // Every text is verbatim from the paragraph it cites, starting on the page it cites.
        let paragraphs = Dictionary(report.source.paragraphs.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        var texts: [Int: [UInt8]] = [:]
        for entry in report.textEntries {
            let excerpt = entry.excerpt
            guard !excerpt.zh.isEmpty else { throw fail("\(entry.path).zh", "empty Chinese text") }
            guard !excerpt.en.isEmpty else { throw fail("\(entry.path).en", "empty English text") }
            if let pinyin = entry.pinyin, pinyin.isEmpty { throw fail("\(entry.path).pinyin", "a proper name needs its pinyin") }
            guard let paragraph = paragraphs[excerpt.source.paragraph] else {
                throw fail("\(entry.path).source.paragraph", "no paragraph \(excerpt.source.paragraph) in the original (it has \(paragraphs.count))")
            }
            let text = texts[paragraph.number] ?? Array(paragraph.text.utf8)
            texts[paragraph.number] = text
            let pages = SourceLocator.pages(of: excerpt.zh, in: paragraph, text: text)
            guard !pages.isEmpty else {
                throw fail("\(entry.path).zh", "'\(excerpt.zh)' is not verbatim in paragraph \(paragraph.number)")
            }
            guard pages.contains(excerpt.source.page) else {
                throw fail("\(entry.path).source.page", "page \(excerpt.source.page), but the text stands on page \(pages[0])")
            }
        }
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    static func suggestion(for word: String, among candidates: [String]) -> String {
        guard let best = Suggestion.closest(to: word, among: candidates) else { return "" }
        return "; did you mean '\(best)'?"
    }
}
