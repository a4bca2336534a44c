import CSAModel

/// The small pieces drafted text is made of: plain-text inlines, paragraphs, lists, and the way
/// numbers, counts and lists of names are written in a paper.
enum DraftText {
    /// Plain text as inlines on `line`.
    static func inlines(_ text: String, line: Int) -> [Inline] { [Inline(.text(text), line: line)] }

    static func paragraph(_ text: String, line: Int) -> PaperBlock {
        .block(Block(.paragraph(inlines(text, line: line)), line: line))
    }

    /// A tight bullet list, one item per text.
    static func bulletList(_ items: [String], line: Int) -> PaperBlock {
        .block(Block(.list(style: .bullet, tight: true, items: items.map { [Block(.paragraph(inlines($0, line: line)), line: line)] }), line: line))
    }


    /// "table", "list or table", "a, b or c".
    static func alternatives(_ words: [String]) -> String {
        switch words.count {
        case 0: return ""
        case 1: return words[0]
        default: return words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
        }
    }

    /// "1 action", "3 actions".
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// "1 April 2011 to 31 March 2014".
    static func period(_ period: Period) -> String { "\(period.start.longForm) to \(period.end.longForm)" }

    /// The name of a body, or its id when the site does not list it.
    static func body(_ id: String, in publication: Publication) -> String { publication.site.body(id)?.name ?? id }

    /// How many digits a figure has after the decimal point as the data gives it (at most 3).
    static func decimals(_ value: Double) -> Int {
        let text = String(value)
        guard !text.contains("e"), let dot = text.firstIndex(of: ".") else { return text.contains("e") ? 3 : 0 }
        let fraction = text[text.index(after: dot)...]
        return fraction == "0" ? 0 : min(3, fraction.count)
    }

    /// A figure with thousands separated by commas and `decimals` digits after the point: "72,940", "32.4".
    /// Negative figures start with a minus sign (U+2212), as printed tables write them.
    static func number(_ value: Double, decimals: Int) -> String {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9e15 else { return String(value) }
        let whole = Int64(scaled) / scale, fraction = Int64(scaled) % scale
        var digits = String(whole), grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            let f = String(fraction)
            grouped += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        return (value < 0 && scaled > 0 ? "\u{2212}" : "") + grouped
    }

    /// A change with its sign: "+1.5", "−6,760", "0".
    static func signed(_ value: Double, decimals: Int) -> String {
        let text = number(value, decimals: decimals)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "+" + text : text
    }
}
