import CSADiff
import CSAModel

/// `measures`: each measure's latest figure against the one before it (the "performance monitoring"
/// appendix of the partnership's annual review), as a table (measure, previous, latest, change, better
/// or worse) or as a sentence, for every measure or one priority's.
enum MeasureDraft {
    static let header = ["Measure", "Previous", "Latest", "Change", "Better or worse"]

    /// A measure's last two figures and which way it moved, by its direction of good.
    struct Row {
        let measure: Measure
        let previous: MeasureValue?
        let latest: MeasureValue?
        let trend: Trend

        init(_ measure: Measure) {
            self.measure = measure
            var earlier = measure
            if !earlier.values.isEmpty { earlier.values.removeLast() }
            previous = earlier.values.last
            latest = measure.values.last
            // The one rule for better and worse: the comparison's, applied to the two latest periods.
            trend = MeasureChange(old: MeasureSide(earlier), new: MeasureSide(measure)).trend
        }
    }

    static func draft(_ c: DraftContext) throws(DirectiveErrors) -> [PaperBlock] {
        let edition = try c.edition()
        let priority = try c.priority(in: edition)
        let rows = edition.measures.filter { m in priority.map { m.priority == $0.id } ?? true }.map(Row.init)
        guard !rows.isEmpty else {
            return [c.paragraph(priority.map { "The \(edition.title) has no measures for \($0.title)." } ?? "The \(edition.title) has no measures.")]
        }
        let examples = rows.filter { $0.measure.illustrative }.count
        let markRows = examples > 0 && examples < rows.count
        var blocks: [PaperBlock]
        if c.form == "text" {
            blocks = [c.paragraph(sentence(rows, scope: priority?.title, edition: edition))]
        } else {
            let cells = rows.map { row in
                [row.measure.title + (markRows && row.measure.illustrative ? ExampleNotes.mark : ""),
                 figure(row.previous, row), figure(row.latest, row), change(row), trend(row.trend)].map(c.cell)
            }
            let caption = "Measures of the \(edition.title)" + (priority.map { " for \($0.title)" } ?? "") + ": the latest period against the previous one"
            blocks = [.table(PaperTable(caption: caption, header: header, rows: cells, line: c.line))]
        }
        if examples > 0 { blocks.append(c.paragraph(ExampleNotes.figures(all: examples == rows.count))) }
        return blocks
    }

    /// The digits after the point both figures are written with.
    private static func decimals(_ row: Row) -> Int {
        max(row.previous.map { DraftText.decimals($0.value) } ?? 0, row.latest.map { DraftText.decimals($0.value) } ?? 0)
    }

    /// "72,940 (2010-11)", "30.9% (2010-11)", or "No figure".
    static func figure(_ value: MeasureValue?, _ row: Row) -> String {
        guard let value else { return "No figure" }
        return DraftText.number(value.value, decimals: decimals(row)) + (row.measure.unit == "%" ? "%" : "") + " (\(value.period))"
    }

    /// "−6,760 (−9.3%)", "+1.5 points" for a percentage, or "Not comparable".
    static func change(_ row: Row) -> String {
        guard let previous = row.previous?.value, let latest = row.latest?.value else { return "Not comparable" }
        let difference = latest - previous
        let text = DraftText.signed(difference, decimals: decimals(row))
        if row.measure.unit == "%" { return text + " points" }
        guard previous != 0 else { return text }
        return text + " (\(DraftText.signed(difference / previous * 100, decimals: 1))%)"
    }

    /// "Better", "Worse", "No change", "Not comparable".
    static func trend(_ trend: Trend) -> String {
        switch trend {
        case .better: return "Better"
        case .worse: return "Worse"
        case .noChange: return "No change"
        case .notComparable: return "Not comparable"
        }
    }

    /// "Compared with the previous period, 3 of the 6 measures were better and 3 were worse. The measures for
    /// Domestic abuse, Substance misuse and Acquisitive crime were worse."
    static func sentence(_ rows: [Row], scope: String?, edition: Edition) -> String {
        let total = rows.count
        let count = { (trend: Trend) in rows.filter { $0.trend == trend }.count }
        let (better, worse, same, none) = (count(.better), count(.worse), count(.noChange), count(.notComparable))
        let scoped = scope.map { " for \($0)" } ?? ""
        let phrases: [Trend: (one: String, many: String)] = [
            .better: ("was better", "were better"), .worse: ("was worse", "were worse"),
            .noChange: ("showed no change", "showed no change"), .notComparable: ("had no earlier figure", "had no earlier figure"),
        ]
        var parts: [String] = []
        if let only = [Trend.better, .worse, .noChange, .notComparable].first(where: { count($0) == total }), let phrase = phrases[only] {
            parts.append(total == 1 ? "the one measure\(scoped) \(phrase.one)" : "all \(total) measures\(scoped) \(phrase.many)")
        } else {
            parts.append(better == 0 ? "none of the \(total) measures\(scoped) was better" : "\(better) of the \(total) measures\(scoped) \(better == 1 ? "was" : "were") better")
            if worse > 0 { parts.append("\(worse) \(worse == 1 ? "was" : "were") worse") }
            if same > 0 { parts.append("\(same) showed no change") }
            if none > 0 { parts.append("\(none) had no earlier figure") }
        }
        var text = "Compared with the previous period, \(EnglishList.and(parts))."
        if worse > 0, worse < total, scope == nil {
            var names: [String] = []
            for row in rows where row.trend == .worse {
                let name = edition.priority(row.measure.priority)?.title ?? row.measure.title
                if !names.contains(name) { names.append(name) }
            }
            text += " The measure\(worse == 1 ? "" : "s") for \(EnglishList.and(names)) \(worse == 1 ? "was" : "were") worse."
        }
        return text
    }
}
