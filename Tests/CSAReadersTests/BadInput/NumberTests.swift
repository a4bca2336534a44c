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

    /// A number too large to hold at all is too large, as the docs say, not "not a number".
    @Test(arguments: ["1e999", "1_000e999"])
    func numbersBeyondDoubleAreTooLarge(_ value: String) throws {
        #expect(try messages("editions/2024-25/measures.yml", NumberTests.measures(value)) == [
            "C/editions/2024-25/measures.yml:12:14: error: measure 'asb-incidents' has a value too large for period '2024-25': \(value)\n"
                + "    hint: a value can be at most 1000000000000 (a million million); check the figure",
        ])
    }

    @Test func negativeNumberBeyondDoubleIsNegative() throws {
        #expect(try messages("editions/2024-25/measures.yml", NumberTests.measures("-1e999")) == [
            "C/editions/2024-25/measures.yml:12:14: error: measure 'asb-incidents' has a negative value for period '2024-25': -1e999\n"
                + "    hint: charts start at zero, so a value must be zero or more; check the figure",
        ])
    }

    @Test(arguments: [".nan", ".NaN", ".inf", "-.inf", ".Inf", "nan", "inf", "infinity"])
    func infinityAndNaNAreNotFiniteNumbers(_ value: String) throws {
        #expect(try messages("editions/2024-25/measures.yml", NumberTests.measures(value)) == [
            "C/editions/2024-25/measures.yml:12:14: error: field 'value' in value of measure 'asb-incidents' must be a finite number, but it is '\(value)'\n"
                + "    hint: write the figure in digits, such as 'value: 13870': infinity and NaN ('not a number') cannot be shown or charted",
        ])
    }

    @Test func quotedNumberSaysToRemoveTheQuotes() throws {
        #expect(try messages("editions/2024-25/measures.yml", NumberTests.measures("\"1100\"")) == [
            "C/editions/2024-25/measures.yml:12:14: error: field 'value' in value of measure 'asb-incidents' must be a number, but it is '1100'\n"
                + "    hint: remove the quotes, which make it text: write 'value: 1100'",
        ])
        #expect(try messages("editions/2024-25/measures.yml", NumberTests.measures("1,100")) == [
            "C/editions/2024-25/measures.yml:12:14: error: field 'value' in value of measure 'asb-incidents' must be a number, but it is '1,100'\n"
                + "    hint: write the figure in digits, without quotes, commas or units, such as 'value: 13870'",
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
            "C/editions/2024-25/chapters/01-introduction.md:4:8: error: field 'order' in chapter 'introduction' must be a whole number from 1 to 99, but it is '\(order)'\n"
                + "    hint: write a whole number from 1 to 99 in digits, without quotes, such as 'order: 1'",
        ])
    }

    @Test func quotedChapterOrderSaysToRemoveTheQuotes() throws {
        let chapter = BadInput.chapter("Text.\n").replacingOccurrences(of: "order: 1", with: "order: '1'")
        #expect(try messages("editions/2024-25/chapters/01-introduction.md", chapter) == [
            "C/editions/2024-25/chapters/01-introduction.md:4:8: error: field 'order' in chapter 'introduction' must be a whole number from 1 to 99, but it is '1'\n"
                + "    hint: remove the quotes, which make it text: write 'order: 1'",
        ])
    }
}
