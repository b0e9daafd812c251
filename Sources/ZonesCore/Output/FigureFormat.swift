/// How a figure reads in English: "about 50,000 firms", "more than 10 reform measures", "X fields".
public enum FigureFormat {
    public static func english(_ figure: Figure) -> String {
        let amount: String
        if let symbol = figure.symbol {
            amount = symbol
        } else if let value = figure.value {
            amount = number(value)
        } else {
            amount = "X"
        }
        let prefix: String
        switch figure.qualifier {
        case .exact: prefix = ""
        case .about: prefix = "about "
        case .over: prefix = "more than "
        }
        let unit = figure.unit.en.isEmpty ? "" : (figure.unit.en == "%" ? "%" : " " + figure.unit.en)
        return prefix + amount + unit
    }

    /// A number with thousands separators and no needless decimals.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            let digits = String(Int(abs(value)))
            var grouped = ""
            for (i, c) in digits.enumerated() {
                if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
                grouped.append(c)
            }
            return (value < 0 ? "-" : "") + grouped
        }
        return String(value)
    }
}

extension FigureFormat {
    /// The figure as the report states it, led by what it counts unless the statement says so.
    public static func statement(_ figure: Figure) -> (zh: String, en: String) {
        let zh = figure.text.zh.contains(figure.label.zh) ? figure.text.zh : "\(figure.label.zh)：\(figure.text.zh)"
        let en = figure.text.en.lowercased().contains(figure.label.en.lowercased()) ? figure.text.en : "\(figure.label.en): \(figure.text.en)"
        return (zh, en)
    }
}
