import ZonesCore

/// The pane tabs along the top, with their number keys, in the current language.
public struct TabBar: Sendable {
    /// Where one tab stands on the row.
    public struct Tab: Hashable, Sendable {
        public var pane: Pane
        public var title: String
        public var range: Range<Int>
    }

    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Tabs laid out on a row of `width` columns: full titles when they fit, then shorter ones,
    /// then numbers alone.
    public func layout(width: Int) -> [Tab] {
        let styles: [(Pane) -> String] = [
            { pane in
                switch self.language {
                case .zh: "\(self.number(pane)) \(pane.label.zh)"
                case .en: "\(self.number(pane)) \(pane.label.en)"
                case .both: "\(self.number(pane)) \(pane.label.zh) \(pane.label.en)"
                }
            },
            { pane in "\(self.number(pane)) \(self.language == .en ? pane.label.en : pane.label.zh)" },
            { pane in self.number(pane) },
        ]
        for style in styles {
            var tabs: [Tab] = []
            var x = 0
            for pane in Pane.allCases {
                let title = " \(style(pane)) "
                let w = DisplayWidth.of(title)
                tabs.append(Tab(pane: pane, title: title, range: x..<(x + w)))
                x += w + 1
            }
            if x - 1 <= width { return tabs }
        }
        return []
    }

    func number(_ pane: Pane) -> String {
        String(Pane.allCases.firstIndex(of: pane)! + 1)
    }

    public func draw(into frame: inout Frame, area: Rect, current: Pane) {
        frame.fill(area, role: .tab)
        for tab in layout(width: area.width) {
            frame.put(tab.title, x: area.x + tab.range.lowerBound, y: area.y, role: tab.pane == current ? .tabActive : .tab, clip: area)
        }
    }
}
