#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import ZonesCore
import ZonesUI

/// The terminal while the explorer owns it: started once, drawn to, read from, and restored
/// exactly once on every way out.
@MainActor
final class TerminalScreen {
    /// Milliseconds a read waits for a key before the loop looks at signals again.
    static let pollInterval: Int32 = 100

    private var screen: OpaquePointer?
    private var palette = Palette()
    private var restored = false
    private let mouse: Bool

    private init(mouse: Bool) {
        self.mouse = mouse
    }

    /// Takes over the terminal, or says why it cannot.
    static func start(mouse: Bool, useColor: Bool) throws(TerminalError) -> TerminalScreen {
        guard isatty(STDIN_FILENO) == 1 else { throw .inputNotATerminal }
        guard UTF8Locale.activate() else { throw .noUTF8Locale }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term.isEmpty { throw .unknownTerminal("") }

        var saved = termios()
        if tcgetattr(STDIN_FILENO, &saved) == 0 {
            crashRestore.savedTermios = saved
            crashRestore.hasTermios = true
        }
        SignalTrap.install()
        guard let screen = zones_newterm() else {
            SignalTrap.uninstall()
            throw .unknownTerminal(term)
        }
        // Until a screen has been left once with endwin and come back, ncurses flushes its
        // output at every cursor motion, so a frame went out as one write per line. Leaving at
        // once, before any set-up, lets the first doupdate come back to a screen that buffers.
        endwin()
        let terminal = TerminalScreen(mouse: mouse)
        terminal.screen = screen
        crashRestore.resetBytes = terminal.resetSequence()

        let window = zones_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        // Cursor keys in both normal and application mode, whatever terminfo says, so that an
        // arrow never arrives as Escape followed by letters.
        for (sequence, key) in [("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
                                ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
                                ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END)] {
            define_key(sequence, key)
        }
        curs_set(0)
        set_escdelay(25)
        // A frame takes well under a millisecond to make: let ncurses send it whole rather than
        // poll the keyboard every few lines in case it should give up halfway.
        typeahead(-1)
        // Wake up regularly so a pending signal is seen even while no key arrives.
        wtimeout(window, Self.pollInterval)
        if mouse {
            mouseinterval(0)
            mousemask(zones_mouse_press_mask(), nil)
        }
        terminal.palette = Palette.make(useColor: useColor)
        return terminal
    }

    var size: Size { Size(width: Int(zones_cols()), height: Int(zones_lines())) }

    /// Bytes that undo what the explorer did to the terminal, for the crash handler.
    private func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l".utf8)
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = zones_tigetstr(capability) { bytes += Array(String(cString: value).utf8) }
        }
        return bytes + Array("\r\n".utf8)
    }

    /// The frame last drawn, to write only the cells that changed.
    private var previous: Frame?

    /// Draws a frame into ncurses' virtual screen and refreshes once; ncurses sends the
    /// terminal only what differs. Cells equal to the last frame's are not even written to the
    /// virtual screen, which keeps a key at a large size from costing a whole-screen walk
    /// through curses.
    func draw(_ frame: Frame, fullRepaint: Bool) {
        let window = zones_stdscr()
        let width = min(frame.size.width, size.width)
        let height = min(frame.size.height, size.height)
        let last = (previous?.size == frame.size && !fullRepaint) ? previous : nil
        if last == nil { werase(window) }
        var cell = cchar_t()
        var wide = [wchar_t](repeating: 0, count: 6)
        let stride = frame.size.width
        let lastCells = last?.cells ?? []
        // Unchecked buffers: this walk visits every cell of every frame.
        frame.cells.withUnsafeBufferPointer { cells in
            lastCells.withUnsafeBufferPointer { lastCells in
                for y in 0..<height {
                    for x in 0..<width {
                        let index = y * stride + x
                        if cells[index].isContinuation { continue }
                        if !lastCells.isEmpty, lastCells[index].looksLike(cells[index]) { continue }
                        let source = cells[index]
                        let look = palette.look(source.role)
                        var count = 0
                        for scalar in source.character.unicodeScalars where count < 5 {
                            wide[count] = wchar_t(bitPattern: scalar.value)
                            count += 1
                        }
                        if count == 0 {
                            wide[0] = 32
                            count = 1
                        }
                        wide[count] = 0
                        setcchar(&cell, wide, look.attributes, look.pair, nil)
                        mvwadd_wch(window, Int32(y), Int32(x), &cell)
                    }
                }
            }
        }
        previous = frame
        if fullRepaint { clearok(zones_curscr(), true) }
        if let cursor = frame.cursor, cursor.x < size.width, cursor.y < size.height {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// The stop signal that ended the session, if one did.
    private(set) var stopSignal: Int32 = 0

    /// The next event, or nil when none arrived within the poll interval (at once, without
    /// `wait`).
    func nextEvent(wait: Bool = true) -> Event? {
        if takeSignal() { return .interrupt }
        wtimeout(zones_stdscr(), wait ? Self.pollInterval : 0)
        var code: wint_t = 0
        let kind = wget_wch(zones_stdscr(), &code)
        if takeSignal() { return .interrupt }
        switch kind {
        case OK:
            return KeyDecoder.character(UInt32(code)).map(Event.key)
        case KEY_CODE_YES:
            let key = Int32(code)
            if key == KEY_RESIZE { return .resize(size) }
            if key == KEY_MOUSE { return mouseEvent() }
            return KeyDecoder.function(key).map(Event.key)
        default:
            return nil
        }
    }

    private func takeSignal() -> Bool {
        let signal = pendingSignal.exchange(0, ordering: .relaxed)
        if signal != 0 { stopSignal = signal }
        return signal != 0
    }

    private func mouseEvent() -> Event? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if zones_mouse_is_wheel_up(event.bstate) != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
        if zones_mouse_is_wheel_down(event.bstate) != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
        if zones_mouse_is_press(event.bstate) != 0 { return .mouse(MouseEvent(.press, x: x, y: y)) }
        return nil
    }

    /// Gives the terminal back as it was: mouse off, cursor on, main screen, cooked mode.
    /// Safe to call more than once.
    func restore() {
        guard !restored else { return }
        restored = true
        if mouse { mousemask(0, nil) }
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        SignalTrap.uninstall()
    }
}
