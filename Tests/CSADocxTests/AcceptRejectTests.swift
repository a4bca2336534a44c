import CSADocx
import Testing
import TestSupport

/// Accept-all must give exactly the new text and reject-all exactly the old, paragraph by
/// paragraph; every revision has a unique, increasing id; deleted text is never in `w:t`.
@Suite struct AcceptRejectTests {
    @Test func handMadeDocumentGivesOldAndNewText() throws {
        let fixture = try Fixture()
        let editor = fixture.editor
        let document = fixture.document([
            .paragraph(DocxParagraph(style: .heading1, content: [.text("Priorities")])),
            .paragraph(DocxParagraph(content: [
                .text("Tackle "),
                .deleted(editor, [.text("anti-social behaviour")]),
                .inserted(editor, [.text("neighbourhood crime & ASB")]),
                .text(" in "),
                .link(target: "https://example.org", [.deleted(editor, [.text("all")]), .inserted(editor, [.emphasis([.text("every")])])]),
                .text(" district."),
            ])),
            .paragraph(DocxParagraph(content: [.text("Acquisitive crime")], change: .deleted(editor))),
            .paragraph(DocxParagraph(style: .heading2, content: [.text("Violence against women and girls")], change: .inserted(editor))),
            .table(DocxTable(header: DocxTableRow(cells: [DocxCell(text: "Status"), DocxCell(text: "Count")]), rows: [
                DocxTableRow(cells: [DocxCell(text: "Amber"), DocxCell([.deleted(editor, [.text("20")]), .inserted(editor, [.text("26")])])]),
                DocxTableRow(cells: [DocxCell(text: "Red"), DocxCell(text: "1")], change: .deleted(editor)),
                DocxTableRow(cells: [DocxCell(text: "Green"), DocxCell(text: "3")], change: .inserted(editor)),
            ])),
            .paragraph(DocxParagraph(content: [.text("Last line"), .inserted(editor, [.lineBreak, .text("added\tafter")])])),
        ])
        let tree = try XMLTree.parse(Fixture.part("word/document.xml", of: document))
        #expect(RevisionViews.paragraphs(of: tree, .accept) == [
            "Priorities",
            "Tackle neighbourhood crime & ASB in every district.",
            "Violence against women and girls",
            "Status", "Count", "Amber", "26", "Green", "3",
            "Last line\nadded\tafter",
        ])
        #expect(RevisionViews.paragraphs(of: tree, .reject) == [
            "Priorities",
            "Tackle anti-social behaviour in all district.",
            "Acquisitive crime",
            "Status", "Count", "Amber", "20", "Red", "1",
            "Last line",
        ])
        try RevisionChecks.expectWellFormedRevisions(tree)
    }

    /// A paragraph whose style and list changed: accepting keeps the new ones, rejecting gives back the
    /// old, and a paragraph deleted whole before it leaves it its own.
    @Test func aChangeOfFormIsAcceptedOrRejected() throws {
        let fixture = try Fixture()
        let editor = fixture.editor
        let bullets = DocxList(style: .bullet)
        let document = fixture.document([
            .paragraph(DocxParagraph(content: [.text("Gone")], change: .deleted(editor))),
            .paragraph(DocxParagraph(style: .heading2, content: [.text("Emerging issues")],
                                     propertiesChange: DocxPropertiesChange(revision: editor, style: .listBullet, numbering: DocxNumbering(list: bullets, level: 1)))),
            .paragraph(DocxParagraph(style: .quote, content: [.text("Quoted")], propertiesChange: DocxPropertiesChange(revision: editor))),
        ])
        let tree = try XMLTree.parse(Fixture.part("word/document.xml", of: document))
        #expect(RevisionViews.forms(of: tree, .accept) == [
            RevisionViews.Paragraph(text: "Emerging issues", style: "Heading2"),
            RevisionViews.Paragraph(text: "Quoted", style: "Quote"),
        ])
        #expect(RevisionViews.forms(of: tree, .reject) == [
            RevisionViews.Paragraph(text: "Gone"),
            RevisionViews.Paragraph(text: "Emerging issues", style: "ListBullet", list: "1", level: 1),
            RevisionViews.Paragraph(text: "Quoted"),
        ])
        try RevisionChecks.expectWellFormedRevisions(tree)
    }

    /// Many random edits on generated paragraphs: words kept, deleted, inserted and replaced, with
    /// formatting and links around them, and paragraphs inserted and deleted whole.
    @Test(arguments: 1...40)
    func randomEditsRoundTrip(seed: UInt64) throws {
        let fixture = try Fixture()
        var random = SeededRandom(seed: seed)
        let edits = RandomEdits.make(paragraphs: 1 + random.below(12), revision: fixture.editor, random: &random)
        let tree = try XMLTree.parse(Fixture.part("word/document.xml", of: fixture.document(edits.blocks)))
        #expect(RevisionViews.paragraphs(of: tree, .accept) == edits.new)
        #expect(RevisionViews.paragraphs(of: tree, .reject) == edits.old)
        try RevisionChecks.expectWellFormedRevisions(tree)
    }
}

