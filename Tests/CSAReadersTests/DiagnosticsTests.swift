import CSAModel
import CSAReaders
import Foundation
import Testing

/// Each kind of content error: its exact message, file, line and column.
@Suite struct DiagnosticsTests {
    /// Reads the fixture with one file replaced and returns the printed diagnostics.
    func messages(_ path: String, _ text: String?) throws -> [String] {
        let fixture = try ContentFixture(replacing: [path: text])
        defer { fixture.remove() }
        #expect(fixture.read().publication == nil || fixture.messages().isEmpty)
        return fixture.messages()
    }

    @Test func yamlSyntaxError() throws {
        let got = try messages("editions/2024-25/themes.yml", """
            - id: prevention
              title: Early intervention: prevention
              lead: tcsp
            """)
        #expect(got == ["""
            C/editions/2024-25/themes.yml:2:28: error: YAML syntax error: mapping values are not allowed in this context
                hint: check the indentation, and put text that contains ': ' or starts with a special character in quotes
            """])
    }

    @Test func missingRequiredField() throws {
        let got = try messages("editions/2024-25/themes.yml", """
            - id: prevention
              lead: tcsp
              description: Acting early.
            """)
        #expect(got == ["""
            C/editions/2024-25/themes.yml:1:3: error: missing required field 'title' in theme 'prevention'
                hint: add a line 'title: ...'
            """])
    }

    @Test func fieldOfTheWrongType() throws {
        let got = try messages("editions/2024-25/chapters/01-introduction.md", """
            ---
            id: introduction
            title: Introduction
            order: first
            summary: What the agreement is.
            ---
            Text.
            """)
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:4:8: error: field 'order' in chapter 'introduction' must be a whole number from 1 to 99, but it is 'first'
                hint: write a whole number from 1 to 99 in digits, without quotes, such as 'order: 1'
            """])
    }

    @Test func unknownFieldSuggestsNearestName() throws {
        let got = try messages("editions/2024-25/themes.yml", """
            - id: prevention
              titel: Early intervention
              title: Early intervention
              lead: tcsp
              description: Acting early.
            """)
        #expect(got == ["""
            C/editions/2024-25/themes.yml:2:3: error: unknown field 'titel' in theme 'prevention'
                hint: did you mean 'title'?
            """])
    }

    /// A file that should be a list says what of, in good English, and what to write when there are none.
    @Test(arguments: [("priorities", "priority"), ("themes", "theme"), ("actions", "action"), ("measures", "measure")])
    func fileThatIsNotAList(_ plural: String, _ noun: String) throws {
        #expect(try messages("editions/2024-25/\(plural).yml", "id: x\n") == ["""
            C/editions/2024-25/\(plural).yml:1:1: error: \(plural).yml must be a list of \(plural), but it is a mapping
                hint: start each \(noun) with '- id: ...'; if the edition has no \(plural), write [] in the file
            """])
    }

    /// An item with an id is named by it in every message about it, unknown fields included.
    @Test func unknownFieldNamesTheItem() throws {
        let measures = ContentFixture.files["editions/2024-25/measures.yml"]!.replacingOccurrences(of: "  unit: incidents", with: "  unit: incidents\n  colour: red")
        #expect(try messages("editions/2024-25/measures.yml", measures) == ["""
            C/editions/2024-25/measures.yml:5:3: error: unknown field 'colour' in measure 'asb-incidents'
                hint: known fields are id, priority, title, unit, better, data_source, values, source, illustrative
            """])
    }

    @Test func invalidDate() throws {
        var actions = ContentFixture.files["editions/2024-25/actions.yml"]!
        actions = actions.replacingOccurrences(of: "due: 2025-03-31", with: "due: 2025-02-30")
        let got = try messages("editions/2024-25/actions.yml", actions)
        #expect(got == ["""
            C/editions/2024-25/actions.yml:6:8: error: field 'due' in action 'nc-01' is not a valid date: '2025-02-30'
                hint: write dates as YYYY-MM-DD, e.g. 2011-05-20, and check the day exists
            """])
    }

    @Test func invalidStatus() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!.replacingOccurrences(of: "status: amber", with: "status: ambr")
        let got = try messages("editions/2024-25/actions.yml", actions)
        #expect(got == ["""
            C/editions/2024-25/actions.yml:7:11: error: field 'status' in action 'nc-01' must be one of not-started, red, amber, green, complete, but it is 'ambr'
                hint: did you mean 'amber'?
            """])
    }

    @Test func invalidEditionStatus() throws {
        let edition = ContentFixture.files["editions/2024-25/edition.yml"]!.replacingOccurrences(of: "status: draft", with: "status: final")
        let got = try messages("editions/2024-25/edition.yml", edition)
        #expect(got == ["""
            C/editions/2024-25/edition.yml:5:9: error: field 'status' in edition.yml must be one of draft, approved, but it is 'final'
                hint: write one of these words exactly as shown, in lowercase: draft, approved
            """])
    }

    @Test func duplicateIDs() throws {
        let got = try messages("editions/2024-25/themes.yml", """
            - id: prevention
              title: Early intervention
              lead: tcsp
              description: Acting early.
            - id: neighbourhood-crime
              title: Neighbourhoods
              lead: tcsp
              description: Places.
            """)
        #expect(got == ["""
            C/editions/2024-25/themes.yml:5:7: error: duplicate priority or theme id 'neighbourhood-crime' in edition 2024-25
                hint: first defined at C/editions/2024-25/priorities.yml:1:7
            """])
    }

    @Test func actionPointingAtMissingPriority() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!
            .replacingOccurrences(of: "priorities: [neighbourhood-crime]", with: "priorities: [neighbourhood-crim]")
        let got = try messages("editions/2024-25/actions.yml", actions)
        #expect(got == ["""
            C/editions/2024-25/actions.yml:2:16: error: action 'nc-01' refers to priority 'neighbourhood-crim', which edition 2024-25 does not have
                hint: did you mean 'neighbourhood-crime'?
            """])
    }

    @Test func measurePointingAtPriorityOfAnotherEdition() throws {
        let measures = ContentFixture.files["editions/2024-25/measures.yml"]!
            .replacingOccurrences(of: "priority: neighbourhood-crime", with: "priority: asb")
        let got = try messages("editions/2024-25/measures.yml", measures)
        #expect(got == ["""
            C/editions/2024-25/measures.yml:2:13: error: measure 'asb-incidents' refers to priority 'asb', which edition 2024-25 does not have
                hint: its priorities are neighbourhood-crime; name one of them, or add 'asb' to priorities.yml
            """])
    }

    @Test func negativeMeasureValue() throws {
        let measures = ContentFixture.files["editions/2024-25/measures.yml"]!.replacingOccurrences(of: "value: 1100", with: "value: -1100")
        #expect(try messages("editions/2024-25/measures.yml", measures) == ["""
            C/editions/2024-25/measures.yml:12:14: error: measure 'asb-incidents' has a negative value for period '2024-25': -1100
                hint: charts start at zero, so a value must be zero or more; check the figure
            """])
    }

    @Test func measureWithoutValues() throws {
        let measures = ContentFixture.files["editions/2024-25/measures.yml"]!
        let empty = String(measures[..<measures.range(of: "  values:")!.lowerBound]) + "  values: []\n"
        #expect(try messages("editions/2024-25/measures.yml", empty) == ["""
            C/editions/2024-25/measures.yml:8:3: error: measure 'asb-incidents' has no values
                hint: give at least one value: a '- period: ...' line with a 'value: ...' line under it
            """])
    }

    @Test func replacesAnIDTheSupersededEditionLacks() throws {
        let priorities = ContentFixture.files["editions/2024-25/priorities.yml"]!
            .replacingOccurrences(of: "replaces: [asb]", with: "replaces: [asbo]")
        let got = try messages("editions/2024-25/priorities.yml", priorities)
        #expect(got == ["""
            C/editions/2024-25/priorities.yml:5:14: error: priority 'neighbourhood-crime' replaces 'asbo', but the superseded edition 2023-24 has no priority or theme with that id
                hint: did you mean 'asb'?
            """])
    }

    @Test func chapterWithoutFrontMatter() throws {
        let got = try messages("editions/2024-25/chapters/01-introduction.md", "## Purpose\n\nText.\n")
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:1:1: error: chapter has no front matter
                hint: start the file with a line '---', then 'id:', 'title:', 'order:' and 'summary:' lines, then another '---' line
            """])
    }

    /// The front matter is found line by line from the top: closed by '---' or '...' (with spaces around),
    /// at the end of the file or not; lines after it keep their numbers in messages.
    @Test func frontMatterClosings() throws {
        let head = "---\nid: introduction\ntitle: Introduction\norder: 1\nsummary: What the agreement is.\n"
        #expect(try messages("editions/2024-25/chapters/01-introduction.md", head + "---") == [])
        #expect(try messages("editions/2024-25/chapters/01-introduction.md", head + " ... \n\nText.\n") == [])
        #expect(try messages("editions/2024-25/chapters/01-introduction.md", head + "\u{A0}---\n\n# Again\n") == [
            "C/editions/2024-25/chapters/01-introduction.md:8:1: error: chapter body has a level-1 heading 'Again'\n    hint: the chapter's title is the page's level-1 heading; use '##' for the chapter's top-level sections",
        ])
        #expect(try messages("editions/2024-25/chapters/01-introduction.md", head + "----\n") == [
            "C/editions/2024-25/chapters/01-introduction.md:1:1: error: chapter's front matter is not closed\n    hint: end the front matter with a line '---'",
        ])
    }

    /// The chapter's title is its page's `<h1>`: a level-1 heading in the body, in either form and even inside a quote
    /// or a list, would be a second one. Lines count from the top of the file, front matter included.
    @Test func levelOneHeadingInAChapterBody() throws {
        let got = try messages("editions/2024-25/chapters/01-introduction.md", """
            ---
            id: introduction
            title: Introduction
            order: 1
            summary: What the agreement is.
            ---

            # Introduction

            ## Purpose

            Background
            ==========

            > # Quoted

            ```
            # not a heading
            ```

            - item

              # In a list
            """)
        let hint = "    hint: the chapter's title is the page's level-1 heading; use '##' for the chapter's top-level sections"
        #expect(got == [
            "C/editions/2024-25/chapters/01-introduction.md:8:1: error: chapter body has a level-1 heading 'Introduction'\n\(hint)",
            "C/editions/2024-25/chapters/01-introduction.md:12:1: error: chapter body has a level-1 heading 'Background'\n\(hint)",
            "C/editions/2024-25/chapters/01-introduction.md:15:3: error: chapter body has a level-1 heading 'Quoted'\n\(hint)",
            "C/editions/2024-25/chapters/01-introduction.md:23:3: error: chapter body has a level-1 heading 'In a list'\n\(hint)",
        ])
    }

    @Test func invalidUTF8() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        var bytes = Data("- id: prevention\n  title: Early interven".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(Data("tion\n  lead: tcsp\n  description: x\n".utf8))
        try fixture.write(bytes, to: "editions/2024-25/themes.yml")
        #expect(fixture.messages() == ["""
            C/editions/2024-25/themes.yml:2:24: error: file is not valid UTF-8 (byte 0xC3)
                hint: save the file as UTF-8 in your editor
            """])
    }

    /// A bad id is one error: the item's own references are still checked, and references to its kind are not.
    @Test func idThatCouldEscapeTheOutputFolder() throws {
        let themes = ContentFixture.files["editions/2024-25/themes.yml"]!.replacingOccurrences(of: "- id: prevention", with: "- id: ../prevention")
        #expect(try messages("editions/2024-25/themes.yml", themes) == ["""
            C/editions/2024-25/themes.yml:1:7: error: id '../prevention' could escape the output folder
                hint: use lowercase letters, digits and hyphens only, e.g. 'domestic-abuse'
            """])
        let slash = ContentFixture.files["editions/2024-25/actions.yml"]!.replacingOccurrences(of: "id: nc-01", with: "id: /etc/nc-01")
        #expect(try messages("editions/2024-25/actions.yml", slash) == ["""
            C/editions/2024-25/actions.yml:1:7: error: id '/etc/nc-01' could escape the output folder
                hint: use lowercase letters, digits and hyphens only, e.g. 'domestic-abuse'
            """])
    }

    /// Nine references to a priority whose id is wrong would repeat one mistake nine times: only the id is reported.
    @Test func badPriorityIDIsOneError() throws {
        let priorities = ContentFixture.files["editions/2024-25/priorities.yml"]!
            .replacingOccurrences(of: "- id: neighbourhood-crime", with: "- id: ../neighbourhood-crime")
        #expect(try messages("editions/2024-25/priorities.yml", priorities) == ["""
            C/editions/2024-25/priorities.yml:1:7: error: id '../neighbourhood-crime' could escape the output folder
                hint: use lowercase letters, digits and hyphens only, e.g. 'domestic-abuse'
            """])
    }

    @Test func missingThemeIDIsOneError() throws {
        let themes = ContentFixture.files["editions/2024-25/themes.yml"]!.replacingOccurrences(of: "- id: prevention\n  title", with: "- title")
        #expect(try messages("editions/2024-25/themes.yml", themes) == ["""
            C/editions/2024-25/themes.yml:1:3: error: missing required field 'id' in theme
                hint: add a line 'id: ...'
            """])
        #expect(try messages("editions/2024-25/themes.yml", "- Early intervention\n") == ["""
            C/editions/2024-25/themes.yml:1:3: error: theme must be a mapping of 'field: value' lines, but it is 'Early intervention'
                hint: write its fields one per line as 'name: value', such as 'id: ...'; see docs/CONTENT.md for the fields it takes
            """])
    }

    @Test func badBodyIDIsOneError() throws {
        let site = ContentFixture.files["site.yml"]!.replacingOccurrences(of: "- id: police", with: "- id: Police")
        #expect(try messages("site.yml", site) == ["""
            C/site.yml:20:9: error: id 'Police' may contain only lowercase letters, digits and hyphens, and must not start with a hyphen
                hint: use lowercase letters, digits and hyphens only, e.g. 'domestic-abuse'
            """])
    }

    /// A list of ids (an action's priorities, a priority's themes, what an item replaces) names each id
    /// once: the second mention is reported where it stands.
    @Test func anIdListedTwiceIsReportedAtItsSecondPlace() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!
            .replacingOccurrences(of: "priorities: [neighbourhood-crime]", with: "priorities: [neighbourhood-crime, neighbourhood-crime]")
        #expect(try messages("editions/2024-25/actions.yml", actions) == ["""
            C/editions/2024-25/actions.yml:2:37: error: 'priorities' in action 'nc-01' names 'neighbourhood-crime' twice
                hint: list each id once
            """])
        let priorities = ContentFixture.files["editions/2024-25/priorities.yml"]!
            .replacingOccurrences(of: "themes: [prevention]", with: "themes:\n    - prevention\n    - prevention")
        #expect(try messages("editions/2024-25/priorities.yml", priorities) == ["""
            C/editions/2024-25/priorities.yml:6:7: error: 'themes' in priority 'neighbourhood-crime' names 'prevention' twice
                hint: list each id once
            """])
    }

    @Test func leadThatIsNotABody() throws {
        let themes = ContentFixture.files["editions/2024-25/themes.yml"]!.replacingOccurrences(of: "lead: tcsp", with: "lead: polce")
        let got = try messages("editions/2024-25/themes.yml", themes)
        #expect(got == ["""
            C/editions/2024-25/themes.yml:3:9: error: theme 'prevention' names body 'polce', which site.yml does not list
                hint: did you mean 'police'?
            """])
    }

    /// A missing edition is reported with the nearest edition there as a hint, never the edition itself:
    /// 2024-25 superseding a missing '2024-26' (nearest to 2024-25) is told of the next nearest, 2023-24.
    @Test(arguments: ["2022-23", "2024-26"])
    func supersedesAnEditionThatDoesNotExist(_ missing: String) throws {
        let edition = ContentFixture.files["editions/2024-25/edition.yml"]!.replacingOccurrences(of: "supersedes: 2023-24", with: "supersedes: \(missing)")
        let got = try messages("editions/2024-25/edition.yml", edition)
        #expect(got == ["""
            C/editions/2024-25/edition.yml:6:13: error: edition 2024-25 supersedes '\(missing)', which is not an edition in this content
                hint: did you mean '2023-24'?
            """])
    }

    @Test func editionThatSupersedesItself() throws {
        let edition = ContentFixture.files["editions/2024-25/edition.yml"]!.replacingOccurrences(of: "supersedes: 2023-24", with: "supersedes: 2024-25")
        #expect(try messages("editions/2024-25/edition.yml", edition) == ["""
            C/editions/2024-25/edition.yml:6:13: error: edition 2024-25 cannot supersede itself
                hint: name the previous edition's id
            """])
    }

    /// 2022-23 supersedes 2024-25 supersedes 2023-24 supersedes 2022-23: one error, at the lowest id.
    @Test func editionsThatSupersedeEachOtherInALoop() throws {
        let fixture = try ContentFixture(replacing: [
            "editions/2023-24/edition.yml": ContentFixture.files["editions/2023-24/edition.yml"]! + "supersedes: 2022-23\n",
            "editions/2022-23/edition.yml": "title: Agreement 2022-23\nperiod:\n  start: 2022-04-01\n  end: 2023-03-31\nstatus: draft\nsupersedes: \"2024-25\"\n",
            "editions/2022-23/priorities.yml": "[]\n", "editions/2022-23/themes.yml": "[]\n",
            "editions/2022-23/actions.yml": "[]\n", "editions/2022-23/measures.yml": "[]\n",
        ])
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("editions/2022-23/chapters"), withIntermediateDirectories: true)
        #expect(fixture.messages() == ["""
            C/editions/2022-23/edition.yml:6:13: error: editions supersede each other in a loop: 2022-23 supersedes 2024-25, which supersedes 2023-24, which supersedes 2022-23
                hint: each edition supersedes the one before it, and the first edition has no 'supersedes'
            """])
    }

    @Test func approvedEditionWithoutApproval() throws {
        let edition = ContentFixture.files["editions/2024-25/edition.yml"]!.replacingOccurrences(of: "status: draft", with: "status: approved")
        let got = try messages("editions/2024-25/edition.yml", edition)
        #expect(got == ["""
            C/editions/2024-25/edition.yml:1:1: error: missing required field 'approval' in edition.yml
                hint: add a line 'approval: ...'
            """])
    }

    @Test func missingEditionYAML() throws {
        let got = try messages("editions/2024-25/edition.yml", nil)
        #expect(got == ["""
            C/editions/2024-25/edition.yml:1:1: error: missing edition.yml for edition 2024-25
                hint: every edition folder needs an edition.yml with title, period and status
            """])
    }

    /// A missing file is one error: the references to what it would have held are not reported again.
    @Test func missingItemFilesAreReportedOnceEach() throws {
        for (file, items) in [("priorities.yml", "priorities"), ("themes.yml", "themes"), ("actions.yml", "actions"), ("measures.yml", "measures")] {
            let got = try messages("editions/2024-25/\(file)", nil)
            #expect(got == ["""
                C/editions/2024-25/\(file):1:1: error: missing \(file) for edition 2024-25
                    hint: every edition folder needs \(file); if the edition has no \(items), write [] in it
                """])
        }
    }

    @Test func missingChaptersFolder() throws {
        let got = try messages("editions/2024-25/chapters/01-introduction.md", nil)
        #expect(got == ["""
            C/editions/2024-25/chapters:1:1: error: missing chapters folder for edition 2024-25
                hint: every edition folder needs a chapters folder with one Markdown file per chapter, such as 01-introduction.md
            """])
    }

    @Test func unexpectedFilesInAnEditionFolder() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        for path in ["notes.txt", "action.yml", "old/actions.yml", ".DS_Store", "chapters/draft.txt", "chapters/drafts/02-x.md",
                     "chapters/.01-introduction.md.swp"] {
            try fixture.write(Data("x\n".utf8), to: "editions/2024-25/\(path)")
        }
        let contents = "an edition folder holds only edition.yml, priorities.yml, themes.yml, actions.yml, measures.yml and a chapters folder"
        let chapters = "the chapters folder holds only Markdown chapter files named like '01-introduction.md'"
        #expect(fixture.messages() == [
            "C/editions/2024-25/action.yml:1:1: error: unexpected file 'action.yml' in edition 2024-25\n    hint: did you mean 'actions.yml'? \(contents)",
            "C/editions/2024-25/chapters/draft.txt:1:1: error: unexpected file 'draft.txt' in the chapters folder of edition 2024-25\n    hint: \(chapters)",
            "C/editions/2024-25/chapters/drafts:1:1: error: unexpected folder 'drafts' in the chapters folder of edition 2024-25\n    hint: \(chapters)",
            "C/editions/2024-25/notes.txt:1:1: error: unexpected file 'notes.txt' in edition 2024-25\n    hint: \(contents)",
            "C/editions/2024-25/old:1:1: error: unexpected folder 'old' in edition 2024-25\n    hint: \(contents)",
        ])
    }

    /// One folder holding one of each error: all are reported in one run, in file and line order.
    @Test func everyErrorIsReportedInOneRun() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!
            .replacingOccurrences(of: "status: amber", with: "status: purple")
            .replacingOccurrences(of: "due: 2025-03-31", with: "due: 31/03/2025")
            + "- id: nc-01\n  priorities: [burglary]\n  description: d\n  lead: tcsp\n  due: 2025-01-01\n  status: red\n"
        let fixture = try ContentFixture(replacing: [
            "site.yml": ContentFixture.files["site.yml"]! + "  - id: ../outside\n    name: Outside\n",
            "editions/2024-25/themes.yml": "- id: prevention\n  titel: x\n  lead: tcsp\n  description: d\n",
            "editions/2024-25/actions.yml": actions,
            "editions/2024-25/measures.yml": "- id: m\n  title: [unclosed\n",
            "editions/2024-25/priorities.yml": ContentFixture.files["editions/2024-25/priorities.yml"]!
                .replacingOccurrences(of: "replaces: [asb]", with: "replaces: [asbo]"),
            "editions/2024-25/chapters/01-introduction.md": "No front matter here.\n",
            "editions/2024-25/chapters/02-landscape.md": "---\nid: landscape\ntitle: Landscape\norder: second\nsummary: s\n---\nText.\n",
        ])
        defer { fixture.remove() }
        try fixture.write(Data([0x2D, 0x2D, 0x2D, 0x0A, 0x69, 0x64, 0xFF, 0x0A]), to: "editions/2023-24/chapters/01-bad.md")
        let got = fixture.messages().map { $0.split(separator: "\n")[0] }.map(String.init)
        #expect(got == [
            "C/editions/2023-24/chapters/01-bad.md:2:3: error: file is not valid UTF-8 (byte 0xFF)",
            "C/editions/2024-25/actions.yml:6:8: error: field 'due' in action 'nc-01' is not a valid date: '31/03/2025'",
            "C/editions/2024-25/actions.yml:7:11: error: field 'status' in action 'nc-01' must be one of not-started, red, amber, green, complete, but it is 'purple'",
            "C/editions/2024-25/actions.yml:11:7: error: duplicate action id 'nc-01' in edition 2024-25",
            "C/editions/2024-25/actions.yml:12:16: error: action 'nc-01' refers to priority 'burglary', which edition 2024-25 does not have",
            "C/editions/2024-25/chapters/01-introduction.md:1:1: error: chapter has no front matter",
            "C/editions/2024-25/chapters/02-landscape.md:4:8: error: field 'order' in chapter 'landscape' must be a whole number from 1 to 99, but it is 'second'",
            "C/editions/2024-25/measures.yml:3:1: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 2)",
            "C/editions/2024-25/priorities.yml:5:14: error: priority 'neighbourhood-crime' replaces 'asbo', but the superseded edition 2023-24 has no priority or theme with that id",
            // 'titel' is one mistake: an unknown field, with "did you mean 'title'?", not 'title' missing as well.
            "C/editions/2024-25/themes.yml:2:3: error: unknown field 'titel' in theme 'prevention'",
            "C/site.yml:22:9: error: id '../outside' could escape the output folder",
        ])
        #expect(fixture.read().publication == nil)
    }
}
