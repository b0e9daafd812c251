/// The drawing characters, in Unicode or, for terminals that draw them double-width, ASCII.
public struct Glyphs: Hashable, Sendable {
    public var bullet: String
    public var figureBullet: String
    public var pointer: String
    public var separator: String
    public var vertical: String
    public var horizontal: String
    public var ellipsis: String
    public var crumb: String
    public var middleDot: String
    public var arrow: String
    /// Bar pieces from one eighth to a full cell; ASCII has only halves and fulls.
    public var eighths: [String]

    public static let unicode = Glyphs(
        bullet: "•", figureBullet: "▪", pointer: "▸", separator: "│", vertical: "│", horizontal: "─",
        ellipsis: "…", crumb: "›", middleDot: "·", arrow: "→",
        eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    )

    public static let ascii = Glyphs(
        bullet: "*", figureBullet: "#", pointer: ">", separator: "|", vertical: "|", horizontal: "-",
        ellipsis: "...", crumb: ">", middleDot: "/", arrow: "->",
        eighths: ["", "", "", "+", "+", "+", "+", "#"]
    )

    /// A horizontal bar `fraction` (0…1) of `width` cells long, to an eighth of a cell.
    public func bar(fraction: Double, width: Int) -> String {
        guard width > 0, fraction > 0 else { return "" }
        let eighthsTotal = Int((min(1, fraction) * Double(width) * 8).rounded())
        let full = eighthsTotal / 8
        let rest = eighthsTotal % 8
        var bar = String(repeating: eighths[7], count: full)
        if rest > 0 { bar += eighths[rest - 1] }
        if bar.isEmpty { bar = eighths[0].isEmpty ? eighths[3] : eighths[0] }
        return bar
    }
}
