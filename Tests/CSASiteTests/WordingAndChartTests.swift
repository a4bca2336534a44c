@testable import CSASite
import CSAModel
import Testing

/// Numbers, counts and chart geometry as pages show them.
@Suite struct WordingAndChartTests {
    @Test func numbersAreWrittenPlainly() {
        #expect(Wording.number(1200) == "1,200")
        #expect(Wording.number(1234567) == "1,234,567")
        #expect(Wording.number(12.5) == "12.5")
        #expect(Wording.number(0.25) == "0.25")
        #expect(Wording.number(-40) == "-40")
        #expect(Wording.count(1, "action") == "1 action")
        #expect(Wording.count(2, "priority", "priorities") == "2 priorities")
    }

    @Test func chartAxisTopsAtARoundNumber() {
        #expect(MeasureChart.niceCeiling(0) == 1)
        #expect(MeasureChart.niceCeiling(7) == 10)
        #expect(MeasureChart.niceCeiling(1200) == 2000)
        #expect(MeasureChart.niceCeiling(230) == 250)
        #expect(MeasureChart.niceCeiling(48) == 50)
        #expect(MeasureChart.niceCeiling(100) == 100)
    }

    @Test func barsScaleToTheAxis() {
        let measure = Measure(id: "m", priority: "p", title: "Casualties", unit: "people", better: .lower,
                              values: [MeasureValue(period: "2022-23", value: 500), MeasureValue(period: "2023-24", value: 1000)],
                              source: "s", illustrative: true, location: SourceLocation(file: "f"))
        let chart = MeasureChart(measure)
        // Axis top is 1,000: the first bar is half the plot (24 to 260) tall, the second fills it.
        #expect(chart.bars.map(\.height) == ["118", "236"])
        #expect(chart.bars.map(\.y) == ["142", "24"])
        #expect(chart.bars.last?.isLatest == true)
        #expect(chart.grid.map(\.label) == ["0", "250", "500", "750", "1,000"])
        #expect(MeasurePages.trend(measure) == "Worsened: 1,000 in 2023-24 against 500 in 2022-23 (lower is better).")
    }
}
