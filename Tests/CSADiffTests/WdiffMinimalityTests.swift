import CSADiff
import CSAReaders
import Foundation
import Testing
import TestSupport

/// The word comparison is close to minimal: on the same pairs of texts, the words it deletes and
/// inserts are no more than Debian's `wdiff -s` counts plus 5%. `wdiff` must be installed (`make
/// test-deps` installs it): without it this test fails, it does not skip.
///
/// The texts are generated chapters of real prose (the sentences and words of the bundled Kent
/// chapters) with random edits, at three scales: words only; words and sentences; and everything
/// (paragraphs and list items inserted, deleted, replaced and moved too, chapters renamed). The bound
/// holds over each corpus. For one pair alone it can be exceeded by design in two ways, both counted
/// here: a one-word common run between two changes is folded into them (two more words: the issue's
/// "confetti" rule), and a rewritten sentence or paragraph is not aligned on the "the" and "of" it
/// happens to share with the old one, where wdiff, which sees no blocks or sentences, keeps them.
@Suite struct WdiffMinimalityTests {
    /// `wdiff`'s count of words deleted and inserted (a "changed" word counts on each side).
    static func wdiffCount(_ old: String, _ new: String, in folder: URL) throws -> Int {
        let a = folder.appendingPathComponent("old.txt"), b = folder.appendingPathComponent("new.txt")
        try Data(old.utf8).write(to: a)
        try Data(new.utf8).write(to: b)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["wdiff", "-s", a.path, b.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // wdiff exits 0 (same), 1 (different) or 2 (trouble); env exits 127 when wdiff is not installed.
        guard process.terminationStatus < 2 else { throw WdiffMissing(status: process.terminationStatus) }
        // "old.txt: 10 words  8 80% common  1 10% deleted  1 10% changed"
        var total = 0
        for line in text.split(separator: "\n") where line.contains("% common") {
            let fields = line.split(separator: " ")
            for (index, field) in fields.enumerated() where ["deleted", "inserted", "changed"].contains(field) && index >= 2 {
                total += Int(fields[index - 2]) ?? 0
            }
        }
        return total
    }

    struct WdiffMissing: Error, CustomStringConvertible {
        let status: Int32
        var description: String { "wdiff failed (exit status \(status)); install it with apt-get install wdiff, or run make test-deps" }
    }

    /// A chapter's text for both tools: its blocks' plain text, a blank line between blocks.
    static func text(_ blocks: [BlockText]) -> String { blocks.map(\.plainText).joined(separator: "\n\n") + "\n" }

    /// Real prose: every paragraph and list item of the bundled Kent chapters.
    static func kentProse() throws -> Prose {
        let publication = try #require(ContentReader.read(contentDirectory: KentContentTests.content).publication)
        let paragraphs = publication.editions.flatMap(\.chapters).flatMap { DocumentText.blocks(of: $0.body) }
            .filter { $0.shape.kind == .paragraph }.map(\.plainText)
        return Prose.from(paragraphs: paragraphs)
    }

    /// (csa's words, wdiff's words, pairs) over 40 generated pairs of editions at one scale, with every
    /// pair's own counts.
    static func corpus(_ scale: GeneratedChapter.EditScale, edits: (UInt64) -> Int) throws -> (ours: Int, theirs: Int, pairs: [(Int, Int)]) {
        let prose = try kentProse()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csa-wdiff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var ours = 0, theirs = 0, pairs: [(Int, Int)] = []
        for seed in UInt64(1000)..<1040 {
            let (old, new) = GeneratedEditions.pair(seed: seed, chapters: 3, blocks: 10...30, edits: edits(seed), prose: prose, scale: scale)
            let publication = TwoEditions.publication(old: old.map(\.chapter), new: new.map(\.chapter))
            let comparison = try EditionComparison.compare(publication, old: "old", new: "new")
            for chapter in comparison.chapters where chapter.old != nil && chapter.new != nil {
                let counts = chapter.blocks.wordCounts
                let wdiff = try wdiffCount(text(chapter.blocks.oldBlocks), text(chapter.blocks.newBlocks), in: folder)
                ours += counts.deleted + counts.inserted
                theirs += wdiff
                pairs.append((counts.deleted + counts.inserted, wdiff))
            }
        }
        print("wdiff comparison (\(scale)): \(pairs.count) pairs of texts; csa diff \(ours) words deleted and inserted, wdiff -s \(theirs)")
        return (ours, theirs, pairs)
    }

    @Test func wordEdits() throws {
        let (ours, theirs, pairs) = try Self.corpus(.words) { 20 + Int($0 % 40) }
        #expect(theirs > 500)
        #expect(Double(ours) <= Double(theirs) * 1.05)
        // One pair alone: at most one folded one-word run (two words) over the bound.
        for (mine, wdiff) in pairs { #expect(Double(mine) <= Double(wdiff) * 1.05 + 2, "\(mine) words against wdiff's \(wdiff)") }
    }

    @Test func wordAndSentenceEdits() throws {
        let (ours, theirs, _) = try Self.corpus(.sentences) { 5 + Int($0 % 40) }
        #expect(theirs > 5000)
        #expect(Double(ours) <= Double(theirs) * 1.05)
    }

    @Test func editsOfEveryKind() throws {
        let (ours, theirs, _) = try Self.corpus(.any) { 5 + Int($0 % 40) }
        #expect(theirs > 10000)
        #expect(Double(ours) <= Double(theirs) * 1.05)
    }
}
