import Synchronization
import ZonesCore
import ZonesUI

/// Builds the search index on another thread while the reader looks at the first frame, so
/// that `/` opens at once instead of indexing the whole report first.
final class SearchIndexBuild: Sendable {
    private let result = Mutex<SearchIndex?>(nil)

    init(report: Report) {
        Task.detached(priority: .utility) { [self] in
            let index = SearchIndex(report: report)
            result.withLock { $0 = index }
        }
    }

    /// The index once built, handed over once.
    func take() -> PreparedSearchIndex? {
        result.withLock { stored in
            defer { stored = nil }
            return stored.map(PreparedSearchIndex.init)
        }
    }
}
