import Foundation
import Testing

/// `csa paper` as a user runs it: every refusal with its exact message, before anything is written;
/// and the paper layouts in the templates folder, whose mistakes stop `csa build` with their locations.
@Suite struct PaperCommandTests {
    @Test func allFormatsNeedAnOutputFolder() throws {
        let sandbox = try Sandbox()
        let before = sandbox.snapshot()
        let result = try CSAProgram.run(["paper", "update"], in: sandbox.project)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: --format all writes three files (HTML, Word and PDF)\n    hint: add --output FOLDER, or choose one with --format html, docx or pdf\n")
        #expect(Sandbox.changes(before, sandbox.snapshot()) == [])
    }

    @Test func aContentFolderWithoutPapersSaysHowToWriteOne() throws {
        let sandbox = try Sandbox()
        let result = try CSAProgram.run(["paper", "update", "--format", "html"], in: sandbox.project)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: Content has no committee papers\n    hint: write one as Content/papers/ID.md (see docs/PAPERS.md), or pass --content FOLDER\n")
    }

    @Test func aFileOutsideThePapersFolderIsRefused() throws {
        let sandbox = try Sandbox()
        try sandbox.write("# A paper\n", to: "elsewhere/update.md")
        let result = try CSAProgram.run(["paper", "../elsewhere/update.md", "--format", "html"], in: sandbox.project)
        #expect(result.status == 1)
        #expect(result.stderr == "error: '../elsewhere/update.md' is not a paper in Content/papers/, where csa paper reads papers\n    hint: put the file there (or pass --content) and name the paper by its id\n")
    }

    static let frontMatterHint = "start the file with a line '---', then 'layout:', 'to:', 'meeting_date:', 'subject:' and 'classification:' lines, then another '---' line; see docs/PAPERS.md"

    static let paper = """
        ---
        layout: partnership
        edition: 2024-25
        by:
          - name: Sam Taylor
            role: Community Safety Manager
        to: Testshire Community Safety Partnership
        meeting_date: 2024-11-21
        subject: Agreement update
        classification: For Information
        ---

        ## Priorities

        ```csa
        priorities
        ```

        """

    /// `csa paper` reads only what the paper draws on: a broken paper beside it and a broken edition it
    /// does not use stop `csa check`, not the paper; a mistake in the edition it uses stops it, located.
    @Test func onlyWhatThePaperDrawsOnIsChecked() throws {
        let sandbox = try Sandbox()
        try sandbox.write(Self.paper, to: "project/Content/papers/update.md")
        let clean = try CSAProgram.run(["paper", "update", "--format", "html"], in: sandbox.project)
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("Anti-social behaviour"))

        try sandbox.write("No front matter.\n", to: "project/Content/papers/other.md")
        try sandbox.write("title: Agreement 2023-24\n", to: "project/Content/editions/2023-24/edition.yml")
        let check = try CSAProgram.run(["check"], in: sandbox.project)
        #expect(check.status == 1)
        #expect(check.stderr.contains("Content/editions/2023-24/edition.yml:1:1: error: missing required field 'period' in edition.yml\n"))
        #expect(check.stderr.hasSuffix("Content/papers/other.md:1:1: error: paper has no front matter\n    hint: \(PaperCommandTests.frontMatterHint)\n8 errors in Content.\n"))
        let paper = try CSAProgram.run(["paper", "update", "--format", "html"], in: sandbox.project)
        #expect(paper.status == 0)
        #expect(paper.stderr == "")
        #expect(paper.stdout == clean.stdout)

        try sandbox.write("- id: asb\n  title: [\n", to: "project/Content/editions/2024-25/priorities.yml")
        let broken = try CSAProgram.run(["paper", "update", "--format", "html"], in: sandbox.project)
        #expect(broken.status == 1)
        #expect(broken.stdout == "")
        #expect(broken.stderr == """
            Content/editions/2024-25/priorities.yml:3:1: error: YAML syntax error: did not find expected node content (while parsing a flow node at line 3)
                hint: check the indentation, and put text that contains ': ' or starts with a special character in quotes
            1 error in Content.

            """)
    }

    /// A Word document reads only its paper's layout: a mistake in another layout does not stop it,
    /// one in its own does, at its place; a missing one is an error at the paper's field.
    @Test func aWordDocumentReadsOnlyItsOwnLayout() throws {
        let sandbox = try Sandbox()
        try sandbox.write(Self.paper, to: "project/Content/papers/update.md")
        try sandbox.write("numbering: roman\n", to: "project/Templates/papers/minutes.yml")
        let written = try CSAProgram.run(["paper", "update", "--format", "docx", "--output", "out"], in: sandbox.project)
        #expect(written.status == 0)
        #expect(written.stderr == "")
        #expect(FileManager.default.fileExists(atPath: sandbox.project.path + "/out/update.docx"))

        try sandbox.write("description: Partnership paper\nnumbering: roman\nheader: []\nclosing: []\n", to: "project/Templates/papers/partnership.yml")
        let broken = try CSAProgram.run(["paper", "update", "--format", "docx", "--output", "out"], in: sandbox.project)
        #expect(broken.status == 1)
        #expect(broken.stderr == """
            Templates/papers/partnership.yml:2:12: error: field 'numbering' in the paper layout must be one of sections, sections-point-zero, sections-parenthesised, but it is 'roman'
                hint: write one of these words exactly as shown, in lowercase: sections, sections-point-zero, sections-parenthesised
            1 paper layout error

