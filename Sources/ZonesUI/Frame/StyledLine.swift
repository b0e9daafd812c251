/// A run of text in one role.
public struct Span: Hashable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, _ role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }
}

/// One laid-out line of a pane: spans that together fit the pane's width.
public struct StyledLine: Hashable, Sendable {
    public var spans: [Span]

    public init(_ spans: [Span] = []) {
        self.spans = spans
    }

    public init(_ text: String, _ role: StyleRole = .normal) {
        spans = [Span(text, role)]
    }

    public static let blank = StyledLine()

    public var plainText: String { spans.map(\.text).joined() }

    /// Whether the line has no text (cheaper than `plainText.isEmpty`, which joins the spans).
    public var isEmpty: Bool { spans.allSatisfy(\.text.isEmpty) }

    /// Draws the line at (x, y) inside `clip`; a `role` override restyles every span.
    public func draw(into frame: inout Frame, x: Int, y: Int, clip: Rect, override role: StyleRole? = nil) {
        var column = x
        for span in spans {
            column = frame.put(span.text, x: column, y: y, role: role ?? span.role, clip: clip)
        }
    }
}
