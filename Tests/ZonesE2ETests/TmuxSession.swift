import Foundation

/// A real terminal for end-to-end tests: a tmux server of its own, a shell in a window of a
/// set size, and the `zones` binary driven with keys as a person would.
final class TmuxSession {
    let socket = "zones-e2e-\(UUID().uuidString.prefix(8))"
    let directory: URL

    static let binary: URL = {
        if let explicit = ProcessInfo.processInfo.environment["ZONES_BINARY"] { return URL(fileURLWithPath: explicit) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appending(path: "zones")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appending(path: "zones")
    }()

    init(width: Int = 80, height: Int = 24) throws {
        directory = FileManager.default.temporaryDirectory.appending(path: socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // A clean environment, but for the sanitizer's options when the suite runs under one.
        let sanitizer = ProcessInfo.processInfo.environment["ASAN_OPTIONS"].map { " ASAN_OPTIONS=\($0)" } ?? ""
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                  "env -i PATH=/usr/bin:/bin HOME=\(directory.path) TERM=xterm-256color LANG=C.UTF-8\(sanitizer) bash --norc --noprofile"])
        try tmux(["set-option", "-g", "status", "off"])
        try type("PS1='$ '; stty -a > \(path("stty.before")); clear")
        _ = waitFor { $0.contains("$") }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appending(path: name).path }

    /// Runs a tmux command and returns what it printed. It is spawned and waited for directly:
    /// Foundation's Process can wait for ever when the tmux server that the first command
    /// starts inherits its descriptors.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = directory.appending(path: "tmux-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["/usr/bin/tmux", "-L", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // The test runner's threads block signals, and a spawned process inherits the mask: give
        // tmux, and so the shell and zones, an empty mask and default handlers, as a login has.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Types a command line into the shell and presses Enter.
    func type(_ line: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", line])
        try tmux(["send-keys", "-t", "0", "Enter"])
    }

    /// Sends tmux key names (`C-c`, `Down`, `Enter`) or literal text.
    func keys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    func literal(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    func resize(_ width: Int, _ height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// What the window shows now.
    func screen(escapes: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))) ?? ""
    }

    /// Waits up to `timeout` seconds for the screen to satisfy `condition`; returns the screen.
    @discardableResult
    func waitFor(timeout: Double = 10, _ condition: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = screen()
            if condition(text) { return text }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Starts `zones` with arguments and environment, recording, when it ends, its exit status
    /// and the terminal settings. A plain `sh` runs it and reads the settings: an interactive
    /// shell would put the terminal right itself after a crash and hide a program that did not.
    func startZones(_ arguments: String = "", environment: String = "") throws {
        let run = (environment.isEmpty ? "" : "env \(environment) ") + "\(Self.binary.path) \(arguments)"
        // `trap : INT` keeps the shell itself alive through Ctrl-C (its child still gets the
        // default disposition).
        try type("clear; sh -c 'trap : INT; \(run); echo \"EXIT=$?\" > \(path("exit")); stty -a > \(path("stty.after"))'; echo DONE")
    }

    /// The pid of the running `zones`, found by name.
    func zonesPID() -> Int32? {
        for _ in 0..<100 {
            if let pipe = popen("pgrep -n -x zones", "r") {
                var buffer = [CChar](repeating: 0, count: 64)
                let line = fgets(&buffer, 64, pipe) != nil ? String(cString: buffer) : ""
                pclose(pipe)
                if let pid = Int32(line.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// The exit status once `zones` has ended (nil if it has not within the timeout).
    func exitStatus(timeout: Double = 10) -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path("exit"), encoding: .utf8), text.hasPrefix("EXIT=") {
                return Int(text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Whether the terminal settings after the run equal those before it.
    func terminalRestored() -> Bool {
        guard waitFor({ $0.contains("DONE") }) != nil else { return false }
        let before = try? String(contentsOfFile: path("stty.before"), encoding: .utf8)
        let after = try? String(contentsOfFile: path("stty.after"), encoding: .utf8)
        return before != nil && before == after
    }
}
