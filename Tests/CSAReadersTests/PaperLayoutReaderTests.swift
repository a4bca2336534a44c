import CSAModel
import CSAReaders
import Foundation
import Testing

/// The paper layouts in `Templates/papers/` and the reader's located errors.
@Suite struct PaperLayoutReaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates/papers")

    func read(_ name: String) throws -> PaperLayout {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).yml"), encoding: .utf8)
        switch PaperLayoutReader.read(name: name, text: text, file: "\(name).yml") {
        case .success(let layout): return layout
        case .failure(let errors): throw errors
        }
    }

    func errors(_ text: String) -> [String] {
        switch PaperLayoutReader.read(name: "x", text: text, file: "x.yml") {
        case .success: return []
        case .failure(let errors): return errors.diagnostics.map(\.description)
        }
    }

    @Test func councilLayoutHasTheFullHeaderOfSeed003() throws {
        let layout = try read("council")
        #expect(layout.numbering == .sections)
        #expect(layout.header.map(\.label) == ["From", "To", "Subject", "Decision No", "Classification", "Past Pathway of Paper",
                                               "Future Pathway of Paper", "Electoral Division", "Summary", "Recommendation(s)"])
        #expect(layout.header.first { $0.field == .pastPathway }?.absent == "N/A")
        #expect(layout.closing.map(\.field) == [.backgroundDocuments, .appendices, .attachments, .contacts])
        #expect(layout.appendixPrefix == "Appendix")
        #expect(layout.numbersLoneParagraphs)
    }

    @Test func partnershipAndDecisionLayouts() throws {
        let partnership = try read("partnership")
        #expect(partnership.numbering == .sectionsPointZero)
        #expect(partnership.header.map(\.field) == [.by, .to, .classification, .subject, .summary])
        let decision = try read("decision")
        #expect(decision.numbering == .sectionsParenthesised)
        #expect(!decision.numbersLoneParagraphs)
        #expect(decision.closing.first == PaperFieldSpec(field: .backgroundDocuments, label: "Background Documents", numbered: true))
    }

    @Test func everyProblemIsReportedWithItsLocation() {
        let text = """
            description: Test
            numbering: section
            colour: blue
            header:
              - field: frm
                label: From
              - field: to
              - field: to
                label: To
              - field: to
                label: Again
              - field: subject
                label: Subject
                numbered: yes
            closing: none

            """
        #expect(errors(text) == [
            "x.yml:3:1: error: unknown field 'colour' in the paper layout\n    hint: known fields are description, numbering, number_lone_paragraphs, appendix_prefix, header, closing",
            "x.yml:2:12: error: field 'numbering' in the paper layout must be one of sections, sections-point-zero, sections-parenthesised, but it is 'section'\n    hint: did you mean 'sections'?",
            "x.yml:5:12: error: field 'field' in entry 1 of 'header' must be one of from, by, to, meeting_date, subject, classification, past_pathway, future_pathway, electoral_division, decision_number, summary, recommendations, background_documents, appendices, attachments, contacts, but it is 'frm'\n    hint: did you mean 'from'?",
            "x.yml:7:5: error: missing required field 'label' in entry 2 of 'header'\n    hint: add a line 'label: ...'",
            "x.yml:10:12: error: the field 'to' is listed twice in the layout\n    hint: a field is shown once: remove one of the entries",
            "x.yml:14:15: error: field 'numbered' in entry 5 of 'header' must be true or false, but it is 'yes'\n    hint: write 'numbered: true' or 'numbered: false'",
            "x.yml:15:10: error: field 'closing' in the paper layout must be a list, but it is 'none'\n    hint: write one '- item' per line under 'closing:', or [a, b] on one line",
        ])
    }

    @Test func aNumberedHeaderFieldAndAnEmptyFileAreRefused() {
        #expect(errors("description: T\nnumbering: sections\nheader:\n  - field: to\n    label: To\n    numbered: true\nclosing: []\n") == [
            "x.yml:6:5: error: only closing fields can be numbered sections\n    hint: remove 'numbered' from the header entry",
        ])
        #expect(errors("") == ["x.yml:1:1: error: the paper layout is empty\n    hint: give it a description, a numbering scheme and its header and closing fields"])
    }
}
