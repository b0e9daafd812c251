#if canImport(Glibc)
import Glibc
#endif

/// The search history kept across runs: one query a line, oldest first, in
/// `$XDG_STATE_HOME/zones/history` (default `~/.local/state/zones/history`), mode 0600,
/// replaced atomically so that a crash mid-write never leaves it cut short.
public struct SearchHistoryFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The conventional place, from XDG_STATE_HOME or HOME; nil when neither is set.
    public init?(environment: [String: String]) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            path = state + "/zones/history"
        } else if let home = environment["HOME"], !home.isEmpty {
            path = home + "/.local/state/zones/history"
        } else {
            return nil
        }
    }

    /// The queries, or why the file was ignored. A missing file is an empty history.
    public func load(limit: Int) -> (queries: [String], problem: String?) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return ([], nil) }
            return ([], "search history ignored: cannot read \(path)")
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 {
                if errno == EINTR { continue }
                return ([], "search history ignored: cannot read \(path)")
            }
            if n == 0 { break }
            bytes += buffer[0..<n]
            if bytes.count > 1 << 20 { return ([], "search history ignored: \(path) is too large") }
        }
        guard let text = String(validating: bytes, as: UTF8.self), !bytes.contains(0) else {
            return ([], "search history ignored: \(path) is not text")
        }
        let queries = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.contains("\r") }
        return (Array(queries.suffix(limit)), nil)
    }

    /// Writes the queries through a temporary file and a rename; false when it could not.
    @discardableResult
    public func save(_ queries: [String]) -> Bool {
        guard let slash = path.lastIndex(of: "/") else { return false }
        let directory = String(path[..<slash])
        makeDirectories(directory)
        let temporary = "\(path).tmp.\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        fchmod(fd, 0o600)
        let text = queries.filter { !$0.contains("\n") }.map { $0 + "\n" }.joined()
        var bytes = Array(text.utf8)
        var offset = 0
        var ok = true
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                ok = false
                break
            }
            offset += n
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private func makeDirectories(_ directory: String) {
        var current = ""
        for part in directory.split(separator: "/") {
            current += "/" + part
            mkdir(current, 0o700)
        }
    }
}
