/// The original report rebuilt as clean paragraphs, each knowing the pages it spans.
public struct SourceText: Codable, Hashable, Sendable {
    public var paragraphs: [Paragraph]
}

/// A rebuilt paragraph of the original; one segment per page it crosses.
public struct Paragraph: Codable, Hashable, Sendable {
    /// What a paragraph is in the report's layout.
    public enum Kind: String, Codable, Hashable, Sendable {
        case header, note, title, heading, body
    }

    /// The part of a paragraph that stands on one page.
    public struct Segment: Codable, Hashable, Sendable {
        public var page: Int
        public var zh: String
    }

    public var number: Int
    public var kind: Kind
    public var segments: [Segment]

    public var text: String { segments.map(\.zh).joined() }
    public var firstPage: Int { segments.first?.page ?? 0 }

    /// The page on which the character at `offset` (in UTF-8 bytes of `text`) stands.
    public func page(atUTF8Offset offset: Int) -> Int {
        var start = 0
        for segment in segments {
            let end = start + segment.zh.utf8.count
            if offset < end { return segment.page }
            start = end
        }
        return segments.last?.page ?? 0
    }
}
