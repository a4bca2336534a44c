@testable import CSASite
import CSAModel
import Testing

/// Numbers at and beyond the largest value the reader accepts are written without trapping.
@Suite struct NumberWordingTests {
    @Test func largestValuesAreWrittenInFull() {
        #expect(Wording.number(1e12) == "1,000,000,000,000")
        #expect(Wording.number(999_999_999_999.99) == "999,999,999,999.99")
    }

    @Test func valuesBeyondIntAreWrittenWithoutConverting() {
        #expect(Wording.number(1e300) == "1e+300")
        #expect(Wording.number(-9.3e18) == "-9.3e+18")
        #expect(Wording.number(.infinity) == "inf")
        #expect(Wording.number(.nan) == "nan")
    }

    @Test func aMeasureAtTheLimitGivesAChartAndChanges() {
        let measure = Measure(id: "m", priority: "p", title: "Count", unit: "things", better: .lower,
                              values: [MeasureValue(period: "2022-23", value: 0), MeasureValue(period: "2023-24", value: 1e12)],
                              source: "s", illustrative: true, location: SourceLocation(file: "f"))
        let view = MeasurePages.view(measure, site: MarkingWordingTests.site)
        #expect(view.rows.map(\.change) == ["—", "Up 1,000,000,000,000 (worse)"])
        #expect(view.chart.grid.map(\.label) == ["0", "250,000,000,000", "500,000,000,000", "750,000,000,000", "1,000,000,000,000"])
        #expect(view.chart.bars.map(\.height) == ["0", "236"])
    }
}
