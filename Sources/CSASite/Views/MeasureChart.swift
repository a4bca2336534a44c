import CSAModel

/// The geometry of a measure's bar chart, worked out here and drawn by the `partials/chart` template as SVG.
struct MeasureChart {
    /// One bar with its label.
    struct Bar {
        let x: String
        let y: String
        let width: String
        let height: String
        let labelX: String
        let valueY: String
        let period: String
        let value: String
        let isLatest: Bool
    }

    /// A horizontal grid line with its value.
    struct GridLine {
        let y: String
        let label: String
    }

    let width = 640
    let height = 300
    let bars: [Bar]
    let grid: [GridLine]
    let axisY: String
    /// Where the plot starts: room for the longest axis label (about 9 units a character at the chart's
    /// type size), at least 64.
    let plotLeft: String
    /// The right edge of the axis labels, just left of the plot.
    let labelRight: String
    let plotRight = "632"
    let summary: String

    init(_ measure: Measure) {
        let maxValue = MeasureChart.niceCeiling(measure.values.map(\.value).max() ?? 0)
        let labels = (0...4).map { Wording.number(maxValue * Double($0) / 4) }
        let longest = labels.map(\.count).max() ?? 1
        let top = 24.0, bottom = 260.0, left = max(64.0, Double(longest * 9 + 16)), right = 632.0
        let count = max(1, measure.values.count)
        let slot = (right - left) / Double(count)
        let barWidth = min(72, slot * 0.6)
        func fmt(_ d: Double) -> String { Wording.number((d * 10).rounded() / 10).replacingOccurrences(of: ",", with: "") }
        bars = measure.values.enumerated().map { i, v in
            let h = maxValue > 0 ? max(0, v.value) / maxValue * (bottom - top) : 0
            let x = left + slot * Double(i) + (slot - barWidth) / 2
            return Bar(x: fmt(x), y: fmt(bottom - h), width: fmt(barWidth), height: fmt(h), labelX: fmt(x + barWidth / 2),
                       valueY: fmt(bottom - h - 6), period: v.period, value: Wording.number(v.value), isLatest: i == measure.values.count - 1)
        }
        grid = (0...4).map { step in
            GridLine(y: fmt(bottom - (bottom - top) * Double(step) / 4), label: labels[step])
        }
        axisY = fmt(bottom)
        plotLeft = fmt(left)
        labelRight = fmt(left - 8)
        summary = MeasureChart.summary(measure)
    }

    /// The chart in words: what it shows, from the first value to the last (or the one value there is).
    static func summary(_ measure: Measure) -> String {
        func value(_ v: MeasureValue) -> String { "\(Wording.number(v.value)) in \(v.period)" }
        let values: String
        switch measure.values.count {
        case 0: values = "with no values yet"
        case 1: values = "with one value, \(value(measure.values[0]))"
        default: values = "from \(value(measure.values[0])) to \(value(measure.values[measure.values.count - 1]))"
        }
        return "Bar chart of the measure \u{201C}\(measure.title)\u{201D} (\(measure.unit)), \(values). \(measure.better.sentence). The table below gives every value."
    }

    /// A round number at or above `value` for the top of the axis: 1, 2, 2.5 or 5 times a power of ten.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        while power > value { power /= 10 }
        for step in [1.0, 2.0, 2.5, 5.0, 10.0] where step * power >= value { return step * power }
        return 10 * power
    }
}
