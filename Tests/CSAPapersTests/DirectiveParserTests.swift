import CSAModel
import CSAPapers
import Testing

/// Reading a `csa` block: the values of a good directive, and every kind of mistake with its exact
/// message and place.
@Suite struct DirectiveParserTests {
    func errors(_ line: String) -> [String] {
        guard case .failure(let errors) = PaperFixture.directive(line) else { return [] }
        return errors.diagnostics.map(\.description)
    }

    @Test func readsNameOptionsAndPlaces() throws {
        let directive = try PaperFixture.directive("priorities  edition=2024-25 as=table").get()
        #expect(directive.name == .priorities)
        #expect(directive.line == 10)
        #expect(directive.location == SourceLocation(file: "paper.md", line: 11, column: 1))
        #expect(directive.options == [
            "edition": DirectiveOption(value: "2024-25", location: SourceLocation(file: "paper.md", line: 11, column: 21)),
            "as": DirectiveOption(value: "table", location: SourceLocation(file: "paper.md", line: 11, column: 32)),
        ])
        #expect(directive.value("leads") == nil)
        #expect(directive.location(of: "leads") == directive.location)
    }

    @Test func everyDirectiveNameIsKnown() {
        #expect(DirectiveName.allCases.map(\.rawValue) == ["edition", "priorities", "themes", "action-summary", "actions", "measures", "changes"])
        for name in DirectiveName.allCases {
            #expect((try? PaperFixture.directive(name.rawValue).get())?.name == name)
        }
    }

    @Test func emptyBlock() {
        let lines: [Substring] = ["```csa", "  ", "```"]
        guard case .failure(let errors) = DirectiveParser.parse("  \n", file: "p.md", fenceLine: 1, lines: lines) else {
            Issue.record("an empty block was read")
            return
        }
        #expect(errors.diagnostics.map(\.description) == ["""
            p.md:1:1: error: the csa block is empty
                hint: write one directive in it, such as 'priorities edition=2024-25'; the directives are edition, priorities, themes, action-summary, actions, measures, changes; see docs/PAPERS.md
            """])
    }

    @Test func secondDirectiveInOneBlock() {
        let lines: [Substring] = ["```csa", "priorities", "", "  themes", "```"]
        guard case .failure(let errors) = DirectiveParser.parse("priorities\n\n  themes\n", file: "p.md", fenceLine: 1, lines: lines) else {
            Issue.record("two directives were read as one")
            return
        }
        #expect(errors.diagnostics.map(\.description) == ["""
            p.md:4:3: error: a csa block holds one directive, but this block has another line
                hint: put each directive in its own block: a line ```csa, the directive, and a line ```
            """])
    }

    @Test func unknownDirective() {
        #expect(errors("priorites edition=2024-25") == ["""
            paper.md:11:1: error: unknown directive 'priorites'
                hint: did you mean 'priorities'? the directives are edition, priorities, themes, action-summary, actions, measures, changes; see docs/PAPERS.md
            """])
        #expect(errors("timetable") == ["""
            paper.md:11:1: error: unknown directive 'timetable'
                hint: the directives are edition, priorities, themes, action-summary, actions, measures, changes; see docs/PAPERS.md
            """])
    }

    @Test func unknownOption() {
        #expect(errors("actions priorty=vawg") == ["""
            paper.md:11:9: error: directive 'actions' has no option 'priorty'
                hint: did you mean 'priority'? its options are edition, priority
            """])
    }

    @Test func optionNotWrittenNameEqualsValue() {
        #expect(errors("priorities leads") == ["""
            paper.md:11:12: error: option 'leads' of directive 'priorities' is not written name=value
                hint: write each option as a name, '=' and a value, with no spaces, such as leads=yes
            """])
        #expect(errors("measures as=") == ["""
            paper.md:11:10: error: option 'as=' of directive 'measures' is not written name=value
                hint: write each option as a name, '=' and a value, with no spaces, such as as=table
            """])
    }

    @Test func optionGivenTwice() {
        #expect(errors("themes as=list as=table") == ["""
            paper.md:11:16: error: option 'as' is given twice in directive 'themes'
                hint: give each option once
            """])
    }

    /// The first 'as' is wrong, so it is not read; the second is still the option given twice.
    @Test func optionGivenTwiceAfterAWrongValue() {
        #expect(errors("priorities as=tabel as=list") == ["""
            paper.md:11:15: error: option 'as' of directive 'priorities' must be list or table, but it is 'tabel'
                hint: did you mean 'table'?
            """, """
            paper.md:11:21: error: option 'as' is given twice in directive 'priorities'
                hint: give each option once
            """])
    }

    /// A directive with mistakes is still read, with the options that were right, so that drafting checks them
    /// too; the options written wrong are named, so that drafting does not fall back to their defaults.
    @Test func directiveWithMistakesKeepsWhatWasRight() {
        let lines: [Substring] = Array(repeating: "", count: 9) + ["```csa", "priorities edition=2042-25 as=tabel leads=maybe", "```"]
        let read = DirectiveParser.read("priorities edition=2042-25 as=tabel leads=maybe", file: "paper.md", fenceLine: 10, lines: lines)
        #expect(read.errors.count == 2)
        #expect(read.directive?.value("edition") == "2042-25")
        #expect(read.directive?.misread == ["as", "leads"])
        let misspelt = DirectiveParser.read("measures edtion=2024-25 priority", file: "paper.md", fenceLine: 10, lines: lines)
        #expect(misspelt.errors.count == 2)
        #expect(misspelt.directive?.options == [:])
        #expect(misspelt.directive?.misread == ["edition", "priority"])
        #expect(DirectiveParser.read("timetable", file: "paper.md", fenceLine: 10, lines: lines).directive == nil)
    }

    @Test func valueNotAllowed() {
        #expect(errors("action-summary as=tabel") == ["""
            paper.md:11:19: error: option 'as' of directive 'action-summary' must be text or table, but it is 'tabel'
                hint: did you mean 'table'?
            """])
        #expect(errors("priorities leads=maybe") == ["""
            paper.md:11:18: error: option 'leads' of directive 'priorities' must be yes or no, but it is 'maybe'
                hint: write leads=yes or leads=no
            """])
    }

    @Test func everyMistakeOfALineInOneRun() {
        #expect(errors("priorities edtion=2024-25 as=tabel leads") == [
            """
            paper.md:11:12: error: directive 'priorities' has no option 'edtion'
                hint: did you mean 'edition'? its options are edition, as, leads
            """,
            """
            paper.md:11:30: error: option 'as' of directive 'priorities' must be list or table, but it is 'tabel'
                hint: did you mean 'table'?
            """,
            """
            paper.md:11:36: error: option 'leads' of directive 'priorities' is not written name=value
                hint: write each option as a name, '=' and a value, with no spaces, such as leads=yes
            """,
        ])
    }
}
