import CSADiff
import CSADiffText
import CSAModel
import Testing
import TestSupport

/// Text written with other code points that read the same (canonically equivalent in Unicode: é as one
/// code point in OLD, e and a combining accent in NEW) compares as equal, and both sides are still
/// rebuilt byte for byte, from the comparison and from its JSON.
@Suite struct CanonicalEquivalenceTests {
    static let composed = "The caf\u{E9} in Zo\u{EB}'s na\u{EF}ve town, \u{212B}ngstr\u{F6}m."
    static let decomposed = "The cafe\u{301} in Zoe\u{308}'s nai\u{308}ve town, A\u{30A}ngstro\u{308}m."

    static func chapter(_ markdown: String, title: String = "Intro") -> Chapter {
        Chapter(id: "intro", title: title, order: 1, summary: "S.", body: FixtureMarkdown.parse(markdown), bodyStartLine: 1,
                location: SourceLocation(file: "intro.md"))
    }

    static func compare(_ old: String, _ new: String) throws -> EditionComparison {
        try EditionComparison.compare(TwoEditions.publication(old: [chapter(old)], new: [chapter(new)]), old: "old", new: "new")
    }

    /// Each block's runs as UTF-8 bytes and styles: what `==` on `String` (canonical equivalence) would not tell apart.
    static func bytes(_ blocks: [BlockText]) -> [[([UInt8], RunStyle)]] {
        blocks.map { $0.runs.map { (Array($0.text.utf8), $0.style) } }
    }

    static func expectExact(_ c: EditionComparison, old: String, new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let wantOld = DocumentText.blocks(of: FixtureMarkdown.parse(old)), wantNew = DocumentText.blocks(of: FixtureMarkdown.parse(new))
        func same(_ a: [BlockText], _ b: [BlockText]) -> Bool {
            let x = bytes(a), y = bytes(b)
            return x.count == y.count && zip(x, y).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 } }
        }
        #expect(same(c.chapters[0].blocks.oldBlocks, wantOld), sourceLocation: sourceLocation)
        #expect(same(c.chapters[0].blocks.newBlocks, wantNew), sourceLocation: sourceLocation)
        let json = try JSONRebuild.chapters(DiffJSONWriter.write(c))
        #expect(same(json.old[0].blocks, wantOld), "from the JSON", sourceLocation: sourceLocation)
        #expect(same(json.new[0].blocks, wantNew), "from the JSON", sourceLocation: sourceLocation)
    }

    @Test func theSameWordsInAnotherNormalFormAreNoChange() throws {
        #expect(Array(Self.composed.utf8) != Array(Self.decomposed.utf8))
        for (old, new) in [(Self.composed, Self.decomposed), (Self.decomposed, Self.composed)] {
            let c = try Self.compare("First.\n\n" + old + "\n", "First.\n\n" + new + "\n")
            #expect(!c.chapters[0].hasChanges)
            #expect(c.summary.chapters.unchanged == 1 && c.summary.chapters.changed == 0)
            #expect(c.summary.chapters.blocks.changed == 0 && c.summary.chapters.wordsDeleted == 0 && c.summary.chapters.wordsInserted == 0)
            let words = c.chapters[0].blocks.compactMap { edit -> [WordPiece]? in
                if case .changed(_, _, let words) = edit { return words }
                return nil
            }.flatMap { $0 }
            #expect(words.allSatisfy { $0.change == .equal })
            #expect(words.contains { $0.oldText != nil })
            try Self.expectExact(c, old: "First.\n\n" + old + "\n", new: "First.\n\n" + new + "\n")
            // No report shows a change.
            let text = DiffTerminalWriter.write(c, colour: false)
            #expect(!text.contains("[-") && !text.contains("{+") && !text.contains("changed paragraph"), "\(text)")
            // The HTML page has one <del>: in the sentence that explains the marking.
            #expect(DiffHTMLWriter.write(c).components(separatedBy: "<del>").count == 2)
        }
    }

    @Test func realChangesBesideAnotherSpellingAreTheOnlyOnesShown() throws {
        let old = "**" + Self.composed + "** Partners *caf\u{E9}* meet.\n"
        let new = "**" + Self.decomposed + "** Partners *cafe\u{301}* met.\n"
        let c = try Self.compare(old, new)
        guard case .changed(_, _, let words)? = c.chapters[0].blocks.first else { Issue.record("not changed in place"); return }
        #expect(words.filter { $0.change != .equal }.map(\.text) == ["meet", "met"])
        try Self.expectExact(c, old: old, new: new)
        #expect(DiffTerminalWriter.write(c, colour: false).contains(" Partners cafe\u{301} [-meet-]{+met+}."))
    }

    @Test func aWordSpanningFormattingIsRebuiltExactly() throws {
        // The word "café" is cut by formatting on one side: it is deleted and inserted, never kept with the wrong bytes.
        let old = "Le caf*\u{E9}* ouvre.\n", new = "Le cafe\u{301} ouvre.\n"
        let c = try Self.compare(old, new)
        try Self.expectExact(c, old: old, new: new)
        let old2 = "Le *caf*\u{E9} ouvre.\n", new2 = "Le *cafe*\u{301} ouvre.\n"
        try Self.expectExact(try Self.compare(old2, new2), old: old2, new: new2)
    }

    /// Titles of priorities compared word by word: another spelling is no change.
    @Test func wordPiecesOfTitles() {
        let pieces = WordDiff.compare([TextRun(Self.composed)], [TextRun(Self.decomposed)])
        #expect(pieces.isUnchanged)
        #expect(Array(pieces.oldRuns.plainText.utf8) == Array(Self.composed.utf8))
        #expect(Array(pieces.newRuns.plainText.utf8) == Array(Self.decomposed.utf8))
    }
}
