import Synchronization
import ZonesCore

/// Remembers laid-out documents. Layout is a pure function of this key and the report, so a
/// remembered document is the very value a fresh layout would give: `update` and `render` stay
/// pure while a key press no longer re-wraps a whole pane.
final class LayoutCache: Sendable {
    struct Key: Hashable {
        var pane: Pane
        var selection: Int
        var width: Int
        var language: Language
        var ascii: Bool
    }

    /// Documents kept before the cache starts over: every pane and list row at two sizes or
    /// languages.
    static let documentLimit = 96

    private let documents = Mutex<[Key: Document]>([:])
    /// Items' text prepared for search highlighting, which only depends on the item.
    private let searchTexts = Mutex<[SearchTextKey: SearchText]>([:])

    /// Screen geometry depends on the list's titles, which depend only on the language.
    struct ScreenKey: Hashable {
        var size: Size
        var pane: Pane
        var language: Language
    }

    private let screens = Mutex<[ScreenKey: ScreenLayout]>([:])

    func screen(_ key: ScreenKey, make: () -> ScreenLayout) -> ScreenLayout {
        if let cached = screens.withLock({ $0[key] }) { return cached }
        let screen = make()
        screens.withLock { stored in
            if stored.count >= Self.documentLimit { stored.removeAll() }
            stored[key] = screen
        }
        return screen
    }

    struct SearchTextKey: Hashable {
        var document: Key
        var item: Int
    }

    func searchText(_ key: Key, item: Int, make: () -> SearchText) -> SearchText {
        let textKey = SearchTextKey(document: key, item: item)
        if let cached = searchTexts.withLock({ $0[textKey] }) { return cached }
        let text = make()
        searchTexts.withLock { stored in
            if stored.count > 4096 { stored.removeAll() }
            stored[textKey] = text
        }
        return text
    }

    func contains(_ key: Key) -> Bool {
        documents.withLock { $0[key] != nil }
    }

    func document(_ key: Key, make: () -> Document) -> Document {
        if let cached = documents.withLock({ $0[key] }) { return cached }
        let document = make()
        documents.withLock { stored in
            // Sizes change with every resize; keep the cache from growing without bound.
            if stored.count >= Self.documentLimit { stored.removeAll() }
            stored[key] = document
        }
        return document
    }
}
