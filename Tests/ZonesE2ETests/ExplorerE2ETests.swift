import Foundation
import Testing

/// The real binary in a real terminal (tmux): keys arriving, resizes, signals, and the terminal
/// given back exactly as it was.
@Suite("The explorer in a terminal", .serialized)
struct ExplorerE2ETests {
    @Test("opens on the overview, switches panes, opens a zone, shows help, and q leaves the terminal as it was")
    func navigation() throws {
        let tmux = try TmuxSession()
        try tmux.startZones()
        #expect(tmux.waitFor { $0.contains("以自主创新示范区为载体") && $0.contains("1 概览") } != nil)
        try tmux.keys("3")
        #expect(tmux.waitFor { $0.contains("Zones › 中关村 › 张宇蕾") } != nil)
        try tmux.keys("j", "Enter")
        #expect(tmux.waitFor { $0.contains("Zones › 张江 › 翟金国") && $0.contains("张江国家自主创新示范区") } != nil)
        try tmux.keys("?")
        #expect(tmux.waitFor { $0.contains("Keys") && $0.contains("Tab / Shift-Tab") } != nil)
        try tmux.keys("Escape")
        #expect(tmux.waitFor { !$0.contains("Tab / Shift-Tab") } != nil)
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalRestored())
    }

    @Test("a stop signal ends it with 128 + the signal and restores the terminal",
          arguments: [("C-c", 130), ("TERM", 143), ("HUP", 129), ("QUIT", 131)])
    func signals(signal: String, status: Int) throws {
        let tmux = try TmuxSession()
        try tmux.startZones()
        #expect(tmux.waitFor { $0.contains("1 概览") } != nil)
        if signal == "C-c" {
            try tmux.keys("C-c")
        } else {
            let pid = try #require(tmux.zonesPID())
            kill(pid, ["TERM": SIGTERM, "HUP": SIGHUP, "QUIT": SIGQUIT][signal]!)
        }
        #expect(tmux.exitStatus() == status)
        #expect(tmux.terminalRestored())
    }

    @Test("a crash still restores the terminal")
    func crash() throws {
        let tmux = try TmuxSession()
        try tmux.startZones(environment: "ZONES_DEBUG_CRASH=1")
        let status = tmux.exitStatus()
        #expect(status != nil && status != 0)
        #expect(tmux.terminalRestored())
    }

    @Test("a storm of resizes down to 1×1 neither crashes it nor garbles the screen")
    func resizeStorm() throws {
        let tmux = try TmuxSession()
        try tmux.startZones("--open zhangjiang")
        #expect(tmux.waitFor { $0.contains("张江国家自主创新示范区") } != nil)
        for (width, height) in [(1, 1), (2, 2), (10, 5), (39, 11), (40, 12), (200, 60), (1, 1), (33, 9), (120, 40), (80, 24)] {
            try tmux.resize(width, height)
        }
        try tmux.resize(30, 10)
        #expect(tmux.waitFor { $0.contains("need 40×12") && $0.contains("have 30×10") } != nil)
        try tmux.resize(80, 24)
        #expect(tmux.waitFor { $0.contains("Zones › 张江 › 翟金国") } != nil)
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalRestored())
    }

    @Test("Ctrl-Z suspends it and fg redraws the screen")
    func suspend() throws {
        let tmux = try TmuxSession()
        try tmux.type("clear; \(TmuxSession.binary.path); echo EXIT=$? > \(tmux.path("exit"))")
        #expect(tmux.waitFor { $0.contains("1 概览") } != nil)
        try tmux.keys("C-z")
        #expect(tmux.waitFor { $0.contains("Stopped") } != nil)
        try tmux.type("fg")
        #expect(tmux.waitFor { $0.contains("1 概览") && $0.contains("以自主创新示范区为载体") } != nil)
        try tmux.keys("q")
        #expect(tmux.waitFor { !$0.contains("1 概览") } != nil)
    }

    @Test("under LANG=C it still shows Chinese")
    func cLocale() throws {
        let tmux = try TmuxSession()
        try tmux.startZones(environment: "LANG=C LC_ALL=C")
        #expect(tmux.waitFor { $0.contains("概览") && $0.contains("以自主创新示范区为载体") } != nil)
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("NO_COLOR means no colour, only attributes")
    func noColor() throws {
        let tmux = try TmuxSession()
        try tmux.startZones(environment: "NO_COLOR=1")
        #expect(tmux.waitFor { $0.contains("1 概览") } != nil)
        let styled = tmux.screen(escapes: true)
        let colours = ["[30", "[31", "[32", "[33", "[34", "[35", "[36", "[37", "38;5", "48;5", "[40", "[41", "[42", "[43", "[44", "[45", "[46", "[47", ";3", ";4"]
        let found = colours.filter { code in styled.contains("\u{1B}" + code) && !["[39", "[49"].contains(code) }
        #expect(found.isEmpty, "colour codes under NO_COLOR: \(found)")
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("works on common terminal types", arguments: ["vt100", "linux", "screen-256color", "xterm-256color"])
    func terminalTypes(term: String) throws {
        let tmux = try TmuxSession()
        try tmux.startZones("--lang en", environment: "TERM=\(term)")
        #expect(tmux.waitFor { $0.contains("Overview") && $0.contains("Statistics") } != nil)
        try tmux.keys("3")
        #expect(tmux.waitFor { $0.contains("Zones › Zhongguancun") } != nil)
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.terminalRestored())
    }

    @Test("an unknown TERM and a stdin that is not a terminal get exit 2 and one line")
    func refusals() throws {
        let tmux = try TmuxSession()
        try tmux.startZones(environment: "TERM=no-such-terminal")
        #expect(tmux.exitStatus() == 2)
        #expect(tmux.waitFor { $0.contains("unknown terminal type 'no-such-terminal'") } != nil)
        #expect(tmux.terminalRestored())
        try FileManager.default.removeItem(atPath: tmux.path("exit"))
        try tmux.type("clear; \(TmuxSession.binary.path) < /dev/null; echo \"EXIT=$?\" > \(tmux.path("exit"))")
        #expect(tmux.exitStatus() == 2)
        #expect(tmux.waitFor { $0.contains("standard input is not a terminal") } != nil)
    }

    @Test("the mouse selects a tab; mouse reporting is on while it runs, off after, and never with --no-mouse")
    func mouse() throws {
        let tmux = try TmuxSession()
        try tmux.startZones()
        #expect(tmux.waitFor { $0.contains("1 概览") } != nil)
        #expect(try tmux.tmux(["display-message", "-p", "-t", "0", "#{mouse_any_flag}"]).hasPrefix("1"))
        // An SGR mouse report of a left press at column 25, row 1: the Zones tab.
        try tmux.literal("\u{1B}[<0;25;1M\u{1B}[<0;25;1m")
        #expect(tmux.waitFor { $0.contains("Zones › 中关村") } != nil)
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
        #expect(try tmux.tmux(["display-message", "-p", "-t", "0", "#{mouse_any_flag}"]).hasPrefix("0"))
        try FileManager.default.removeItem(atPath: tmux.path("exit"))
        try tmux.startZones("--no-mouse")
        #expect(tmux.waitFor { $0.contains("1 概览") } != nil)
        #expect(try tmux.tmux(["display-message", "-p", "-t", "0", "#{mouse_any_flag}"]).hasPrefix("0"))
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("Chinese typed at the search prompt finds it, and the query is kept for the next run")
    func searchChinese() throws {
        let tmux = try TmuxSession()
        try tmux.startZones(environment: "XDG_STATE_HOME=\(tmux.path("state"))")
        #expect(tmux.waitFor { $0.contains("1 概览") } != nil)
        try tmux.keys("/")
        try tmux.literal("保税监管")
        #expect(tmux.waitFor { $0.contains("/保税监管") && $0.contains("[1/") && $0.contains("Zones › 张江") } != nil)
        try tmux.keys("BSpace")
        #expect(tmux.waitFor { $0.contains("/保税监 ") || $0.contains("/保税监\n") || $0.split(separator: "\n").last?.hasPrefix("/保税监") == true } != nil)
        try tmux.keys("Enter")
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
        let saved = try String(contentsOfFile: tmux.path("state/zones/history"), encoding: .utf8)
        #expect(saved == "保税监\n")
    }

    @Test("a dataset whose text tries to set the window title and clear the screen does neither")
    func hostileDataset() throws {
        let tmux = try TmuxSession()
        let exported = try String(contentsOfFile: ZonesProcessPaths.asset("report.json"), encoding: .utf8)
        let attack = "\\u001b]2;pwned\\u0007\\u001b[2J\\u001b[H"
        let hostile = exported.replacingOccurrences(of: "\"en\" : \"Zhang Yulei\"", with: "\"en\" : \"Zhang Yulei\(attack)\"")
        #expect(hostile != exported)
        let file = tmux.path("hostile.json")
        try hostile.write(toFile: file, atomically: true, encoding: .utf8)
        try tmux.tmux(["select-pane", "-t", "0", "-T", "original-title"])
        try tmux.startZones("--data \(file) --open zhang-yulei --lang en")
        let screen = tmux.waitFor { $0.contains("People › Zhang Yulei") }
        #expect(screen?.contains("^[]2;pwned^G^[[2J^[[H") == true)
        #expect(screen?.contains("1 Overview") == true, "the screen was cleared")
        #expect(try tmux.tmux(["display-message", "-p", "-t", "0", "#{pane_title}"]).hasPrefix("original-title"))
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("TERM=dumb gets the report as text, not a garbled screen")
    func dumbTerminal() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.startZones("--lang en", environment: "TERM=dumb")
        #expect(tmux.exitStatus() == 0)
        #expect(tmux.waitFor { $0.contains("Wu Jiaxi") || $0.contains("DONE") } != nil)
        #expect(tmux.terminalRestored())
        let screen = tmux.screen()
        #expect(!screen.contains("1 Overview"))
    }
}

/// Files of the package, for end-to-end tests.
enum ZonesProcessPaths {
    static func asset(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Assets/\(name)").path
    }
}