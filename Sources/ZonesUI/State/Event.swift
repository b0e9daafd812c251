import ZonesCore

/// A key as the explorer understands it, independent of curses key codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        case press, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Everything that can happen to the explorer.
public enum Event: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// SIGINT, SIGTERM or SIGHUP: leave at once, restoring the terminal.
    case interrupt
    /// Nothing arrived: a moment to do work ahead of time (`AppState.hasIdleWork`).
    case idle
    /// The search index, built away from the event loop so that the first search need not wait.
    case searchIndexReady(PreparedSearchIndex)
}

/// A search index handed to `update` as an event; events compare by identity.
public final class PreparedSearchIndex: Hashable, Sendable {
    public let index: SearchIndex

    public init(_ index: SearchIndex) {
        self.index = index
    }

    public static func == (lhs: PreparedSearchIndex, rhs: PreparedSearchIndex) -> Bool { lhs === rhs }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(self))
    }
}
