import CSAModel
import CSAReaders
import Foundation
import Testing

/// Two bad fields of one mapping are two errors in one run: reading does not stop at the first bad field
/// of a period, a licence, a contact, a progress update, a measure's value or a person in a paper.
@Suite struct EveryBadFieldTests {
    static let dateHint = "write dates as YYYY-MM-DD, e.g. 2011-05-20, and check the day exists"

    @Test func periodWithTwoBadDates() throws {
        let edition = ContentFixture.files["editions/2024-25/edition.yml"]!
            .replacingOccurrences(of: "start: 2024-04-01", with: "start: 2024-02-30")
            .replacingOccurrences(of: "end: 2025-03-31", with: "end: 2025-13-01")
        #expect(try BadInput.messages(["editions/2024-25/edition.yml": edition]) == ["""
            C/editions/2024-25/edition.yml:3:10: error: field 'start' in period is not a valid date: '2024-02-30'
                hint: \(Self.dateHint)
            """, """
            C/editions/2024-25/edition.yml:4:8: error: field 'end' in period is not a valid date: '2025-13-01'
                hint: \(Self.dateHint)
            """])
    }

    @Test func unpublishedPeriodWithTwoBadDates() throws {
        let site = ContentFixture.files["site.yml"]! + """
            unpublished_editions:
              - after: 2023-24
                period:
                  start: 2019-02-29
                  end: 2019-04-31
                note: Refreshed every year.
                source: tcsp-2024-11

            """
        let got = try BadInput.messages(["site.yml": site])
        #expect(got.count == 2)
        #expect(got.allSatisfy { $0.contains("in period of unpublished editions is not a valid date") })
        #expect(got.first?.contains("'2019-02-29'") == true && got.last?.contains("'2019-04-31'") == true)
    }

    @Test func licenceAndContactWithTwoBadFields() throws {
        let site = ContentFixture.files["site.yml"]!
            .replacingOccurrences(of: "  name: Open Government Licence v3.0\n", with: "")
            .replacingOccurrences(of: "url: https://www.nationalarchives.gov.uk/", with: "url: ftp://www.nationalarchives.gov.uk/")
            .replacingOccurrences(of: "  name: Community Safety Team\n", with: "")
            .replacingOccurrences(of: "email: team@example.org", with: "email: mailto:team@example.org")
            .replacingOccurrences(of: "  email:", with: "  phone: [1]\n  email:")
        #expect(try BadInput.messages(["site.yml": site]) == ["""
            C/site.yml:6:3: error: missing required field 'name' in licence
                hint: add a line 'name: ...'
            """, """
            C/site.yml:6:8: error: field 'url' in licence must start with https:// or http://, but it is 'ftp://www.nationalarchives.gov.uk/doc/op…'
                hint: write the full address, such as https://www.example.gov.uk/csa/
            """, """
            C/site.yml:8:3: error: missing required field 'name' in accessibility_contact
                hint: add a line 'name: ...'
            """, """
            C/site.yml:8:10: error: field 'phone' in accessibility_contact must be text, but it is a list
                hint: write the text after 'phone: ' (in double quotes if it contains ': ' or starts with '[', '{' or '-'), or under 'phone: |' for several lines
            """, """
            C/site.yml:9:10: error: field 'email' in accessibility_contact must be the address alone, without 'mailto:', but it is 'mailto:team@example.org'
                hint: write just the address, such as community.safety@example.org
            """])
    }

    @Test func progressUpdateWithABadDateAndNoText() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!
            .replacingOccurrences(of: "    - date: 2024-10-01\n      text: Two workshops held.\n", with: "    - date: 2024-13-01\n")
        #expect(try BadInput.messages(["editions/2024-25/actions.yml": actions]) == ["""
            C/editions/2024-25/actions.yml:9:7: error: missing required field 'text' in progress update of action 'nc-01'
                hint: add a line 'text: ...'
            """, """
            C/editions/2024-25/actions.yml:9:13: error: field 'date' in progress update of action 'nc-01' is not a valid date: '2024-13-01'
                hint: \(Self.dateHint)
            """])
    }

    @Test func measureValueWithABadPeriodAndABadValue() throws {
        let measures = ContentFixture.files["editions/2024-25/measures.yml"]!
            .replacingOccurrences(of: "    - period: 2024-25\n      value: 1100\n", with: "    - period: [2024-25]\n      value: lots\n")
        let got = try BadInput.messages(["editions/2024-25/measures.yml": measures])
        #expect(got.count == 2, "\(got)")
        #expect(got.first?.contains("field 'period' in value of measure 'asb-incidents' must be text, but it is a list") == true)
        #expect(got.last?.contains("field 'value' in value of measure 'asb-incidents' must be a number, but it is 'lots'") == true)
    }
}
