import CSAModel

/// How dates, periods, statuses and numbers are written on every page, in one place.
enum Wording {
    /// "1 April 2024 to 31 March 2025".
    static func period(_ period: Period) -> String {
        "\(period.start.longForm) to \(period.end.longForm)"
    }

    /// "Approved by the Kent Community Safety Partnership on 20 May 2011", with the illustrative marker.
    static func approval(_ edition: Edition, site: SiteInfo) -> String {
        guard let approval = edition.approval else { return "Draft: no approval is recorded" }
        let body = site.body(approval.body)?.name ?? approval.body
        return "Approved by the \(body) on \(approval.date.longForm)" + (approval.illustrative ? " (an example date: no source paper gives it)" : "")
    }

    /// A number as people write it: no trailing `.0`, thousands separated by commas. The reader keeps measure
    /// values within a million million; anything beyond `Int`'s safe range (or not finite) is written as Swift
    /// writes it rather than converted, since converting it would trap.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        guard rounded.isFinite, abs(rounded) < 1e15 else { return "\(value)" }
        let negative = rounded < 0
        let whole = Int(abs(rounded))
        let fraction = abs(rounded) - Double(whole)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        if fraction > 0.000001 {
            let cents = Int((fraction * 100).rounded())
            grouped += cents % 10 == 0 ? ".\(cents / 10)" : (cents < 10 ? ".0\(cents)" : ".\(cents)")
        }
        return (negative ? "-" : "") + grouped
    }

    /// What a page says when parts of the actions it shows are examples; nil when none has any.
    static func illustrativeActions(_ actions: [Action]) -> String? { MarkingWording.actionsNote(actions) }

    /// "1 action", "3 actions".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
