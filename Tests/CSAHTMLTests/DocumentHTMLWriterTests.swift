import CSAHTML
import CSAMarkdown
import CSAModel
import Testing
import TestSupport

/// What the HTML writer does beyond the spec: anchors, raw HTML policy, unsafe URLs, heading offsets.
@Suite struct DocumentHTMLWriterTests {
    func html(_ markdown: String, _ options: HTMLOptions = HTMLOptions()) -> String {
        DocumentHTMLWriter(options: options).render(FixtureMarkdown.parse(markdown))
    }

    @Test func headingsGetStableUniqueIDs() {
        #expect(html("## Statutory duties\n\n## Statutory duties\n\n### Crime & Disorder Act 1998 (s.17)\n") == """
            <h2 id="statutory-duties">Statutory duties</h2>
            <h2 id="statutory-duties-2">Statutory duties</h2>
            <h3 id="crime-disorder-act-1998-s-17">Crime &amp; Disorder Act 1998 (s.17)</h3>

            """)
    }

    @Test func outlineMatchesTheIDsTheWriterGives() {
        let doc = FixtureMarkdown.parse("## Aims\n\n## Aims\n\n### *Who* leads\n")
        #expect(HeadingAnchors.outline(of: doc) == [
            HeadingEntry(level: 2, text: "Aims", id: "aims"),
            HeadingEntry(level: 2, text: "Aims", id: "aims-2"),
            HeadingEntry(level: 3, text: "Who leads", id: "who-leads"),
        ])
    }

    @Test func rawHTMLIsOmittedByDefaultAndKeptWhenAllowed() {
        #expect(html("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)>\n") ==
            "<!-- raw HTML omitted -->\n<p>Hi <!-- raw HTML omitted --></p>\n")
        #expect(html("<aside>note</aside>\n", HTMLOptions(rawHTML: .allow)) == "<aside>note</aside>\n")
    }

    @Test func dangerousLinkTargetsAreDroppedUnlessRawHTMLIsAllowed() {
        #expect(html("[x](javascript:alert(1)) [y](VBScript:x) ![z](data:text/html,hi) ![ok](data:image/png;base64,AA)\n") ==
            "<p><a href=\"\">x</a> <a href=\"\">y</a> <img src=\"\" alt=\"z\" /> <img src=\"data:image/png;base64,AA\" alt=\"ok\" /></p>\n")
        #expect(html("[x](javascript:go)\n", HTMLOptions(rawHTML: .allow)) == "<p><a href=\"javascript:go\">x</a></p>\n")
    }

    @Test func textAndAttributesAreEscaped() {
        #expect(html("[a \"b\" 1 < 2 > 0](/x?y=1&z='2' \"t<\")\n") ==
            "<p><a href=\"/x?y=1&amp;z=&#x27;2&#x27;\" title=\"t&lt;\">a &quot;b&quot; 1 &lt; 2 &gt; 0</a></p>\n")
    }

    @Test func headingLevelOffsetShiftsLevels() {
        #expect(html("# Top\n\n###### Deep\n", HTMLOptions(headingIDs: false, headingLevelOffset: 1)) == "<h2>Top</h2>\n<h6>Deep</h6>\n")
    }

    /// On the site, a code block can take the keyboard's focus, so that its long lines can be scrolled.
    @Test func focusableCode() {
        #expect(html("```swift\nlet x = 1\n```\n", HTMLOptions(focusableCode: true)) == "<pre tabindex=\"0\"><code class=\"language-swift\">let x = 1\n</code></pre>\n")
        #expect(html("    indented\n", HTMLOptions(focusableCode: true)) == "<pre tabindex=\"0\"><code>indented\n</code></pre>\n")
        #expect(html("    indented\n") == "<pre><code>indented\n</code></pre>\n")
    }
}
