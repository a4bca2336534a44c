import CSAModel
import CSAReaders
import Foundation
import Testing

/// Each kind of mistake in a paper: its exact message, file, line and column, and every mistake of a
/// paper reported in one run.
@Suite struct PaperDiagnosticsTests {
    func messages(_ text: String?, at path: String = PaperFixtureText.path, extra: [String: String?] = [:]) throws -> [String] {
        let fixture = try ContentFixture(replacing: extra.merging([path: text]) { a, _ in a })
        defer { fixture.remove() }
        let reading = fixture.read()
        #expect(reading.publication == nil || !reading.diagnostics.hasErrors)
        let messages = fixture.messages()
        // `csa paper` reads only what the paper draws on (site.yml, the paper and edition 2024-25 without its
        // chapters), and reports the same mistakes in them.
        if path == PaperFixtureText.path {
            let drawnOn = ["C/site.yml", "C/\(path)", "C/editions/2024-25/"]
            #expect(fixture.paperMessages() == messages.filter { message in
                drawnOn.contains { message.hasPrefix($0) } && !message.hasPrefix("C/editions/2024-25/chapters/")
            })
        }
        return messages
    }

    /// The fixture paper with `old` replaced by `new`, read with the fixture content.
    func paper(_ old: String, _ new: String) throws -> [String] { try messages(PaperFixtureText.replacing(old, with: new)) }

    @Test func noFrontMatter() throws {
        #expect(try messages("No front matter.\n") == ["""
            C/papers/update.md:1:1: error: paper has no front matter
                hint: start the file with a line '---', then 'layout:', 'to:', 'meeting_date:', 'subject:' and 'classification:' lines, then another '---' line; see docs/PAPERS.md
            """])
        #expect(try messages("---\nlayout: council\n") == ["""
            C/papers/update.md:1:1: error: paper's front matter is not closed
                hint: end the front matter with a line '---'
            """])
    }

    @Test func unknownFieldWithNearestName() throws {
        #expect(try paper("decision_number:", "decison_number:") == ["""
            C/papers/update.md:15:1: error: unknown field 'decison_number' in paper 'update'
                hint: did you mean 'decision_number'?
            """])
    }

    @Test func missingRequiredField() throws {
        #expect(try paper("classification: Unrestricted\n", "") == ["""
            C/papers/update.md:2:1: error: missing required field 'classification' in paper 'update'
                hint: add a line 'classification: ...'
            """])
    }

    @Test func badMeetingDate() throws {
        #expect(try paper("meeting_date: 2024-11-21", "meeting_date: 2024-11-31") == ["""
            C/papers/update.md:9:15: error: field 'meeting_date' in paper 'update' is not a valid date: '2024-11-31'
                hint: write dates as YYYY-MM-DD, e.g. 2011-05-20, and check the day exists
            """])
    }

    /// The layouts are the templates' `papers/*.yml`: whatever names they give, a paper may use, with the
    /// error at the field naming them when it names another.
    @Test func layoutsAreTheTemplatesFiles() throws {
        func messages(layout: String, layouts: [String]?) throws -> [String] {
            let fixture = try ContentFixture(replacing: [PaperFixtureText.path: PaperFixtureText.replacing("layout: council", with: "layout: \(layout)")])
            defer { fixture.remove() }
            let reading = ContentReader.read(contentDirectory: fixture.root.path, paperLayouts: layouts)
            #expect((reading.publication?.papers.first?.layout).map { $0 == layout } ?? reading.diagnostics.hasErrors)
            return reading.diagnostics.sorted.map { $0.description.replacingOccurrences(of: fixture.root.path, with: "C") }
        }
        #expect(try messages(layout: "minutes", layouts: ["council", "minutes"]) == [])
        #expect(try messages(layout: "anything", layouts: nil) == [])
        #expect(try messages(layout: "agenda", layouts: ["council", "minutes"]) == ["""
            C/papers/update.md:2:9: error: field 'layout' in paper 'update' must be one of council, minutes, but it is 'agenda'
                hint: each layout is a file in the templates folder's papers/ (council.yml, minutes.yml); to make a new one, add its file there; see docs/PAPERS.md
            """])
        #expect(try messages(layout: "council", layouts: []) == ["""
            C/papers/update.md:2:9: error: field 'layout' in paper 'update' is 'council', but the templates have no paper layouts
                hint: each layout is a file in the templates folder's papers/: add council.yml there; see docs/PAPERS.md
            """])
    }

    @Test func theBundledLayoutsAreTheTemplatesFiles() {
        #expect(ContentFixture.paperLayouts == ["council", "decision", "partnership"])
    }

    @Test func unknownLayout() throws {
        #expect(try paper("layout: council", "layout: counsel") == ["""
            C/papers/update.md:2:9: error: field 'layout' in paper 'update' must be one of council, decision, partnership, but it is 'counsel'
                hint: did you mean 'council'?
            """])
    }

    @Test func unknownEdition() throws {
        #expect(try paper("edition: 2024-25", "edition: 2024-52") == ["""
            C/papers/update.md:3:10: error: paper 'update' reports on edition '2024-52', which is not an edition in this content
                hint: did you mean '2024-25'?
            """])
    }

    @Test func nobodyFromOrBy() throws {
        #expect(try paper("from:\n  - name: Pat Smith\n    role: Cabinet Member for Community Safety\n  - Jo Bloggs\n", "") == ["""
            C/papers/update.md:2:1: error: paper 'update' names nobody under 'from' or 'by'
                hint: add 'from:' (a council committee paper) or 'by:' (a partnership paper) with each person's name and role
            """])
    }

    @Test func contactEmailAndPhone() throws {
        #expect(try paper("email: sam.jones@example.org", "email: mailto:sam.jones@example.org") == ["""
            C/papers/update.md:36:12: error: field 'email' in contact 'Sam Jones' in paper 'update' must be the address alone, without 'mailto:'
                hint: write the address alone, such as name@kent.gov.uk
            """])
        #expect(try paper("phone: 03000 123456", "phone: call Sam") == ["""
            C/papers/update.md:35:12: error: field 'phone' in contact 'Sam Jones' in paper 'update' must be a telephone number, but it is 'call Sam'
                hint: write digits, spaces and, if needed, a leading +, such as 03000 413427
            """])
    }

    @Test func recommendations() throws {
        #expect(try paper("marker: numbered", "marker: letters") == ["""
            C/papers/update.md:20:11: error: field 'marker' of the recommendations in paper 'update' must be lettered or numbered, but it is 'letters'
                hint: did you mean 'lettered'?
            """])
        #expect(try paper("    - Note the priorities; and", "    - \"- Note the priorities\"") == ["""
            C/papers/update.md:22:7: error: each recommendation in paper 'update' must be one paragraph of text, but it is a list, heading or other block
                hint: write it on one line, or as one paragraph in quotes; Markdown emphasis and links are allowed
            """])
    }

    @Test func rawHTMLInAHeaderField() throws {
        #expect(try paper("  - The agreement 2024-25", "  - The <b>agreement</b>") == [
            """
            C/papers/update.md:25:9: error: raw HTML '<b>' is not published
                hint: raw HTML is not published; write it in Markdown instead ('##' for a heading, '-' for a list, [text](https://...) for a link), or remove it
            """,
            """
            C/papers/update.md:25:21: error: raw HTML '</b>' is not published
                hint: raw HTML is not published; write it in Markdown instead ('##' for a heading, '-' for a list, [text](https://...) for a link), or remove it
            """,
        ])
    }

    @Test func footnoteWithNoDefinitionAndOneNeverUsed() throws {
        #expect(try paper("The partnership[^tcsp]", "The partnership[^kcsp]") == [
            """
            C/papers/update.md:42:16: error: footnote '[^kcsp]' has no definition
                hint: define it with a paragraph that starts with '[^label]:' at the beginning of a line, outside any list or quote
            """,
            """
            C/papers/update.md:44:1: warning: footnote '[^tcsp]' is never referred to
                hint: refer to it with '[^tcsp]' in the text, or remove it
            """,
        ])
    }

    /// A footnote never referred to is a warning: the paper is still read.
    @Test func unusedFootnoteIsOnlyAWarning() throws {
        let fixture = try ContentFixture(replacing: [PaperFixtureText.path: PaperFixtureText.replacing("The partnership[^tcsp]", with: "The partnership")])
        defer { fixture.remove() }
        let reading = fixture.read()
        #expect(reading.diagnostics.errorCount == 0)
        #expect(reading.diagnostics.all.count == 1)
        #expect(reading.publication?.papers.first?.footnotes == [])
    }

    @Test func footnoteDefinedTwice() throws {
        #expect(try paper("[^tcsp]: The county's", "[^tcsp]: One.\n\n[^tcsp]: The county's") == ["""
            C/papers/update.md:46:1: error: footnote '[^tcsp]' is defined twice
                hint: first defined at C/papers/update.md:44:1; give each footnote its own label
            """])
    }

    @Test func footnoteDefinitionsThatAreNotDefinitions() throws {
        #expect(try paper("owns the agreement.", "owns the agreement.\n[^x]: a definition in the paragraph") == ["""
            C/papers/update.md:43:1: error: footnote definition '[^x]:' does not start a paragraph, so it is read as text
                hint: leave a blank line before it
            """])
        #expect(try paper("owns the agreement.", "owns the agreement.\n\n- a list[^list]\n\n  [^list]: https://example.org") == ["""
            C/papers/update.md:46:3: error: footnote definition '[^list]:' is inside a list or quote
                hint: define it with a paragraph that starts with '[^label]:' at the beginning of a line, outside any list or quote
            """])
        #expect(try paper("owns the agreement.", "owns the agreement. See[^q].\n\n> [^q]: Word") == ["""
            C/papers/update.md:42:47: error: '[^q]' reads as a link, because a line '[^q]: …' inside a list or quote defines it as one
                hint: define it with a paragraph that starts with '[^label]:' at the beginning of a line, outside any list or quote
            """])
    }

    @Test func footnoteWithoutTextOrWithAFootnote() throws {
        #expect(try paper("[^tcsp]: The county's *community safety* partnership.", "[^tcsp]:") == ["""
            C/papers/update.md:44:1: error: footnote '[^tcsp]' has no text
                hint: write the footnote's text after '[^tcsp]:'
            """])
        #expect(try paper("[^tcsp]: The county's *community safety* partnership.", "[^tcsp]: See[^tcsp].") == ["""
            C/papers/update.md:44:13: error: footnote text refers to footnote '[^tcsp]'
                hint: a footnote cannot have a footnote of its own; put the text in the footnote itself
            """])
    }

    @Test func levelOneHeading() throws {
        #expect(try paper("## Background", "# Background") == ["""
            C/papers/update.md:40:1: error: paper body has a level-1 heading 'Background'
                hint: the paper's subject is its title; start each numbered section with '##'
            """])
    }

    @Test func directiveMistakesAtTheirPlaceInTheFile() throws {
        #expect(try paper("action-summary", "action-sumary") == ["""
            C/papers/update.md:47:1: error: unknown directive 'action-sumary'
                hint: did you mean 'action-summary'? the directives are edition, priorities, themes, action-summary, actions, measures, changes; see docs/PAPERS.md
            """])
        #expect(try paper("action-summary", "actions priority=neighbourhood-crme") == ["""
            C/papers/update.md:47:18: error: edition 2024-25 has no priority 'neighbourhood-crme'
                hint: did you mean 'neighbourhood-crime'?
            """])
        #expect(try paper("action-summary", "measures edition=2042-25") == ["""
            C/papers/update.md:47:18: error: directive 'measures' names edition '2042-25', which the content does not have
                hint: did you mean '2024-25'?
            """])
        #expect(try paper("```csa\naction-summary\n```", "- item\n\n  ```csa\n  action-summary\n  ```") == ["""
            C/papers/update.md:48:6: error: a csa directive inside a list or quote is not drafted
                hint: put the ```csa block on its own, at the start of a line, outside any list or quote
            """])
    }

    /// Every mistake of a directive in one run: a wrong value does not hide an edition the content lacks, nor an
    /// option given twice; and an option written wrong is not then reported as missing.
    @Test func everyMistakeOfADirective() throws {
        #expect(try paper("action-summary", "priorities edition=2042-25 as=tabel leads=maybe") == ["""
            C/papers/update.md:47:20: error: directive 'priorities' names edition '2042-25', which the content does not have
                hint: did you mean '2024-25'?
            """, """
            C/papers/update.md:47:31: error: option 'as' of directive 'priorities' must be list or table, but it is 'tabel'
                hint: did you mean 'table'?
            """, """
            C/papers/update.md:47:43: error: option 'leads' of directive 'priorities' must be yes or no, but it is 'maybe'
                hint: write leads=yes or leads=no
            """])
        #expect(try paper("action-summary", "priorities as=tabel as=list") == ["""
            C/papers/update.md:47:15: error: option 'as' of directive 'priorities' must be list or table, but it is 'tabel'
                hint: did you mean 'table'?
            """, """
            C/papers/update.md:47:21: error: option 'as' is given twice in directive 'priorities'
                hint: give each option once
            """])
        #expect(try paper("action-summary", "changes from=2099-00 to=2098-00") == ["""
            C/papers/update.md:47:14: error: directive 'changes' names edition '2099-00', which the content does not have
                hint: the editions are 2023-24, 2024-25
            """, """
            C/papers/update.md:47:25: error: directive 'changes' names edition '2098-00', which the content does not have
                hint: the editions are 2023-24, 2024-25
            """])
        // A paper with no 'edition:': the misspelt 'edition' is the one mistake, not "names no edition" as well.
        #expect(try messages(PaperFixtureText.replacing("edition: 2024-25\n", with: "").replacingOccurrences(of: "action-summary", with: "measures edtion=2024-25")) == ["""
            C/papers/update.md:46:10: error: directive 'measures' has no option 'edtion'
                hint: did you mean 'edition'? its options are edition, priority, as
            """])
    }

    /// Directives are drafted only from content without errors: a broken edition is reported once.
    @Test func noDirectiveErrorsOnTopOfContentErrors() throws {
        let actions = try #require(ContentFixture.files["editions/2024-25/actions.yml"]).replacingOccurrences(of: "status: amber", with: "status: ambr")
        #expect(try messages(PaperFixtureText.replacing("action-summary", with: "actions priority=neighbourhood-crme"),
                             extra: ["editions/2024-25/actions.yml": actions]) == ["""
            C/editions/2024-25/actions.yml:7:11: error: field 'status' in action 'nc-01' must be one of not-started, red, amber, green, complete, but it is 'ambr'
                hint: did you mean 'amber'?
            """])
    }

    /// When site.yml lists source papers, a paper names one of them or is marked as an example.
    @Test func sourcesOfAPaper() throws {
        let site = try #require(ContentFixture.files["site.yml"]) + """
            sources:
              - id: kcsp-2024-11
                title: Update
                body: tcsp
                date: 2024-11-21

            """
        func paperMessages(_ text: String) throws -> [String] {
            try messages(text, extra: ["site.yml": site]).filter { $0.hasPrefix("C/papers/") }
        }
        #expect(try paperMessages(PaperFixtureText.replacing("illustrative: [contacts]", with: "source: kcsp-2024-1")) == ["""
            C/papers/update.md:37:9: error: paper 'update' names source 'kcsp-2024-1', which site.yml does not list under 'sources'
                hint: did you mean 'kcsp-2024-11'?
            """])
        #expect(try paperMessages(PaperFixtureText.text) == ["""
            C/papers/update.md:2:1: error: paper 'update' names no source and is not marked illustrative
                hint: add 'source: <paper id>' naming a paper listed under 'sources' in site.yml, or 'illustrative: true' if it is an invented example
            """])
        #expect(try paperMessages(PaperFixtureText.replacing("illustrative: [contacts]", with: "source: [kcsp-2024-11]\nillustrative: [contacts]")) == [])
    }

    @Test func papersFolderAndFileNames() throws {
        #expect(try messages("x", at: "papers/notes.txt", extra: [PaperFixtureText.path: PaperFixtureText.text]) == ["""
            C/papers/notes.txt:1:1: error: unexpected file 'notes.txt' in the papers folder
                hint: the papers folder holds only Markdown papers, named like 'kcsp-2024-11.md'
            """])
        #expect(try messages(PaperFixtureText.text, at: "papers/Update_2024.md") == ["""
            C/papers/Update_2024.md:1:1: error: paper file name: id 'Update_2024' may contain only lowercase letters, digits and hyphens, and must not start with a hyphen
                hint: name paper files like 'kcsp-2024-11.md': the paper's id and '.md'
            """])
    }

    @Test func everyMistakeOfAPaperInOneRun() throws {
        let broken = PaperFixtureText.text
            .replacingOccurrences(of: "layout: council", with: "layout: counsel")
            .replacingOccurrences(of: "meeting_date: 2024-11-21", with: "meeting_date: 21 November 2024")
            .replacingOccurrences(of: "email: sam.jones@example.org", with: "email: Sam Jones")
            .replacingOccurrences(of: "The partnership[^tcsp]", with: "The partnership[^kcsp]")
            .replacingOccurrences(of: "## Background", with: "# Background")
            .replacingOccurrences(of: "action-summary", with: "action-summary as=list\n```\n\n```csa\nactions priority=neighbourhood-crme")
        #expect(try messages(broken) == [
            """
            C/papers/update.md:2:9: error: field 'layout' in paper 'update' must be one of council, decision, partnership, but it is 'counsel'
                hint: did you mean 'council'?
            """,
            """
            C/papers/update.md:9:15: error: field 'meeting_date' in paper 'update' is not a valid date: '21 November 2024'
                hint: write dates as YYYY-MM-DD, e.g. 2011-05-20, and check the day exists
            """,
            """
            C/papers/update.md:36:12: error: field 'email' in contact 'Sam Jones' in paper 'update' must be one email address, such as name@example.org
                hint: write the address alone, such as name@kent.gov.uk
            """,
            """
            C/papers/update.md:40:1: error: paper body has a level-1 heading 'Background'
                hint: the paper's subject is its title; start each numbered section with '##'
            """,
            """
            C/papers/update.md:42:16: error: footnote '[^kcsp]' has no definition
                hint: define it with a paragraph that starts with '[^label]:' at the beginning of a line, outside any list or quote
            """,
            """
            C/papers/update.md:44:1: warning: footnote '[^tcsp]' is never referred to
                hint: refer to it with '[^tcsp]' in the text, or remove it
            """,
            """
            C/papers/update.md:47:19: error: option 'as' of directive 'action-summary' must be text or table, but it is 'list'
                hint: write as=text or as=table
            """,
            """
            C/papers/update.md:51:18: error: edition 2024-25 has no priority 'neighbourhood-crme'
                hint: did you mean 'neighbourhood-crime'?
            """,
        ])
    }

    /// A paper whose `edition:` names no edition is not drafted: its directives would only repeat the mistake.
    @Test func unknownPaperEditionIsReportedOnce() throws {
        #expect(try messages(PaperFixtureText.replacing("edition: 2024-25", with: "edition: 2042-25")) == ["""
            C/papers/update.md:3:10: error: paper 'update' reports on edition '2042-25', which is not an edition in this content
                hint: did you mean '2024-25'?
            """])
    }
}
