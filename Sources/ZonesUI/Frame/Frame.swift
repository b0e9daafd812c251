import ZonesCore

/// One cell of the screen: a character (with any combining marks) and its role. A wide character
/// fills its cell and marks the next one as its continuation.
public struct Cell: Hashable, Sendable {
    public var character: String
    public var role: StyleRole
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", role: .normal, isContinuation: false)

    /// Whether the terminal shows the two cells alike: the same bytes in the same style. The
    /// backend asks this of every cell on every frame; `==` compares text by canonical
    /// equivalence, which is slower and not the question.
    public func looksLike(_ other: Cell) -> Bool {
        guard role == other.role, isContinuation == other.isContinuation else { return false }
        let mine = character.utf8, theirs = other.character.utf8
        guard mine.count == theirs.count else { return false }
        // A cell's text is a few bytes, stored inline: compare them as buffers, which the
        // generic `elementsEqual` over two UTF-8 views is many times slower at.
        let equal = mine.withContiguousStorageIfAvailable { a in
            theirs.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }
        return (equal ?? nil) ?? mine.elementsEqual(theirs)
    }
}

/// The whole screen as a grid of cells: what `render` produces and the backend draws.
public struct Frame: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should stand (the search prompt's caret, where an input
    /// method shows what is being composed); nil hides it.
    public var cursor: Point?

    /// A cell position.
    public struct Point: Hashable, Sendable {
        public var x: Int
        public var y: Int
    }

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` from (x, y), clipped to `clip` (and the frame). Text passes the Sanitizer
    /// first. A wide character that would straddle the right edge becomes a space. Returns the
    /// column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x }
        var column = x
        var full = false
        /// Places one cell unit; sets `full` once the line has no room.
        func place(_ unit: Character, width: Int) {
            if width == 0 {
                // A combining mark joins the character before it.
                if column - 1 >= area.x, column - 1 < area.maxX, column > x {
                    var index = (column - 1) + y * size.width
                    if cells[index].isContinuation, column - 2 >= area.x { index -= 1 }
                    cells[index].character += String(unit)
                }
                return
            }
            if column >= area.maxX {
                full = true
                return
            }
            if column < area.x {
                column += width
                return
            }
            if width == 2 {
                if column + 1 >= area.maxX {
                    set(column, y, Cell(character: " ", role: role, isContinuation: false))
                    column += 1
                    full = true
                    return
                }
                set(column, y, Cell(character: String(unit), role: role, isContinuation: false))
                set(column + 1, y, Cell(character: "", role: role, isContinuation: true))
            } else {
                set(column, y, Cell(character: String(unit), role: role, isContinuation: false))
            }
            column += width
        }
        // Each character takes one cell (or two), except that a cluster of several spacing
        // code points (an emoji ZWJ sequence, say) is split into its code points, as wcwidth and
        // the terminal count them, so that no cell holds more than two columns.
        for character in Sanitizer.clean(text) {
            let width = DisplayWidth.of(character)
            if width > 2, character.unicodeScalars.count > 1 {
                for scalar in character.unicodeScalars where !full {
                    place(Character(scalar), width: DisplayWidth.of(scalar))
                }
            } else {
                place(character, width: width)
            }
            if full { break }
        }
        return column
    }

    /// Fills `rect` with spaces of `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { set(x, y, Cell(character: " ", role: role, isContinuation: false)) }
        }
    }

    /// Changes the role of the cells in `rect`, keeping their characters.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * size.width + x].role = role }
        }
    }

    /// Sets a cell, repairing a wide character whose other half it overwrites.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * size.width + x
        if cells[index].isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(character: " ", role: cells[index - 1].role, isContinuation: false)
        }
        if x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(character: " ", role: cells[index + 1].role, isContinuation: false)
        }
        cells[index] = cell
    }

    /// A row as text, continuation cells left out: what a terminal shows on that line.
    public func text(row y: Int) -> String {
        var line = ""
        for x in 0..<size.width where !self[x, y].isContinuation { line += self[x, y].character }
        return line
    }

    /// The whole frame as text, one line per row, trailing spaces kept.
    public var text: String {
        (0..<size.height).map { text(row: $0) }.joined(separator: "\n")
    }
}
