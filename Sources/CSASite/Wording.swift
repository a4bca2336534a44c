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

    /// A number as people write it: thousands separated by commas, and every decimal the data gives, no
    /// more and no fewer (`DecimalText`), as the CSV and JSON give it.
    static func number(_ value: Double) -> String {
        DecimalText.text(value, thousands: true)
    }

    /// What a page says when parts of the actions it shows are examples; nil when none has any.
    static func illustrativeActions(_ actions: [Action]) -> String? { MarkingWording.actionsNote(actions) }

    /// "1 action", "3 actions".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
