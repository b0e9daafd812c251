import ZonesCore

/// Where the parts of the screen go at a size: shared by `render` and by `update`, which needs
/// the same geometry for scrolling and mouse clicks.
public struct ScreenLayout: Hashable, Sendable {
    public static let minimum = Size(width: 40, height: 12)

    public var size: Size
    public var tabs: Rect
    public var breadcrumb: Rect
    public var body: Rect
    public var hints: Rect
    public var list: Rect
    public var separator: Rect
    public var detail: Rect

    public var isTooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height }

    public init(size: Size, pane: Pane, listTitles: [String]) {
        self.size = size
        tabs = Rect(x: 0, y: 0, width: size.width, height: 1)
        breadcrumb = Rect(x: 0, y: 1, width: size.width, height: 1)
        body = Rect(x: 0, y: 2, width: size.width, height: size.height - 3)
        hints = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        if listTitles.isEmpty {
            list = Rect(x: 0, y: body.y, width: 0, height: 0)
            separator = list
            detail = Rect(x: 1, y: body.y, width: size.width - 2, height: body.height)
        } else {
            let longest = listTitles.map { DisplayWidth.of($0) }.max() ?? 10
            let width = min(max(longest + 3, 12), size.width / 3)
            list = Rect(x: 0, y: body.y, width: width, height: body.height)
            separator = Rect(x: width, y: body.y, width: 1, height: body.height)
            detail = Rect(x: width + 2, y: body.y, width: size.width - width - 3, height: body.height)
        }
    }
}
