/// A window of text around a match that fits a width, with the match's place in it.
public enum Snippet {
    /// `match` is in `text`'s characters; the snippet and the returned range are in cleaned
    /// characters (`Sanitizer`), as they will be shown. Only the window is measured and cleaned,
    /// straight from the text's bytes, so a long paragraph costs no more than a short one.
    public static func around(_ text: SearchText, match: Range<Int>, width: Int) -> (String, Range<Int>) {
        let count = text.characterCount
        guard match.lowerBound >= 0, match.upperBound <= count, !match.isEmpty else {
            return (DisplayWidth.truncate(Sanitizer.clean(text.text), to: width), 0..<0)
        }
        var string = text.text
        string.makeContiguousUTF8()
        let found = string.utf8.withContiguousStorageIfAvailable { bytes in
            window(Window(bytes: bytes, starts: text.characterStarts), count: count, match: match, width: width)
        }
        return found ?? (DisplayWidth.truncate(Sanitizer.clean(text.text), to: width), 0..<0)
    }

    /// A text's bytes and where each character starts in them.
    struct Window {
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: [Int32]

        /// Columns characters `range` take once cleaned for the screen.
        func columns(_ range: Range<Int>) -> Int {
            var total = 0
            var i = Int(starts[range.lowerBound])
            let end = Int(starts[range.upperBound])
            while i < end {
                let (scalar, length) = Self.decode(bytes, at: i)
                i += length
                let v = scalar.value
                if v >= 0x20 && v < 0x7F {
                    total += 1
                } else if Sanitizer.needsCleaning(scalar) {
                    total += DisplayWidth.of(Sanitizer.clean(String(scalar)))
                } else {
                    total += DisplayWidth.of(scalar)
                }
            }
            return total
        }

        /// Characters `range` as a cleaned string.
        func string(_ range: Range<Int>) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[Int(starts[range.lowerBound])..<Int(starts[range.upperBound])])
            return Sanitizer.clean(String(decoding: slice, as: UTF8.self))
        }

        /// The scalar at `i` in valid UTF-8 (a Swift string's bytes), and its length.
        static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
            let b0 = UInt32(bytes[i])
            let value: UInt32
            let length: Int
            if b0 < 0x80 {
                (value, length) = (b0, 1)
            } else if b0 < 0xE0 {
                (value, length) = ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
            } else if b0 < 0xF0 {
                (value, length) = ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
            } else {
                (value, length) = ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4)
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
    }

    static func window(_ text: Window, count: Int, match: Range<Int>, width: Int) -> (String, Range<Int>) {
        var start = match.lowerBound
        var end = match.upperBound
        let matchWidth = text.columns(match)
        let room = max(matchWidth, width - 2)
        var used = matchWidth
        // Some context to the left, as much as fits to the right, then fill up the left.
        var left = 0
        while start > 0 {
            let w = text.columns((start - 1)..<start)
            guard left + w <= room / 3, used + w <= room else { break }
            start -= 1
            left += w
            used += w
        }
        while end < count {
            let w = text.columns(end..<(end + 1))
            guard used + w <= room else { break }
            used += w
            end += 1
        }
        while start > 0 {
            let w = text.columns((start - 1)..<start)
            guard used + w <= room else { break }
            start -= 1
            used += w
        }
        let lead = start > 0 ? "…" : ""
        let tail = end < count ? "…" : ""
        let before = text.string(start..<match.lowerBound)
        let matched = text.string(match)
        let after = text.string(match.upperBound..<end)
        let shift = lead.count + before.count
        return (lead + before + matched + after + tail, shift..<(shift + matched.count))
    }
}
