#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The signal that asked the explorer to stop (SIGINT, SIGTERM, SIGHUP), 0 while none has.
/// Handlers only store here; the event loop turns it into an event. An atomic is safe to
/// touch from a signal handler.
let pendingSignal = Atomic<Int32>(0)

/// What a crash handler needs to give the terminal back, prepared before any crash can happen.
/// Written once at start-up, before the handlers that read it are installed.
nonisolated(unsafe) var crashRestore = CrashRestore()

struct CrashRestore {
    var savedTermios = termios()
    var hasTermios = false
    /// Bytes that leave the alternate screen, show the cursor, reset attributes and stop mouse
    /// reporting, written with write(2), which a signal handler may call.
    var resetBytes: [UInt8] = []
}

/// Installs the handlers: stop signals become a pending event, crashes restore the terminal
/// with async-signal-safe calls only and then die of the same signal.
enum SignalTrap {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        // A parent may have left these blocked (a blocked mask survives exec); the explorer must
        // hear them: stop signals, resizes, and suspend/resume for Ctrl-Z and fg.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for sig in stopSignals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&wanted, sig) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for sig in stopSignals {
            signal(sig) { received in pendingSignal.store(received, ordering: .relaxed) }
        }
        for sig in crashSignals {
            signal(sig) { received in
                if crashRestore.hasTermios { tcsetattr(STDIN_FILENO, TCSANOW, &crashRestore.savedTermios) }
                crashRestore.resetBytes.withUnsafeBytes { bytes in
                    _ = write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    static func uninstall() {
        for sig in stopSignals + crashSignals { signal(sig, SIG_DFL) }
    }
}
