import CNcursesw
import ZonesUI

/// How each role looks: colour pairs on colour terminals, attributes alone under NO_COLOR or
/// on monochrome terminals.
struct Palette {
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    /// Indexed by the role's raw value: looked up for every cell drawn.
    private var looks = [Look](repeating: Look(attributes: zones_attr_normal(), pair: 0), count: StyleRole.allCases.count)

    func look(_ role: StyleRole) -> Look {
        looks[Int(role.rawValue)]
    }

    /// Attributes every terminal can show: what NO_COLOR gets.
    static func monochrome(_ role: StyleRole) -> attr_t {
        let bold = zones_attr_bold(), dim = zones_attr_dim(), reverse = zones_attr_reverse(), underline = zones_attr_underline()
        switch role {
        case .heading, .label, .overlayTitle, .warning, .figure, .accent, .breadcrumb, .cursor: return bold
        case .english, .dim, .cite, .pageMarker: return dim
        case .tabActive: return reverse | bold
        case .selection, .hintKey, .highlight: return reverse
        case .selectionInactive: return underline
        case .match: return reverse | underline
        case .normal, .tab, .hintText, .border, .bar, .overlay: return zones_attr_normal()
        }
    }

    /// Builds the palette; with colour it allocates one pair per role that needs one.
    static func make(useColor: Bool) -> Palette {
        var palette = Palette()
        guard useColor, has_colors(), start_color() == OK else {
            for role in StyleRole.allCases { palette.looks[Int(role.rawValue)] = Look(attributes: monochrome(role), pair: 0) }
            return palette
        }
        use_default_colors()
        let rich = zones_colors() >= 256
        // (foreground, background) with -1 for the terminal's own colours.
        func colors(_ role: StyleRole) -> (Int16, Int16, attr_t)? {
            let bold = zones_attr_bold()
            switch role {
            case .heading: return (Int16(COLOR_CYAN), -1, bold)
            case .label: return (rich ? 110 : Int16(COLOR_BLUE), -1, bold)
            case .accent: return (Int16(COLOR_CYAN), -1, 0)
            case .figure: return (Int16(COLOR_YELLOW), -1, bold)
            case .english: return rich ? (246, -1, 0) : nil
            case .dim, .cite, .pageMarker: return rich ? (242, -1, 0) : nil
            case .tab: return rich ? (250, 236, 0) : nil
            case .tabActive: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold)
            case .breadcrumb: return nil
            case .hintKey: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN), 0)
            case .selection: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN), 0)
            case .selectionInactive: return rich ? (-1, 238, 0) : nil
            case .cursor: return (Int16(COLOR_CYAN), -1, bold)
            case .border: return rich ? (240, -1, 0) : nil
            case .highlight: return (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), 0)
            case .match: return (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), bold)
            case .bar: return (Int16(COLOR_GREEN), -1, 0)
            case .warning: return (Int16(COLOR_RED), -1, bold)
            case .overlay, .overlayTitle, .normal, .hintText: return nil
            }
        }
        var nextPair: Int16 = 1
        for role in StyleRole.allCases {
            guard let (fg, bg, extra) = colors(role) else {
                palette.looks[Int(role.rawValue)] = Look(attributes: monochrome(role), pair: 0)
                continue
            }
            init_pair(nextPair, fg, bg)
            palette.looks[Int(role.rawValue)] = Look(attributes: extra, pair: nextPair)
            nextPair += 1
        }
        return palette
    }
}
