import CSAHTML
import CSAModel
import Testing
import TestSupport

/// Heading ids stay unique however many headings repeat, and never take an id the page uses.
@Suite struct HeadingIDTests {
    @Test func twentyThousandSameHeadingsGetNumberedIDs() {
        let n = 20000
        var anchors = HeadingAnchors()
        let ids = (0..<n).map { _ in anchors.id(for: "Aims") }
        #expect(ids.first == "aims")
        #expect(ids[1] == "aims-2")
        #expect(ids.last == "aims-\(n)")
        #expect(Set(ids).count == n)
    }

    @Test func twentyThousandSameHeadingsInADocument() {
        let n = 20000
        let document = Document(blocks: (1...n).map { Block(.heading(level: 2, [Inline(.text("Aims"), line: $0)]), line: $0) })
        let html = DocumentHTMLWriter().render(document)
        #expect(html.hasPrefix("<h2 id=\"aims\">Aims</h2>\n<h2 id=\"aims-2\">Aims</h2>\n"))
        #expect(html.hasSuffix("<h2 id=\"aims-\(n)\">Aims</h2>\n"))
        #expect(HeadingAnchors.outline(of: document).map(\.id) == ["aims"] + (2...n).map { "aims-\($0)" })
    }

    @Test func reservedIDsAreSkipped() {
        var anchors = HeadingAnchors(reserved: ["main", "main-2", "contents-title"])
        #expect(anchors.id(for: "Main") == "main-3")
        #expect(anchors.id(for: "Main") == "main-4")
        #expect(anchors.id(for: "Contents title") == "contents-title-2")
        #expect(anchors.id(for: "Contents") == "contents")
    }

    @Test func aHeadingCannotTakeAnIDAnEarlierNumberedHeadingTook() {
        var anchors = HeadingAnchors()
        #expect(anchors.id(for: "Aims") == "aims")
        #expect(anchors.id(for: "Aims") == "aims-2")
        #expect(anchors.id(for: "Aims 2") == "aims-2-2")
        #expect(anchors.id(for: "Aims 3") == "aims-3")
        #expect(anchors.id(for: "Aims") == "aims-4")
    }

    @Test func sharedAnchorsKeepIDsUniqueAcrossDocumentsWithPrefixes() {
        // Chapter 'a' with heading 'b c' and chapter 'a-b' with heading 'c' would both make 'a-b-c'.
        var anchors = HeadingAnchors(reserved: ["chapter-a"])
        let writer = DocumentHTMLWriter()
        anchors.prefix = "a-"
        let first = writer.render(Document(blocks: [Block(.heading(level: 2, [Inline(.text("b c"), line: 1)]), line: 1)]), anchors: &anchors)
        anchors.prefix = "a-b-"
        let second = writer.render(Document(blocks: [Block(.heading(level: 2, [Inline(.text("c"), line: 1)]), line: 1)]), anchors: &anchors)
        anchors.prefix = ""
        let third = writer.render(Document(blocks: [Block(.heading(level: 2, [Inline(.text("Chapter a"), line: 1)]), line: 1)]), anchors: &anchors)
        #expect(first == "<h2 id=\"a-b-c\">b c</h2>\n")
        #expect(second == "<h2 id=\"a-b-c-2\">c</h2>\n")
        #expect(third == "<h2 id=\"chapter-a-2\">Chapter a</h2>\n")
    }

    @Test func outlineAndWriterAgreeWhenStartingFromTheSameAnchors() {
        let document = FixtureMarkdown.parse("## Main\n\n> ## Main\n\n- ## Main\n")
        let start = HeadingAnchors(reserved: ["main"])
        var forOutline = start, forWriter = start
        let outline = HeadingAnchors.outline(of: document, anchors: &forOutline)
        let html = DocumentHTMLWriter().render(document, anchors: &forWriter)
        #expect(outline.map(\.id) == ["main-2", "main-3", "main-4"])
        #expect(html.contains("<h2 id=\"main-2\">") && html.contains("<h2 id=\"main-3\">") && html.contains("<h2 id=\"main-4\">"))
        #expect(forOutline.id(for: "Main") == "main-5")
        #expect(forWriter.id(for: "Main") == "main-5")
    }
}
