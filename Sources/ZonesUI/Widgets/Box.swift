import ZonesCore

/// A border around a rectangle, in box-drawing characters or ASCII.
public enum Box {
    public static func draw(into frame: inout Frame, _ rect: Rect, glyphs: Glyphs, title: String = "") {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let ascii = glyphs == .ascii
        let (tl, tr, bl, br, h, v) = ascii ? ("+", "+", "+", "+", "-", "|") : ("┌", "┐", "└", "┘", "─", "│")
        let inner = String(repeating: h, count: rect.width - 2)
        frame.put(tl + inner + tr, x: rect.x, y: rect.y, role: .border)
        frame.put(bl + inner + br, x: rect.x, y: rect.maxY - 1, role: .border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            frame.put(v, x: rect.x, y: y, role: .border)
            frame.put(v, x: rect.maxX - 1, y: y, role: .border)
        }
        if !title.isEmpty, rect.width > 6 {
            let shown = ascii ? title.replacing("·", with: "/") : title
            frame.put(DisplayWidth.truncate(shown, to: rect.width - 4, ellipsis: glyphs.ellipsis), x: rect.x + 2, y: rect.y, role: .overlayTitle,
                      clip: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1))
        }
    }
}

/// The message shown instead of the explorer when the terminal is too small for it.
public enum SizeWarning {
    public static func draw(into frame: inout Frame, need: Size, have: Size) {
        let lines = [
            "Terminal too small",
            "need \(need.width)×\(need.height)",
            "have \(have.width)×\(have.height)",
        ]
        let top = max(0, (have.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            frame.put(line, x: max(0, (have.width - width) / 2), y: top + index, role: index == 0 ? .warning : .normal)
        }
    }
}
