import ZonesCore

/// The explorer's pure core (state, events, rendering to a Frame) lives here; see docs/ARCHITECTURE.md.
public enum ZonesUI {
    public static let paneOrder: [Pane] = Pane.allCases
}
