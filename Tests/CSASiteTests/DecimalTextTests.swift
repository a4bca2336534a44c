@testable import CSASite
import Testing

/// A measure's value is written with every decimal the data gives and no more, never in exponent form, so
/// that the pages, the CSV and the JSON agree; a difference has the decimals of its more precise value.
@Suite struct DecimalTextTests {
    @Test func valuesAsTheDataGivesThem() {
        #expect(DecimalText.text(12.345) == "12.345")
        #expect(DecimalText.text(0.004) == "0.004")
        #expect(DecimalText.text(0.001) == "0.001")
        #expect(DecimalText.text(1200) == "1200")
        #expect(DecimalText.text(1200, thousands: true) == "1,200")
        #expect(DecimalText.text(-1234567.5, thousands: true) == "-1,234,567.5")
        #expect(DecimalText.text(1e-5) == "0.00001")
        #expect(DecimalText.text(2.5e-7) == "0.00000025")
        #expect(DecimalText.text(1e12, thousands: true) == "1,000,000,000,000")
        #expect(DecimalText.text(1e20) == "100000000000000000000")
        #expect(DecimalText.text(1e20, thousands: true) == "1e+20")
        #expect(DecimalText.text(1.5e16) == "15000000000000000")
        #expect(DecimalText.text(0) == "0")
        #expect(DecimalText.text(-0.0) == "0")
        #expect(DecimalText.text(.infinity) == "inf")
    }

    /// Every text reads back as the same number.
    @Test func textReadsBackAsTheValue() {
        for value in [0.1, 0.2, 0.30000000000000004, 123.456, 1e-7, 2.5e-5, 1e12, 9007199254740993, 3.14159, -42.125, 5e-324] {
            #expect(Double(DecimalText.text(value)) == value, "\(value)")
        }
    }

    @Test func differencesHaveTheDecimalsOfTheirValues() {
        #expect(DecimalText.difference(12.345, 0.004) == 12.341)
        #expect(DecimalText.text(DecimalText.difference(0.3, 0.1)) == "0.2")
        #expect(DecimalText.difference(1200, 1000) == 200)
        #expect(DecimalText.decimals(12.345) == 3)
        #expect(DecimalText.decimals(1e-5) == 5)
        #expect(DecimalText.decimals(1200) == 0)
    }
}
