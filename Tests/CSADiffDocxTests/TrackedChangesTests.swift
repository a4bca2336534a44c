import CSADiff
import CSADiffDocx
import CSADocx
import CSAModel
import CSAReaders
import Foundation
import Testing
import TestSupport

/// The comparison as a Word document: accepting every tracked change gives NEW's chapters exactly,
/// rejecting every change gives OLD's, and every revision id is used once.
@Suite struct TrackedChangesTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content")

    static func comparison(_ old: String, _ new: String) throws -> (EditionComparison, DocxDocument, Data) {
        let publication = try #require(ContentReader.read(contentDirectory: content.path).publication)
        let comparison = try EditionComparison.compare(publication, old: old, new: new)
        let edition = try #require(publication.edition(new))
        let document = ComparisonDocument(comparison, author: "Kent Community Safety Partnership",
                                          date: try ComparisonDocument.date(of: edition)).document
        return (comparison, document, try DocxWriter().data(for: document))
    }

    /// The paragraphs of `word/document.xml` with every change accepted (or rejected), as Word shows them
    /// (`RevisionViews`); XML that is not well-formed is an error.
    static func paragraphs(_ xml: String, accept: Bool) throws -> [String] {
        RevisionViews.paragraphs(of: try XMLTree.parse(xml), accept ? .accept : .reject)
    }

    /// Every paragraph of a document's body with its style and list (its `w:numId`), every change
    /// accepted (or rejected), less the empty paragraph the writer ends the body with after a paragraph
    /// deleted whole (no part of either text); and what kind of list each `w:numId` is.
    static func forms(_ document: DocxDocument, accept: Bool) throws -> (paragraphs: [RevisionViews.Paragraph], lists: [String: String]) {
        let parts = DocxWriter().parts(for: document)
        let xml = try #require(parts.first { $0.path == "word/document.xml" }?.content)
        let lists = try parts.first { $0.path == "word/numbering.xml" }.map { RevisionViews.abstractLists(try XMLTree.parse($0.content)) } ?? [:]
        var all = RevisionViews.forms(of: try XMLTree.parse(xml), accept ? .accept : .reject)
        if all.last == RevisionViews.Paragraph(text: ""), case .paragraph(let last)? = document.blocks.last, case .deleted? = last.change { all.removeLast() }
        return (all, lists)
    }

    /// The last `count` paragraphs (the chapters, after the untracked summary) of the comparison's
    /// document accepted (or rejected) against the same chapters in `unchanged`, the document of one
    /// edition compared with itself, which has no change: text, style and list, paragraph by paragraph
    /// (lists named by their kind and the order they are first used in, as the writer numbers them in
    /// the order it meets them).
    static func expectSameForms(_ document: DocxDocument, accept: Bool, as unchanged: DocxDocument, count: Int,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        func chapters(_ forms: (paragraphs: [RevisionViews.Paragraph], lists: [String: String])) -> [RevisionViews.Paragraph] {
            RevisionViews.numberedInOrder(Array(forms.paragraphs.suffix(count)), abstract: forms.lists)
        }
        let got = chapters(try forms(document, accept: accept)), want = chapters(try forms(unchanged, accept: true))
        #expect(got.count == want.count, sourceLocation: sourceLocation)
        if let index = zip(got.indices, want.indices).first(where: { got[$0] != want[$1] })?.0 {
            Issue.record("paragraph \(index) \(accept ? "accepted" : "rejected"): \(got[index]), but the edition has \(want[index])",
                         sourceLocation: sourceLocation)
        }
    }

    /// Each chapter's paragraphs: its title, then one per block.
    static func expected(_ chapters: [ChapterText]) -> [String] {
        chapters.flatMap { [$0.side.title] + $0.blocks.map(\.plainText) }
    }

    @Test(arguments: [("2018-19", "2024-25"), ("2011-14", "2018-19"), ("2024-25", "2011-14")])
    func acceptingGivesNewAndRejectingGivesOld(_ pair: (String, String)) throws {
        let (comparison, document, _) = try Self.comparison(pair.0, pair.1)
        let xml = try #require(DocxWriter().parts(for: document).first { $0.path == "word/document.xml" }?.content)
        // The writer ends the body with an empty paragraph when its last one is deleted or inserted whole
        // (Word needs a final paragraph mark that survives both ways): it is no part of either text.
        func text(_ accept: Bool) throws -> [String] {
            let all = try Self.paragraphs(xml, accept: accept)
            return all.last == "" ? Array(all.dropLast()) : all
        }
        let accepted = try text(true), rejected = try text(false)
        // The chapters follow the untracked summary; they are the documents' last paragraphs.
        let new = Self.expected(comparison.chapters.compactMap(\.newText))
        let old = Self.expected(comparison.chapters.compactMap(\.oldText))
        #expect(Array(accepted.suffix(new.count)) == new)
        #expect(Array(rejected.suffix(old.count)) == old)
        // The summary is the same both ways.
        #expect(accepted.dropLast(new.count) == rejected.dropLast(old.count))
        #expect(accepted.first == comparison.new.title)
        // Styles and lists too: accepting gives NEW's, rejecting OLD's (a changed block's form is a `w:pPrChange`).
        func unchanged(_ id: String) throws -> DocxDocument { try Self.comparison(id, id).1 }
        try Self.expectSameForms(document, accept: true, as: try unchanged(pair.1), count: new.count)
        try Self.expectSameForms(document, accept: false, as: try unchanged(pair.0), count: old.count)
    }

    /// The reported case: a bulleted list item of 2018-19 is a heading in 2024-25; rejecting gives the list item back.
    @Test func aListItemThatBecameAHeadingIsAListItemAgainWhenRejected() throws {
        let (_, document, _) = try Self.comparison("2018-19", "2024-25")
        func form(_ accept: Bool) throws -> RevisionViews.Paragraph? {
            try Self.forms(document, accept: accept).paragraphs.first {
                $0.text.hasPrefix(accept ? "Emerging issues" : "workshops, training and briefings on emerging issues")
            }
        }
        #expect(try form(false)?.style == "ListBullet")
        #expect(try form(false)?.list != nil)
        #expect(try form(true)?.style == "Heading2")
        #expect(try form(true)?.list == nil)
    }

    /// Narrowed to one chapter (`--chapter`): that chapter's paragraphs, and a summary without the data.
    @Test func oneChapterHasNoDataInItsSummary() throws {
        let publication = try #require(ContentReader.read(contentDirectory: Self.content.path).publication)
        let whole = try EditionComparison.compare(publication, old: "2018-19", new: "2024-25")
        let one = try #require(whole.narrowed(toChapter: "priorities"))
        let document = ComparisonDocument(one, author: "P", date: try DocxDateTime(year: 2024, month: 4, day: 1)).document
        let xml = try #require(DocxWriter().parts(for: document).first { $0.path == "word/document.xml" }?.content)
        let accepted = try Self.paragraphs(xml, accept: true), rejected = try Self.paragraphs(xml, accept: false)
        for text in accepted + rejected {
            #expect(!text.hasPrefix("Priorities:") && !text.hasPrefix("Actions:") && !text.hasPrefix("Measures:") && !text.hasPrefix("Themes:"), "\(text)")
        }
        #expect(!accepted.contains("Priorities and themes"))
        #expect(accepted.contains("Only the chapter priorities is compared: the priorities and themes, actions and measures are left out."))
        let new = Self.expected(one.chapters.compactMap(\.newText)), old = Self.expected(one.chapters.compactMap(\.oldText))
        #expect(Array(accepted.suffix(new.count)) == new && Array(rejected.suffix(old.count)) == old)
        #expect(accepted.filter { $0 == "Introduction" }.isEmpty, "another chapter is in the document")
    }

    @Test func revisionIDsAreUniqueAndTheDocumentIsTheSameTwice() throws {
        let (_, document, bytes) = try Self.comparison("2018-19", "2024-25")
        let xml = try #require(DocxWriter().parts(for: document).first { $0.path == "word/document.xml" }?.content)
        let ids = xml.components(separatedBy: " w:id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "a revision id repeats")
        #expect(xml.contains("w:author=\"Kent Community Safety Partnership\""))
        #expect(xml.contains("w:date=\"2024-03-21T00:00:00Z\""))
        #expect(!xml.contains("<w:del ") || !xml.components(separatedBy: "<w:del ").dropFirst().contains { $0.prefix { $0 != "/" }.contains("<w:t") })
        #expect(try Self.comparison("2018-19", "2024-25").2 == bytes)
        if let folder = ProcessInfo.processInfo.environment["CSA_DOCX_OUTPUT"] {
            try bytes.write(to: URL(fileURLWithPath: folder).appendingPathComponent("diff-2018-19-2024-25.docx"))
        }
    }
}
