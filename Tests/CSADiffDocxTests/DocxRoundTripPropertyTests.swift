import CSADiff
import CSADiffDocx
import CSADocx
import CSAModel
import Foundation
import Testing
import TestSupport

/// Over many random edits to generated chapters (inside blocks, blocks moved, chapters renamed,
/// reordered, dropped and added), accepting every tracked change in the Word document gives exactly
/// NEW's chapters in NEW's order, and rejecting every change exactly OLD's chapters in OLD's order.
@Suite struct DocxRoundTripPropertyTests {
    /// Each chapter's paragraphs as the document holds them: its title, then one per block.
    static func paragraphs(_ chapters: [Chapter]) -> [String] {
        chapters.sorted { $0.order < $1.order }.flatMap { [$0.title] + DocumentText.blocks(of: $0.body).map(\.plainText) }
    }

    /// Every paragraph of the document with every change accepted (or rejected), less the empty
    /// paragraph the writer ends the body with after a paragraph deleted whole (no part of either text).
    static func paragraphs(_ xml: String, _ document: DocxDocument, accept: Bool) throws -> [String] {
        var all = try TrackedChangesTests.paragraphs(xml, accept: accept)
        if case .paragraph(let last)? = document.blocks.last, case .deleted? = last.change, all.last == "" { all.removeLast() }
        return all
    }

    /// The Word document of `old`'s chapters compared with `new`'s.
    static func document(old: [Chapter], new: [Chapter]) throws -> DocxDocument {
        let comparison = try EditionComparison.compare(TwoEditions.publication(old: old, new: new), old: "old", new: "new")
        return ComparisonDocument(comparison, author: "P", date: try DocxDateTime(year: 2024, month: 4, day: 1)).document
    }

    /// Accepting every change gives NEW's styles and lists, paragraph by paragraph, and rejecting every
    /// change OLD's: each as the document of that edition compared with itself (no change) sets them out.
    static func expectFormsRoundTrip(_ document: DocxDocument, old: [Chapter], new: [Chapter],
                                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try TrackedChangesTests.expectSameForms(document, accept: true, as: try Self.document(old: new, new: new),
                                                count: Self.paragraphs(new).count, sourceLocation: sourceLocation)
        try TrackedChangesTests.expectSameForms(document, accept: false, as: try Self.document(old: old, new: old),
                                                count: Self.paragraphs(old).count, sourceLocation: sourceLocation)
    }

