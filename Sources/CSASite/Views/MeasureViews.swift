import CSAModel

/// One measure: what it counts, which way is better, the chart and the table behind it.
struct MeasureView {
    let anchor: String
    let title: String
    let unit: String
    let betterText: String
    let source: String
    /// True when the figures are examples.
    let illustrative: Bool
    let marking: Marking
    let chart: MeasureChart
    let rows: [MeasureRow]
    let trendText: String
}

/// A row of a measure's data table.
struct MeasureRow {
    let period: String
    let value: String
    let change: String
}

/// The measures of one priority.
struct MeasureGroup {
    let anchor: String
    let title: String
    let href: String
    let measures: [MeasureView]
}

/// The measures page.
struct MeasuresView {
    let frame: PageFrame
    let anyIllustrative: Bool
    let allIllustrative: Bool
    let groups: [MeasureGroup]
    let measureData: DataLinks
}

/// Builds the measures page.
enum MeasurePages {
    static func measures(_ edition: Edition, _ publication: Publication, frames: FrameBuilder) -> MeasuresView {
        let page = SitePage.measures(edition.id)
        let v = ViewBuilder(publication: publication, edition: edition, page: page)
        let frame = frames.frame(for: page, title: "Measures",
                                 description: "The performance measures of the \(edition.title), compared with the previous year.",
                                 crumbs: [(edition.title, .editionHome(edition.id))])
        return MeasuresView(frame: frame, anyIllustrative: edition.measures.contains(where: \.illustrative),
                            allIllustrative: !edition.measures.isEmpty && edition.measures.allSatisfy(\.illustrative),
                            groups: groups(edition, v, site: publication.site), measureData: v.dataLinks(.measures))
    }

    /// The edition's measures by priority; `anchorPrefix` keeps the ids apart where the measures share a
    /// page with other content (the whole document).
    static func groups(_ edition: Edition, _ v: ViewBuilder, site: SiteInfo, anchorPrefix: String = "") -> [MeasureGroup] {
        edition.priorities.compactMap { priority -> MeasureGroup? in
            let measures = edition.measures.filter { $0.priority == priority.id }
            guard !measures.isEmpty else { return nil }
            return MeasureGroup(anchor: "\(anchorPrefix)measures-\(priority.id)", title: priority.title, href: v.href(.priority(edition.id, priority.id)),
                                measures: measures.map { view($0, site: site, anchorPrefix: anchorPrefix) })
        }
    }

    static func view(_ measure: Measure, site: SiteInfo, anchorPrefix: String = "") -> MeasureView {
        var rows: [MeasureRow] = []
        for (i, value) in measure.values.enumerated() {
            var change = "—"
            if i > 0 {
                let delta = DecimalText.difference(value.value, measure.values[i - 1].value)
                let better = (delta < 0) == (measure.better == .lower)
                change = delta == 0 ? "No change" : (delta > 0 ? "Up " : "Down ") + Wording.number(abs(delta)) + (better ? " (better)" : " (worse)")
            }
            rows.append(MeasureRow(period: value.period, value: Wording.number(value.value), change: change))
        }
        return MeasureView(anchor: "\(anchorPrefix)measure-\(measure.id)", title: measure.title, unit: measure.unit, betterText: measure.better.sentence,
                           source: measure.source, illustrative: measure.illustrative,
                           marking: MarkingWording.marking(measure.provenance, noun: "measure", site: site), chart: MeasureChart(measure),
                           rows: rows, trendText: trend(measure))
    }

    /// "Improved: 1,100 in 2024-25 against 1,200 in 2023-24 (lower is better)."
    static func trend(_ measure: Measure) -> String {
        guard measure.values.count >= 2 else { return "Only one period so far; no comparison yet." }
        let last = measure.values[measure.values.count - 1], before = measure.values[measure.values.count - 2]
        let word: String
        if last.value == before.value {
            word = "No change"
        } else {
            let better = (last.value < before.value) == (measure.better == .lower)
            word = better ? "Improved" : "Worsened"
        }
        return "\(word): \(Wording.number(last.value)) in \(last.period) against \(Wording.number(before.value)) in \(before.period) (\(measure.better.sentence.lowercased()))."
    }
}
