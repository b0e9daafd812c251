import CNcursesw
import ZonesUI

/// The only module that talks to ncursesw; it draws Frames and turns input into Events.
public enum ZonesTerminal {
    /// The ncurses version this binary runs against, e.g. "ncurses 6.4.20221231".
    public static var cursesVersion: String { String(cString: curses_version()) }
}
