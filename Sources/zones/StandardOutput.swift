#if canImport(Glibc)
import Glibc
#endif

/// Writes whole strings to stdout and stderr, stopping quietly when a pipe closes early.
enum StandardOutput {
    static func write(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        writeAll(text, to: STDERR_FILENO)
    }

    private static func writeAll(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                // `zones show | head`: the reader went away; that is not an error of ours.
                if errno == EPIPE { exit(0) }
                return
            }
            offset += n
        }
    }
}
