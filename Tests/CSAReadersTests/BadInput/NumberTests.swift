import CSAModel
import CSAReaders
import Testing

/// Numbers outside what the model holds are located errors, whatever their size.
@Suite struct NumberTests {
    static func measures(_ value: String) -> String {
        """
        - id: asb-incidents
          priority: neighbourhood-crime
          title: ASB incidents reported
          unit: incidents
          better: lower
          data_source: Police recorded incidents
          illustrative: true
          values:
            - period: 2023-24
              value: 1200
            - period: 2024-25
              value: \(value)

        """
    }

    func messages(_ path: String, _ text: String) throws -> [String] {
        let fixture = try ContentFixture(replacing: [path: text])
        defer { fixture.remove() }
        return fixture.messages()
    }

    @Test(arguments: ["1000000000001", "9223372036854775808", "1e300", "123456789012345678901234567890"])
    func measureValueTooLarge(_ value: String) throws {
        #expect(try messages("editions/2024-25/measures.yml", NumberTests.measures(value)) == [
            "C/editions/2024-25/measures.yml:12:14: error: measure 'asb-incidents' has a value too large for period '2024-25': \(value)\n"
                + "    hint: a value can be at most 1000000000000 (a million million); check the figure",
        ])
    }

    @Test func largestMeasureValueIsAccepted() throws {
        #expect(try messages("editions/2024-25/measures.yml", NumberTests.measures("1000000000000")) == [])
    }

    @Test func numbersBeyondDoubleAreNotNumbers() throws {
        #expect(try messages("editions/2024-25/measures.yml", NumberTests.measures("1e999")) == [
            "C/editions/2024-25/measures.yml:12:14: error: field 'value' in value of measure 'asb-incidents' must be a number, but it is '1e999'",
        ])
    }

    @Test(arguments: ["100", "0", "-1", "99999999999999999999999", "1.5"])
    func chapterOrderOutOfRange(_ order: String) throws {
        let chapter = """
            ---
            id: introduction
            title: Introduction
            order: \(order)
            summary: What the agreement is.
            ---

            Text.

            """
        #expect(try messages("editions/2024-25/chapters/01-introduction.md", chapter) == [
            "C/editions/2024-25/chapters/01-introduction.md:4:8: error: field 'order' in chapter 'introduction' must be a whole number from 1 to 99, but it is '\(order)'",
        ])
    }
}