/// Checks every document with revisions must pass.
enum RevisionChecks {
    /// Revision ids (of insertions, deletions and changes of paragraph properties) are 1, 2, 3, ... in
    /// document order; each revision has an author and a date;
    /// no `w:t` sits inside a `w:del`, and no `w:delText` outside one.
    static func expectWellFormedRevisions(_ tree: XMLTree) throws {
        let revisions = tree.descendants.filter { ["w:ins", "w:del", "w:pPrChange"].contains($0.name) }
        let ids = revisions.compactMap { $0.attributes["w:id"].flatMap { Int($0) } }
        #expect(ids.count == revisions.count)
        #expect(ids == (0..<ids.count).map { $0 + 1 })
        #expect(revisions.allSatisfy { $0.attributes["w:author"] != nil && $0.attributes["w:date"] != nil })
        for deletion in tree.descendants where deletion.name == "w:del" {
            #expect(!deletion.descendants.contains { $0.name == "w:t" })
        }
        let deletedTexts = tree.descendants.filter { $0.name == "w:del" }.flatMap(\.descendants).filter { $0.name == "w:delText" }.count
        #expect(deletedTexts == tree.descendants.filter { $0.name == "w:delText" }.count)
    }
}

/// A document made of random edits, with the old and new text of every paragraph worked out as
/// the edits were made.
struct RandomEdits {
    var blocks: [DocxBlock] = []
    var old: [String] = []
    var new: [String] = []

    static let words = ["crime", "Kent", "&", "<b>", "partnership", "don't", "priorités", "ASB", "\"safe\"", "2024/25", "a"]

    static func make(paragraphs: Int, revision: DocxRevision, random: inout SeededRandom) -> RandomEdits {
        var edits = RandomEdits()
        for _ in 0..<paragraphs {
            switch random.below(6) {
            case 0:
                let text = sentence(&random)
                edits.blocks.append(.paragraph(DocxParagraph(style: .listBullet, content: [.text(text)], change: .inserted(revision))))
                edits.new.append(text)
            case 1:
                let text = sentence(&random)
                edits.blocks.append(.paragraph(DocxParagraph(style: .heading2, content: [.strong([.text(text)])], change: .deleted(revision))))
                edits.old.append(text)
            default:
                var content: [DocxInline] = []
                var old = ""
                var new = ""
                for index in 0..<(1 + random.below(10)) {
                    let separator = index == 0 ? "" : " "
                    let word = separator + words[random.below(words.count)]
                    let replacement = separator + words[random.below(words.count)]
                    let piece: [DocxInline]
                    switch random.below(5) {
                    case 0:
                        piece = [.deleted(revision, [.text(word)])]
                        old += word
                    case 1:
                        piece = [.inserted(revision, [.text(word)])]
                        new += word
                    case 2:
                        piece = [.deleted(revision, [.text(word)]), .inserted(revision, [.text(replacement)])]
                        old += word
                        new += replacement
                    default:
                        piece = [.text(word)]
                        old += word
                        new += word
                    }
                    switch random.below(4) {
                    case 0: content.append(.emphasis(piece))
                    case 1: content.append(.link(target: "https://example.org/\(random.below(3))", piece))
                    default: content += piece
                    }
                }
                edits.blocks.append(.paragraph(DocxParagraph(content: content)))
                edits.old.append(old)
                edits.new.append(new)
            }
        }
        // A body ending with a paragraph deleted whole gets an empty closing paragraph.
        if case .paragraph(let last) = edits.blocks.last, case .deleted = last.change {
            edits.old.append("")
            edits.new.append("")
        }
        return edits
    }

    private static func sentence(_ random: inout SeededRandom) -> String {
        (0..<(1 + random.below(6))).map { _ in words[random.below(words.count)] }.joined(separator: " ")
    }
}