            """)

        try FileManager.default.removeItem(atPath: sandbox.project.path + "/Templates/papers/partnership.yml")
        let missing = try CSAProgram.run(["paper", "update", "--format", "docx", "--output", "out"], in: sandbox.project)
        #expect(missing.status == 1)
        #expect(missing.stderr == """
            Content/papers/update.md:2:9: error: field 'layout' in paper 'update' must be one of council, decision, minutes, but it is 'partnership'
                hint: each layout is a file in the templates folder's papers/ (council.yml, decision.yml, minutes.yml); to make a new one, add its file there; see docs/PAPERS.md
            1 error in Content.

            """)
    }

    /// A new layout is one file in the templates: csa check takes a paper that names it, and csa paper
    /// lays it out; a layout the templates lack is an error at the paper's field.
    @Test func aLayoutFileIsAllANewLayoutNeeds() throws {
        let sandbox = try Sandbox()
        let partnership = try String(contentsOf: sandbox.project.appendingPathComponent("Templates/papers/partnership.yml"), encoding: .utf8)
        try sandbox.write(partnership, to: "project/Templates/papers/briefing.yml")
        try sandbox.write(Self.paper.replacingOccurrences(of: "layout: partnership", with: "layout: briefing"), to: "project/Content/papers/update.md")
        let check = try CSAProgram.run(["check"], in: sandbox.project)
        #expect(check.status == 0)
        #expect(check.stderr == "")
        let docx = try CSAProgram.run(["paper", "update", "--format", "docx", "--output", "out"], in: sandbox.project)
        #expect(docx.status == 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.project.path + "/out/update.docx"))

        try sandbox.write(Self.paper.replacingOccurrences(of: "layout: partnership", with: "layout: brefing"), to: "project/Content/papers/update.md")
        let expected = """
            Content/papers/update.md:2:9: error: field 'layout' in paper 'update' must be one of briefing, council, decision, partnership, but it is 'brefing'
                hint: did you mean 'briefing'?
            1 error in Content.

