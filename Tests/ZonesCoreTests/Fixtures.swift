import Foundation
@testable import ZonesCore

/// Files of the package and the report loaded once for all tests.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func asset(_ name: String) -> URL { packageRoot.appending(path: "Assets/\(name)") }

    static let report: Report = {
        do { return try DatasetLoader.loadEmbedded() } catch { fatalError("the embedded dataset does not load: \(error)") }
    }()

    static let datasetJSON: String = (try? String(contentsOf: asset("report.json"), encoding: .utf8)) ?? ""

    /// The dataset as a mutable JSON tree, for tests that break it on purpose.
    static func datasetTree() -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(datasetJSON.utf8))) as? [String: Any] ?? [:]
    }

    static func bytes(of tree: Any) -> [UInt8] {
        [UInt8]((try? JSONSerialization.data(withJSONObject: tree)) ?? Data())
    }
}
