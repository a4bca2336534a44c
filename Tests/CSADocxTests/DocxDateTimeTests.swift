import CSADocx
import Testing

@Suite struct DocxDateTimeTests {
    @Test func writesTheW3CForm() throws {
        #expect(try DocxDateTime(year: 2024, month: 4, day: 1).iso8601 == "2024-04-01T00:00:00Z")
        #expect(try DocxDateTime(year: 987, month: 12, day: 31, hour: 23, minute: 59, second: 59).iso8601 == "0987-12-31T23:59:59Z")
        #expect(try DocxDateTime(year: 2024, month: 2, day: 29).iso8601 == "2024-02-29T00:00:00Z")
    }

    @Test(arguments: [
        (2023, 2, 29, 0, "2023-02-29T00:00:00Z"),
        (1900, 2, 29, 0, "1900-02-29T00:00:00Z"),
        (2024, 13, 1, 0, "2024-13-01T00:00:00Z"),
        (2024, 4, 31, 0, "2024-04-31T00:00:00Z"),
        (2024, 4, 1, 24, "2024-04-01T24:00:00Z"),
        (0, 1, 1, 0, "0000-01-01T00:00:00Z"),
    ])
    func refusesDatesThatDoNotExist(year: Int, month: Int, day: Int, hour: Int, written: String) {
        #expect(throws: DocxError.invalidDate(written)) {
            try DocxDateTime(year: year, month: month, day: day, hour: hour)
        }
    }

    @Test func saysWhatIsWrong() {
        #expect(DocxError.invalidDate("2023-02-29T00:00:00Z").description
            == "2023-02-29T00:00:00Z is not a real date and time; give a year, a month (1-12), a day that the month has, and a time between 00:00:00 and 23:59:59")
    }
}