            """
        #expect(try CSAProgram.run(["check"], in: sandbox.project).stderr == expected)
        let paper = try CSAProgram.run(["paper", "update", "--format", "docx", "--output", "out"], in: sandbox.project)
        #expect(paper.status == 1)
        #expect(paper.stderr == expected)
    }

    @Test func anUnknownPaperNamesThePapersThere() throws {
        let sandbox = try Sandbox()
        try sandbox.write(Self.paper, to: "project/Content/papers/update.md")
        try sandbox.write(Self.paper, to: "project/Content/papers/annual-review.md")
        let result = try CSAProgram.run(["paper", "updates", "--format", "html"], in: sandbox.project)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            error: there is no paper 'updates' in Content/papers/; the papers there are annual-review and update
                hint: did you mean 'update'?

            """)
    }

    @Test func outputFoldersCsaWillNotWriteInto() throws {
        let sandbox = try Sandbox()
        try sandbox.write("x", to: "project/notes.txt")
        #expect(try sandbox.build(["--output", "Site"]).status == 0)
        let before = sandbox.snapshot()
        for (output, message) in [
            ("Content/papers", "--output 'Content/papers' is inside the content folder Content, where csa check would report its files\n    hint: write them somewhere else, such as --output papers"),
            ("notes.txt", "--output 'notes.txt' is not a folder\n    hint: csa paper writes its files into a folder; name one, such as --output papers"),
            ("Site", "--output 'Site' is a site csa built, whose papers csa build writes\n    hint: name another folder, such as --output papers"),
            ("missing/papers", "--output 'missing/papers': the folder \(sandbox.project.path)/missing does not exist\n    hint: create it first, or name a folder in another place"),
            ("", "--output is empty\n    hint: name the folder to write the paper into, such as --output papers"),
        ] {
            try? FileManager.default.removeItem(at: sandbox.project.appendingPathComponent("Content/papers"))
            try sandbox.makeFolder("project/Content/papers")
            let result = try CSAProgram.run(["paper", "update", "--output", output], in: sandbox.project)
            #expect(result.status == 1, "\(output)")
            #expect(result.stderr == "error: \(message)\n", "\(output)")
            try FileManager.default.removeItem(at: sandbox.project.appendingPathComponent("Content/papers"))
        }
        #expect(Sandbox.changes(before, sandbox.snapshot()) == [])
    }

    /// Every error csa paper gives of how it was run, its folders and WeasyPrint is one line saying what is
    /// wrong and a `hint:` line saying what to do, with status 1 and nothing written.
    @Test func everyErrorSaysWhatToDo() throws {
        let sandbox = try Sandbox()
        try sandbox.write(Self.paper, to: "project/Content/papers/update.md")
        try sandbox.write("# A paper\n", to: "elsewhere/update.md")
        try sandbox.write("x", to: "project/notes.txt")
        try sandbox.makeFolder("project/Empty")
        try sandbox.write("mine", to: "project/out/update.html")
        #expect(try sandbox.build(["--output", "Site"]).status == 0)
        let before = sandbox.snapshot()
        let cases: [(arguments: [String], folder: String, weasyPrint: String?)] = [
            (["update"], "project", nil),
            (["nosuch", "--format", "html"], "project", nil),
            (["zzzzzzzzzzzz", "--format", "html"], "project", nil),
            (["../elsewhere/update.md", "--format", "html"], "project", nil),
            (["update", "--format", "html", "--content", "Empty"], "project", nil),
            (["update", "--format", "html", "--content", "Nowhere"], "project", nil),
            (["update", "--format", "html", "--content", "notes.txt"], "project", nil),
            (["update", "--format", "html", "--templates", "Nowhere"], "project", nil),
            (["update", "--format", "html", "--content", ""], "project", nil),
            (["update", "--format", "html"], "", nil),
            (["update", "--output", ""], "project", nil),
            (["update", "--output", "notes.txt"], "project", nil),
            (["update", "--output", "missing/papers"], "project", nil),
            (["update", "--output", "Content/papers"], "project", nil),
            (["update", "--output", "Site"], "project", nil),
            (["update", "--output", "Site/papers"], "project", nil),
            (["update", "--output", "."], "project", nil),
            (["update", "--format", "html", "--output", "out"], "project", nil),
            (["update", "--format", "pdf", "--output", "new"], "project", "/nonexistent/weasyprint"),
            (["update", "--format", "pdf", "--output", "new"], "project", "/bin/false"),
        ]
        for (arguments, folder, weasyPrint) in cases {
            let result = try CSAProgram.run(["paper"] + arguments, in: sandbox.root.appendingPathComponent(folder),
                                            environment: weasyPrint.map { ["CSA_WEASYPRINT": $0] } ?? [:])
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(result.status == 1, "\(arguments)")
            #expect(lines.count == 3 && lines[0].hasPrefix("error: ") && lines[1].hasPrefix("    hint: ") && lines[2].isEmpty, "\(arguments): \(result.stderr)")
        }
        // Without WeasyPrint, --format all writes the page and the Word document, and then says how to get the PDF.
        let all = try CSAProgram.run(["paper", "update", "--output", "papers"], in: sandbox.project, environment: ["CSA_WEASYPRINT": "/nonexistent/weasyprint"])
        #expect(all.status == 1)
        #expect(all.stderr == """
            error: CSA_WEASYPRINT is '/nonexistent/weasyprint', which is not a program csa can run, so csa cannot make the PDF; papers/update.html and papers/update.docx were written
                hint: set CSA_WEASYPRINT to the weasyprint program, or unset it to use the one on the PATH or in .venv/bin; 'make deps' installs WeasyPrint 70.0 into .venv/

            """)
        #expect(Sandbox.changes(before, sandbox.snapshot()) == ["project/papers", "project/papers/.csa-papers.json", "project/papers/update.docx", "project/papers/update.html"])
    }

    @Test func brokenPaperLayoutsStopTheBuildWithTheirLocations() throws {
        let sandbox = try Sandbox()
        try sandbox.write("description: Minutes\nnumbering: roman\nheader: []\nclosing:\n  - field: contact\n    label: Contact\n", to: "project/Templates/papers/minutes.yml")
        try sandbox.write("numbering: sections\nheader: []\nclosing: []\n", to: "project/Templates/papers/notes.yml")
        let before = sandbox.snapshot()
        let result = try sandbox.build([])
        #expect(result.status == 1)
        #expect(result.stderr == """
            Templates/papers/minutes.yml:2:12: error: field 'numbering' in the paper layout must be one of sections, sections-point-zero, sections-parenthesised, but it is 'roman'
                hint: write one of these words exactly as shown, in lowercase: sections, sections-point-zero, sections-parenthesised
            Templates/papers/minutes.yml:5:12: error: field 'field' in entry 1 of 'closing' must be one of from, by, to, meeting_date, subject, classification, past_pathway, future_pathway, electoral_division, decision_number, summary, recommendations, background_documents, appendices, attachments, contacts, but it is 'contact'
                hint: did you mean 'contacts'?
            Templates/papers/notes.yml:1:1: error: missing required field 'description' in the paper layout
                hint: add a line 'description: ...'
            3 paper layout errors
            Site was left as it was.

            """)
        #expect(Sandbox.changes(before, sandbox.snapshot()) == [])
    }
}
