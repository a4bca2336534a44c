import CSADiff
import CSADiffText
import CSAModel
import Testing
import TestSupport

/// From the comparison alone, OLD's and NEW's text of every chapter is rebuilt exactly, over many random
/// edits to generated chapters (a seeded generator, so every run tests the same cases); and from its
/// JSON output alone.
@Suite struct RoundTripPropertyTests {
    static let seeds: [UInt64] = Array(1...300)

    @Test(arguments: seeds) func chaptersAreRebuiltExactly(seed: UInt64) throws {
        let (old, new) = GeneratedEditions.pair(seed: seed, chapters: 3, blocks: 3...12, edits: Int(seed % 25) + 1)
        let publication = TwoEditions.publication(old: old.map(\.chapter), new: new.map(\.chapter))
        let comparison = try EditionComparison.compare(publication, old: "old", new: "new")
        let expectedOld = old.map { ChapterText($0.chapter) }.sorted { $0.side.order < $1.side.order }
        let expectedNew = new.map { ChapterText($0.chapter) }.sorted { $0.side.order < $1.side.order }
        #expect(comparison.oldChapters == expectedOld)
        #expect(comparison.newChapters == expectedNew)
        #expect(comparison.chapters.contains { $0.hasChanges })
        // And from the JSON output alone.
        let fromJSON = try JSONRebuild.chapters(DiffJSONWriter.write(comparison))
        #expect(fromJSON.old == expectedOld)
        #expect(fromJSON.new == expectedNew)
        // The word comparison of every changed block never runs across blocks: each rebuilds its own two blocks.
        for chapter in comparison.chapters {
            for edit in chapter.blocks {
                if case .changed(_, _, let words) = edit {
                    #expect(!words.isEmpty)
                    #expect(!words.isUnchanged || edit.oldBlock?.shape != edit.newBlock?.shape || words.contains { $0.oldText != nil })
                }
            }
        }
    }

    @Test func reversedComparisonRebuildsBothSides() throws {
        let (old, new) = GeneratedEditions.pair(seed: 99, chapters: 4, blocks: 5...10, edits: 30)
        let publication = TwoEditions.publication(old: old.map(\.chapter), new: new.map(\.chapter))
        let comparison = try EditionComparison.compare(publication, old: "new", new: "old")
        #expect(comparison.newIsOlder)
        #expect(comparison.oldChapters == new.map { ChapterText($0.chapter) }.sorted { $0.side.order < $1.side.order })
        #expect(comparison.newChapters == old.map { ChapterText($0.chapter) }.sorted { $0.side.order < $1.side.order })
    }
}
