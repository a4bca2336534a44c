import CSAMarkdown
import CSAModel
import Testing
import TestSupport

/// libcmark's tree arrives as Swift values, with the line each block starts on.
@Suite struct MarkdownParserTests {
    @Test func blocksCarryTheirSourceLines() {
        let doc = FixtureMarkdown.parse("## Aims\n\nFirst *para*.\n\n- one\n- two\n\n> quote\n\n```swift\nlet x = 1\n```\n\n---\n")
        #expect(doc.blocks.map(\.line) == [1, 3, 5, 8, 10, 14])
        #expect(doc.blocks[0].kind == .heading(level: 2, [Inline(.text("Aims"), line: 1)]))
        guard case .paragraph(let inlines) = doc.blocks[1].kind else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(inlines.map(\.kind) == [.text("First "), .emphasis([Inline(.text("para"), line: 3)]), .text(".")])
        guard case .list(let style, let tight, let items) = doc.blocks[2].kind else {
            Issue.record("expected a list")
            return
        }
        #expect(style == .bullet)
        #expect(tight)
        #expect(items.count == 2)
        #expect(items[1].first?.line == 6)
        #expect(doc.blocks[4].kind == .codeBlock(info: "swift", literal: "let x = 1\n"))
        #expect(doc.blocks[5].kind == .thematicBreak)
    }

    @Test func orderedListsKeepStartAndDelimiter() {
        let doc = FixtureMarkdown.parse("3) three\n4) four\n")
        guard case .list(let style, _, _) = doc.blocks[0].kind else {
            Issue.record("expected a list")
            return
        }
        #expect(style == .ordered(start: 3, delimiter: ")"))
    }

    @Test func linksImagesAndRawHTMLAreKept() {
        let doc = FixtureMarkdown.parse("[KCC](https://www.kent.gov.uk \"Kent\") ![map](m.png) <b>x</b>\n\n<div>raw</div>\n")
        guard case .paragraph(let inlines) = doc.blocks[0].kind else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(inlines[0].kind == .link(destination: "https://www.kent.gov.uk", title: "Kent", [Inline(.text("KCC"), line: 1)]))
        #expect(inlines[2].kind == .image(source: "m.png", title: "", [Inline(.text("map"), line: 1)]))
        #expect(inlines[4].kind == .html("<b>"))
        #expect(doc.blocks[1].kind == .htmlBlock("<div>raw</div>\n"))
    }

    @Test func plainTextFlattensInlines() {
        let doc = FixtureMarkdown.parse("## Road *safety* and `code`\n")
        guard case .heading(_, let inlines) = doc.blocks[0].kind else {
            Issue.record("expected a heading")
            return
        }
        #expect(inlines.plainText == "Road safety and code")
    }

    @Test func emptyTextGivesAnEmptyDocument() {
        #expect(FixtureMarkdown.parse("").blocks.isEmpty)
    }
}
