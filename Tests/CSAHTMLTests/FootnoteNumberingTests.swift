import CSAHTML
import CSAModel
import Testing

/// Footnote references in committee papers: numbered in the order the paper lists its notes, each
/// reference with an id of its own, also across separately rendered parts of one page.
@Suite struct FootnoteNumberingTests {
    func paragraph(_ inlines: [InlineKind]) -> Document {
        Document(blocks: [Block(.paragraph(inlines.map { Inline($0, line: 1) }), line: 1)])
    }

    @Test func referencesShowTheNoteNumberNotTheLabel() {
        var footnotes = FootnoteNumbering(numbers: ["kcsp": 1, "audit": 2])
        var anchors = HeadingAnchors()
        let html = DocumentHTMLWriter().render(paragraph([.text("The partnership"), .footnoteReference("kcsp"), .text(" and the audit"),
                                                          .footnoteReference("audit"), .text(".")]),
                                               anchors: &anchors, footnotes: &footnotes)
        #expect(html == "<p>The partnership<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" aria-label=\"Footnote 1\">1</a></sup>"
            + " and the audit<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\" aria-label=\"Footnote 2\">2</a></sup>.</p>\n")
    }

    @Test func aNoteReferredToTwiceGetsTwoIDsAcrossRenders() {
        var footnotes = FootnoteNumbering(numbers: ["a b": 1])
        let writer = DocumentHTMLWriter()
        let first = writer.render(inlines: [Inline(.footnoteReference("a b"), line: 1)], footnotes: &footnotes)
        let second = writer.render(inlines: [Inline(.footnoteReference("a b"), line: 2)], footnotes: &footnotes)
        #expect(first == "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" aria-label=\"Footnote 1\">1</a></sup>")
        #expect(second == "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\" aria-label=\"Footnote 1\">1</a></sup>")
    }

    @Test func aLabelWithoutANumberKeepsItsLabelEscaped() {
        let html = DocumentHTMLWriter().render(inlines: [Inline(.footnoteReference("<x>"), line: 1)])
        #expect(html == "<sup class=\"footnote-ref\"><a href=\"#fn-&lt;x&gt;\" id=\"fnref-&lt;x&gt;\">&lt;x&gt;</a></sup>")
    }
}