    @Test(arguments: Array(UInt64(1)...UInt64(150)))
    func acceptGivesNewAndRejectGivesOld(seed: UInt64) throws {
        let (old, new) = GeneratedChapters.pair(seed: seed, chapters: 2 + Int(seed % 4), edits: Int(seed % 12))
        let publication = TwoEditions.publication(old: old, new: new)
        let comparison = try EditionComparison.compare(publication, old: "old", new: "new")
        let document = ComparisonDocument(comparison, author: "P", date: try DocxDateTime(year: 2024, month: 4, day: 1)).document
        let xml = try #require(DocxWriter().parts(for: document).first { $0.path == "word/document.xml" }?.content)
        let newText = Self.paragraphs(new), oldText = Self.paragraphs(old)
        let accepted = try Self.paragraphs(xml, document, accept: true), rejected = try Self.paragraphs(xml, document, accept: false)
        // The chapters follow the untracked summary, which reads the same both ways.
        #expect(Array(accepted.suffix(newText.count)) == newText)
        #expect(Array(rejected.suffix(oldText.count)) == oldText)
        #expect(accepted.dropLast(newText.count) == rejected.dropLast(oldText.count))
        #expect(accepted.first == "Edition new")
        try Self.expectFormsRoundTrip(document, old: old, new: new)
        let ids = xml.components(separatedBy: " w:id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "a revision id repeats")
    }

    /// A chapter moved: its title is deleted where OLD has it and inserted where NEW has it. The document
    /// is written for the client checks (LibreOffice, python-docx) when `CSA_DOCX_OUTPUT` is set.
    @Test func aMovedChapterIsDeletedWhereItWasAndInsertedWhereItIs() throws {
        let old = GeneratedChapters.chapters([.init(id: "a", title: "Alpha", blocks: ["First words."]),
                                              .init(id: "b", title: "Beta", blocks: ["Second words.", "- a list item"]),
                                              .init(id: "c", title: "Gamma", blocks: ["Third words."])])
        let new = GeneratedChapters.chapters([.init(id: "b", title: "Beta", blocks: ["Second words.", "- a list item"]),
                                              .init(id: "a", title: "Alpha", blocks: ["First words, changed."]),
                                              .init(id: "c", title: "Gamma", blocks: ["Third words."])])
        let comparison = try EditionComparison.compare(TwoEditions.publication(old: old, new: new), old: "old", new: "new")
        #expect(comparison.chapters.filter(\.moved).compactMap(\.new?.id) == ["a"])
        let document = ComparisonDocument(comparison, author: "P", date: try DocxDateTime(year: 2024, month: 4, day: 1)).document
        let xml = try #require(DocxWriter().parts(for: document).first { $0.path == "word/document.xml" }?.content)
        let accepted = try Self.paragraphs(xml, document, accept: true), rejected = try Self.paragraphs(xml, document, accept: false)
        #expect(Array(accepted.suffix(7)) == ["Beta", "Second words.", "a list item", "Alpha", "First words, changed.", "Gamma", "Third words."])
        #expect(Array(rejected.suffix(7)) == ["Alpha", "First words.", "Beta", "Second words.", "a list item", "Gamma", "Third words."])
        #expect(xml.contains("<w:delText xml:space=\"preserve\">Alpha</w:delText>") || xml.contains("<w:delText>Alpha</w:delText>"))
        #expect(accepted.contains("Chapter 2 \"Alpha\" (a) moved (it was chapter 1): it is shown deleted whole where it was and inserted whole where it is now."))
        if let folder = ProcessInfo.processInfo.environment["CSA_DOCX_OUTPUT"] {
            try DocxWriter().data(for: document).write(to: URL(fileURLWithPath: folder).appendingPathComponent("diff-chapter-moved.docx"))
        }
    }

    /// The generator does what the test claims: chapters are reordered, renamed, dropped and added across the seeds.
    @Test func theEditsIncludeEveryKindOfChapterChange() throws {
        var moved = 0, renamed = 0, added = 0, removed = 0
        for seed in UInt64(1)...UInt64(150) {
            let (old, new) = GeneratedChapters.pair(seed: seed, chapters: 2 + Int(seed % 4), edits: Int(seed % 12))
            let comparison = try EditionComparison.compare(TwoEditions.publication(old: old, new: new), old: "old", new: "new")
            let s = comparison.summary.chapters
            moved += s.moved; renamed += s.renamed; added += s.added; removed += s.removed
        }
        #expect(moved > 30 && renamed > 10 && added > 10 && removed > 10, "moved \(moved), renamed \(renamed), added \(added), removed \(removed)")
    }
}

/// Text written with other, canonically equivalent, code points on each side: accepting gives NEW's
/// bytes and rejecting OLD's, byte for byte (Swift's `==` on strings would not tell them apart).
@Suite struct CanonicalEquivalenceDocxTests {
    @Test func eachSidesBytesComeBack() throws {
        let composed = "The caf\u{E9} in Zo\u{EB}'s na\u{EF}ve town, with **caf\u{E9}** and *A\u{30A}*.", decomposed = "The cafe\u{301} in Zoe\u{308}'s nai\u{308}ve town, with **cafe\u{301}** and *\u{C5}*."
        for (oldText, newText) in [(composed, decomposed), (decomposed, composed)] {
            let old = GeneratedChapters.chapters([.init(id: "a", title: "Alpha", blocks: ["First.", oldText])])
            let new = GeneratedChapters.chapters([.init(id: "a", title: "Alpha", blocks: ["First.", newText])])
            let document = try DocxRoundTripPropertyTests.document(old: old, new: new)
            let xml = try #require(DocxWriter().parts(for: document).first { $0.path == "word/document.xml" }?.content)
            let accepted = try DocxRoundTripPropertyTests.paragraphs(xml, document, accept: true)
            let rejected = try DocxRoundTripPropertyTests.paragraphs(xml, document, accept: false)
            #expect(accepted.last.map { Array($0.utf8) } == DocxRoundTripPropertyTests.paragraphs(new).last.map { Array($0.utf8) })
            #expect(rejected.last.map { Array($0.utf8) } == DocxRoundTripPropertyTests.paragraphs(old).last.map { Array($0.utf8) })
        }
    }
}
