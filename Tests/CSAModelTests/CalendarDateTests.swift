import CSAModel
import Testing

/// Dates are calendar days: parsed strictly, compared, and written the British way.
@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealDaysInISOForm() {
        #expect(CalendarDate(iso: "2011-05-20")?.longForm == "20 May 2011")
        #expect(CalendarDate(iso: "2012-02-29") != nil)
        #expect(CalendarDate(iso: "2011-02-29") == nil)
        #expect(CalendarDate(iso: "2025-02-30") == nil)
        #expect(CalendarDate(iso: "20/05/2011") == nil)
        #expect(CalendarDate(iso: "2011-5-20") == nil)
        #expect(CalendarDate(iso: "2011-13-01") == nil)
    }

    @Test func ordersAndPrints() throws {
        let a = try #require(CalendarDate(iso: "2018-03-20")), b = try #require(CalendarDate(iso: "2018-03-21"))
        #expect(a < b)
        #expect(a.description == "2018-03-20")
    }
}
