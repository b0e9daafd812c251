import Foundation
import ZonesCore
@testable import ZonesUI

/// The report and ready-made states for explorer tests.
enum UIFixtures {
    static let report: Report = {
        do { return try DatasetLoader.loadEmbedded() } catch { fatalError("the embedded dataset does not load: \(error)") }
    }()

    static func state(_ size: Size = Size(width: 80, height: 24), language: Language = .both, ascii: Bool = false) -> AppState {
        AppState(report: report, size: size, language: language, options: ExplorerOptions(ascii: ascii, mouse: true))
    }

    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")
}

extension AppState {
    /// The state after a sequence of events.
    func after(_ events: Event...) -> AppState {
        events.reduce(self) { update($0, $1) }
    }

    func after(keys: String) -> AppState {
        keys.reduce(self) { update($0, .key(.character($1))) }
    }

    var screenText: String { render(self, size).text }
}
