import CSADiff
import CSADiffText
import CSAModel
import Testing
import TestSupport

/// How every human format shows a block whose form changed, a block with no text, and literal blocks
/// (code): a change of form said in words and never as deleted or inserted Markdown punctuation, no
/// marker around nothing, and code kept line by line with its indentation.
@Suite struct BlockChangeDisplayTests {
    /// The comparison of one chapter written as `old` with the same chapter written as `new`.
    static func comparison(_ old: String, _ new: String) throws -> EditionComparison {
        func chapter(_ markdown: String) -> Chapter {
            Chapter(id: "intro", title: "Intro", order: 1, summary: "S.", body: FixtureMarkdown.parse(markdown), bodyStartLine: 1,
                    location: SourceLocation(file: "intro.md"))
        }
        return try EditionComparison.compare(TwoEditions.publication(old: [chapter(old)], new: [chapter(new)]), old: "old", new: "new")
    }

    /// The four human renderings of a comparison.
    static func formats(_ c: EditionComparison) -> (plain: String, colour: String, markdown: String, html: String) {
        (DiffTerminalWriter.write(c, colour: false), DiffTerminalWriter.write(c, colour: true),
         DiffMarkdownWriter.write(c), DiffHTMLWriter.write(c))
    }

    /// No format marks up an empty deletion or insertion.
    static func expectNoEmptyMarkers(_ c: EditionComparison, _ case: String) {
        let f = formats(c)
        #expect(!f.plain.contains("[--]") && !f.plain.contains("{++}"), "\(`case`): \(f.plain)")
        #expect(!f.colour.contains("\u{1B}[31;9m\u{1B}[0m") && !f.colour.contains("\u{1B}[32;4m\u{1B}[0m"), "\(`case`)")
        #expect(!f.markdown.contains("~~~~") && !f.markdown.contains("****"), "\(`case`): \(f.markdown)")
        #expect(!f.html.contains("</span></del>") && !f.html.contains("</span></ins>"), "\(`case`): \(f.html)")
    }

    /// Shape-only changes (and shape changes with words changed), each way round.
    static let shapeChanges: [(old: String, new: String, was: String)] = [
        ("The five themes are:\n", "## The five themes are:\n", "was a paragraph"),
        ("## The five themes\n", "The five themes\n", "was a level 2 heading"),
        ("## The five themes\n", "### The five themes\n", "was a level 2 heading"),
        ("Statuses are reported.\n", "- Statuses are reported.\n", "was a paragraph"),
        ("- Statuses are reported.\n", "Statuses are reported.\n", "was a bulleted list item"),
        ("- Statuses are reported.\n", "1. Statuses are reported.\n", "was a bulleted list item"),
        ("1. Statuses are reported.\n", "- Statuses are reported.\n", "was a numbered list item"),
        ("> Statuses are reported.\n", "Statuses are reported.\n", "was a quoted paragraph"),
        ("- a\n  - Statuses are reported.\n", "- a\n- Statuses are reported.\n", "was a bulleted list item in a list item"),
        ("- workshops, training and briefings on emerging issues; and\n", "## Emerging issues\n", "was a bulleted list item"),
        ("```swift\nlet a = 1\n```\n", "```yaml\nlet a = 1\n```\n", "was a code block in swift"),
    ]

    @Test(arguments: 0..<shapeChanges.count)
    func aChangeOfFormIsSaidInWords(_ index: Int) throws {
        let (old, new, was) = Self.shapeChanges[index]
        let c = try Self.comparison(old, new)
        let f = Self.formats(c)
        #expect(f.plain.contains("(\(was)):"), "\(f.plain)")
        #expect(f.markdown.contains("(\(was)):"))
        #expect(f.html.contains("(\(was))</p>"))
        // The markers are never shown as deleted or inserted punctuation.
        for marker in ["## ", "### ", "- ", "1. ", "> "] {
            #expect(!f.plain.contains("[-\(marker)") && !f.plain.contains("{+\(marker)"), "\(f.plain)")
            #expect(!f.html.contains("</span>\(marker.replacing(">", with: "&gt;"))</"), "\(f.html)")
        }
        Self.expectNoEmptyMarkers(c, "\(old) → \(new)")
    }

