import CSAModel
import CSAReaders

/// A committee paper for the content fixture, with every header field the seeds use, a footnote and
/// a directive; tests read it as `papers/update.md` in `ContentFixture` and break it one way at a time.
enum PaperFixtureText {
    static let path = "papers/update.md"

    static let text = """
        ---
        layout: council
        edition: 2024-25
        from:
          - name: Pat Smith
            role: Cabinet Member for Community Safety
          - Jo Bloggs
        to: Community Safety Cabinet Committee
        meeting_date: 2024-11-21
        subject: The agreement and its action plan
        classification: Unrestricted
        past_pathway: N/A
        future_pathway: County Council
        electoral_division: All
        decision_number: 24/00001
        summary: |
          This report describes the *agreement*.
        recommendations:
          lead_in: "The Committee is asked to:"
          marker: numbered
          items:
            - Note the priorities; and
            - Endorse the [action plan](https://example.org/plan).
        background_documents:
          - The agreement 2024-25
        appendices:
          - label: Appendix A
            title: Action plan progress
        attachments:
          - Appendix A
        contacts:
          - heading: Report Author
            name: Sam Jones
            role: Head of Community Safety
            phone: 03000 123456
            email: sam.jones@example.org
        illustrative: [contacts]
        ---

        ## Background

        The partnership[^tcsp] owns the agreement.

        [^tcsp]: The county's *community safety* partnership.

        ```csa
        action-summary
        ```

        """

    /// The fixture paper with `old` replaced by `new` (which must be there).
    static func replacing(_ old: String, with new: String) -> String {
        precondition(text.contains(old), "the fixture paper has no '\(old)'")
        return text.replacingOccurrences(of: old, with: new)
    }
}

extension ContentFixture {
    /// Reads one paper as `csa paper` does: site.yml, the paper, and only the editions it draws on.
    func readPaper(_ id: String = "update") -> PaperReading {
        PaperContentReader.read(contentDirectory: root.path, paper: id, layouts: ContentFixture.paperLayouts)
    }

    /// The diagnostics of `readPaper` as printed, with the temporary folder shown as `C`.
    func paperMessages(_ id: String = "update") -> [String] {
        readPaper(id).diagnostics.sorted.map { $0.description.replacingOccurrences(of: root.path, with: "C") }
    }
}
