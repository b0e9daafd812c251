/// What a cell shows, not how: the terminal backend turns roles into colours and attributes,
/// and under NO_COLOR into bold, reverse and underline alone.
public enum StyleRole: UInt8, CaseIterable, Hashable, Sendable {
    case normal
    case dim
    case english
    case heading
    case label
    case accent
    case figure
    case cite
    case tab
    case tabActive
    case breadcrumb
    case hintKey
    case hintText
    case selection
    case selectionInactive
    case cursor
    case border
    case pageMarker
    case highlight
    case bar
    case match
    case overlay
    case overlayTitle
    case warning
}