    @Test func theReportedExamplesReadInWords() throws {
        let heading = Self.formats(try Self.comparison("The five themes are:\n", "## The themes\n")).plain
        #expect(heading.contains("    changed heading (was a paragraph): ## The [-five -]themes[- are:-]\n"))
        let back = Self.formats(try Self.comparison("## The themes\n", "The themes\n")).plain
        #expect(back.contains("    changed paragraph (was a level 2 heading): The themes\n"))
        let item = Self.formats(try Self.comparison("Statuses are reported.\n", "- Statuses are reported.\n")).plain
        #expect(item.contains("    changed list item (was a paragraph): - Statuses are reported.\n"))
    }

    /// Blocks with no text at all (a paragraph of raw inline HTML, which has none) inserted and deleted.
    @Test func aBlockWithNoTextIsNotAnEmptyMarker() throws {
        for (old, new) in [("First.\n", "First.\n\n<span></span>\n"), ("First.\n\n<span></span>\n", "First.\n"),
                           ("First.\n", "First.\n\n```\n```\n"), ("First.\n\n```\n```\n", "First.\n")] {
            let c = try Self.comparison(old, new)
            Self.expectNoEmptyMarkers(c, "\(old) → \(new)")
            #expect(Self.formats(c).plain.contains("(empty)"))
        }
    }

    // MARK: Code

    static let code = "```text\nline one <&> \"x\"\n  indented line two\n\tand a tab\n```\n"

    @Test func anInsertedCodeBlockKeepsItsLinesInEveryFormat() throws {
        let f = Self.formats(try Self.comparison("First.\n", "First.\n\n" + Self.code))
        #expect(f.plain.contains("""
                inserted code block in text:
                  {+line one <&> "x"+}
                  {+  indented line two+}
                  {+\tand a tab+}

            """))
        #expect(!f.plain.contains("```") && !f.plain.contains("\n+}") && !f.plain.contains("\n      +}"))
        #expect(f.markdown.contains("""
              - inserted code block in text:
                ```diff
                +line one <&> "x"
                +  indented line two
                +\tand a tab
                ```

            """))
        #expect(f.html.contains("<pre><code><ins><span class=\"visually-hidden\">inserted: </span>line one &lt;&amp;&gt; &quot;x&quot;</ins>\n"
                                + "<ins><span class=\"visually-hidden\">inserted: </span>  indented line two</ins>\n"
                                + "<ins><span class=\"visually-hidden\">inserted: </span>\tand a tab</ins></code></pre>"))
        #expect(!f.html.contains("<br>"))
    }

    @Test func aChangedCodeBlockKeepsItsLinesInEveryFormat() throws {
        let new = Self.code.replacing("indented line two", with: "indented row two")
        let f = Self.formats(try Self.comparison(Self.code, new))
        #expect(f.plain.contains("""
                changed code block in text:
                  line one <&> "x"
                    indented [-line-]{+row+} two
                  \tand a tab

            """))
        #expect(f.markdown.contains("""
              - changed code block in text:
                ```diff
                 line one <&> "x"
                -  indented line two
                +  indented row two
                 \tand a tab
                ```

            """))
        #expect(f.html.contains("<pre><code>line one &lt;&amp;&gt; &quot;x&quot;\n  indented <del><span class=\"visually-hidden\">deleted: </span>line</del>"
                                + "<ins><span class=\"visually-hidden\">inserted: </span>row</ins> two\n\tand a tab</code></pre>"))
        Self.expectNoEmptyMarkers(try Self.comparison(Self.code, new), "code")
    }

    @Test func aDeletedCodeBlockKeepsItsLinesAndAFenceInsideIsKeptInside() throws {
        let code = "````\n```\n  inside\n```\n````\n"
        let f = Self.formats(try Self.comparison("First.\n\n" + code, "First.\n"))
        #expect(f.plain.contains("    deleted code block:\n      [-```-]\n      [-  inside-]\n      [-```-]\n"))
        #expect(f.markdown.contains("  - deleted code block:\n    ````diff\n    -```\n    -  inside\n    -```\n    ````\n"))
        #expect(f.html.contains("<pre><code><del><span class=\"visually-hidden\">deleted: </span>```</del>\n"))
    }
}
