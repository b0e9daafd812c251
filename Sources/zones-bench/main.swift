// The in-process half of `make bench` (scripts/bench.py is the other): timings of render and
// search, datasets scaled up for growth measurements, and the bare ncursesw program that
// marks the floor for any Swift terminal program here. Prints one JSON object per line.
#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import ZonesCore
import ZonesUI

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Median and spread of `runs` timings of `body`, in milliseconds.
func measure(runs: Int, _ body: () -> Void) -> (median: Double, min: Double, max: Double) {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = now()
        body()
        samples.append((now() - start) * 1000)
    }
    samples.sort()
    return (samples[samples.count / 2], samples.first!, samples.last!)
}

func emit(_ fields: [(String, String)]) {
    print("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
}

func number(_ value: Double) -> String { String(format3(value)) }
func format3(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return "\(scaled)"
}

func peakRSSKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

func load(_ path: String?) -> Report {
    do {
        return try path.map { try DatasetLoader.load(path: $0) } ?? DatasetLoader.loadEmbedded()
    } catch {
        FileHandle.standardErrorWrite("zones-bench: \(error)\n")
        exit(2)
    }
}

enum FileHandle {
    static func standardErrorWrite(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(STDERR_FILENO, &bytes, bytes.count)
    }
}

/// The report repeated `copies` times, every id, paragraph and page renumbered: a valid
/// dataset of the same shape, for growth measurements.
func scaled(_ report: Report, copies: Int) -> Report {
    var result = report
    let paragraphCount = report.source.paragraphs.count
    let pageCount = report.source.paragraphs.flatMap { $0.segments.map(\.page) }.max() ?? 0
    result.zones = []
    result.people = []
    result.priorities.items = []
    result.source.paragraphs = []
    for copy in 0..<copies {
        let suffix = copy == 0 ? "" : "-\(copy)"
        func ref(_ r: SourceRef) -> SourceRef { SourceRef(page: r.page + copy * pageCount, paragraph: r.paragraph + copy * paragraphCount) }
        func ex(_ e: Excerpt) -> Excerpt { Excerpt(zh: e.zh, en: e.en, source: ref(e.source)) }
        func nm(_ n: ProperName) -> ProperName { ProperName(zh: n.zh, en: n.en, pinyin: n.pinyin, source: ref(n.source)) }
        func pt(_ p: Point) -> Point { Point(id: p.id + suffix, zh: p.zh, en: p.en, source: ref(p.source)) }
        func fg(_ f: Figure) -> Figure { Figure(id: f.id + suffix, value: f.value, symbol: f.symbol, unit: f.unit, qualifier: f.qualifier, label: ex(f.label), text: ex(f.text)) }
        func st(_ s: Statement) -> Statement { Statement(speaker: s.speaker + suffix, attribution: ex(s.attribution), points: s.points.map(pt)) }
        for var zone in report.zones {
            zone.id += suffix
            zone.name = nm(zone.name)
            zone.shortName = nm(zone.shortName)
            zone.headline = ex(zone.headline)
            zone.statement = st(zone.statement)
            zone.figures = zone.figures.map(fg)
            result.zones.append(zone)
        }
        for var person in report.people {
            person.id += suffix
            person.name = nm(person.name)
            person.title = ex(person.title)
            person.organisation = nm(person.organisation)
            result.people.append(person)
        }
        for var item in report.priorities.items {
            item.id += suffix
            item.title = ex(item.title)
            item.statements = item.statements.map(st)
            result.priorities.items.append(item)
        }
        for var paragraph in report.source.paragraphs {
            paragraph.number += copy * paragraphCount
            for index in paragraph.segments.indices { paragraph.segments[index].page += copy * pageCount }
            result.source.paragraphs.append(paragraph)
        }
    }
    return result
}

/// A bare ncursesw program: the floor any Swift terminal program pays to its first frame.
func floor() {
    setlocale(LC_ALL, "")
    guard zones_newterm() != nil else { exit(2) }
    cbreak()
    noecho()
    mvaddstr(0, 0, "zones-bench floor: press q")
    refresh()
    while getch() != Int32(UInt8(ascii: "q")) {}
    endwin()
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "floor":
    floor()

case "generate":
    let copies = Int(arguments.dropFirst().first ?? "10") ?? 10
    print(DatasetEncoder.json(scaled(load(nil), copies: copies)), terminator: "")

case "render":
    let report = load(arguments.count > 1 ? arguments[1] : nil)
    for size in [Size(width: 80, height: 24), Size(width: 300, height: 100)] {
        for (index, pane) in Pane.allCases.enumerated() {
            let state = update(AppState(report: report, size: size, language: .both), .key(.character(Character("\(index + 1)"))))
            let t = measure(runs: 50) { _ = render(state, size) }
            emit([("kind", "\"render\""), ("pane", "\"\(pane.rawValue)\""), ("size", "\"\(size.width)x\(size.height)\""),
                  ("median_ms", number(t.median)), ("min_ms", number(t.min)), ("max_ms", number(t.max))])
        }
    }

case "search":
    let path = arguments.count > 1 ? arguments[1] : nil
    let loadStart = now()
    let report = load(path)
    let loadTime = (now() - loadStart) * 1000
    let indexStart = now()
    let index = SearchIndex(report: report)
    let indexTime = (now() - indexStart) * 1000
    // Queries as typed: one search per keystroke, as the explorer does.
    // ZONES_BENCH_QUERY=q repeats one query, for a profiler to look at.
    if let one = getenv("ZONES_BENCH_QUERY").map({ String(cString: $0) }) {
        for _ in 0..<200 { _ = index.search(one) }
        exit(0)
    }
    let typed = ["保税监管", "zhangjiang", "积分 杭州", "20%", "zgc"]
    var perKey: [Double] = []
    for query in typed {
        var prefix = ""
        for character in query {
            prefix.append(character)
            perKey.append(measure(runs: 5) { _ = index.search(prefix) }.median)
            if getenv("ZONES_BENCH_VERBOSE") != nil {
                FileHandle.standardErrorWrite("\(prefix)\t\(index.search(prefix).count)\t\(perKey.last!)\n")
            }
        }
    }
    perKey.sort()
    emit([("kind", "\"search\""), ("dataset", "\"\(path ?? "report")\""), ("documents", "\(report.textEntries.count + report.source.paragraphs.count)"),
          ("load_ms", number(loadTime)), ("index_ms", number(indexTime)),
          ("keystroke_median_ms", number(perKey[perKey.count / 2])), ("keystroke_max_ms", number(perKey.last!)),
          ("peak_rss_kb", "\(peakRSSKilobytes())")])

case "keys":
    // update + render for one key, in process: what a key costs before any terminal I/O.
    let report = load(nil)
    let size = Size(width: 80, height: 24)
    let scenarios: [(String, [Event], Event)] = [
        ("down in source", [.key(.character("6"))], .key(.down)),
        ("page down in source", [.key(.character("6"))], .key(.pageDown)),
        ("switch pane", [], .key(.character("2"))),
        ("open a zone", [.key(.character("3")), .key(.character("j"))], .key(.enter)),
        ("search keystroke", [.key(.character("/"))], .key(.character("保"))),
        ("second search keystroke", [.key(.character("/")), .key(.character("保"))], .key(.character("税"))),
    ]
    let prepared = PreparedSearchIndex(SearchIndex(report: report))
    for (name, prelude, key) in scenarios {
        var samples: [Double] = []
        for _ in 0..<20 {
            // A fresh state each time, settled as the explorer leaves it between keys.
            var state = update(AppState(report: report, size: size, language: .both), .resize(size))
            // As the explorer does while the reader looks at the first frame.
            state = update(state, .searchIndexReady(prepared))
            for event in prelude {
                state = update(state, event)
                while state.hasIdleWork { state = update(state, .idle) }
            }
            while state.hasIdleWork { state = update(state, .idle) }
            _ = render(state, size)
            let start = now()
            let next = update(state, key)
            _ = render(next, size)
            samples.append((now() - start) * 1000)
        }
        samples.sort()
        emit([("kind", "\"key\""), ("key", "\"\(name)\""), ("median_ms", number(samples[samples.count / 2])), ("max_ms", number(samples.last!))])
    }

default:
    FileHandle.standardErrorWrite("usage: zones-bench floor | generate COPIES | render [FILE] | search [FILE] | keys\n")
    exit(2)
}
