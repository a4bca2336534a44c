import CSAModel
import TestSupport

/// Chapters of generated Markdown for the Word document's round trip, and random edits to them: inside
/// blocks (words inserted, deleted, replaced, made bold or linked), blocks inserted, deleted, replaced,
/// moved and set out in another form (a paragraph made a heading, a list item or a quote and back, a
/// list's kind changed, a code block's language), and whole chapters renamed, reordered, dropped and
/// added.
struct GeneratedChapters {
    /// One chapter as Markdown blocks (each a paragraph, heading, list item run, quote or code block).
    struct Draft {
        var id: String
        var title: String
        var blocks: [String]
    }

    static let vocabulary = ("partners community safety agreement county district borough priority theme action plan measure "
        + "domestic abuse road casualties police council board review year strategic assessment data the of and in to "
        + "for with across Kent Medway victims support young people neighbourhood crime violence training workshop").split(separator: " ").map(String.init)

    static func word(_ r: inout SeededRandom) -> String {
        let w = vocabulary[r.below(vocabulary.count)]
        switch r.below(30) {
        case 0: return "**\(w)**"
        case 1: return "*\(w)*"
        case 2: return "[\(w)](https://example.org/\(r.below(3)))"
        case 3: return "`\(w)`"
        default: return w
        }
    }

    static func words(_ r: inout SeededRandom, _ n: ClosedRange<Int>) -> [String] {
        (0..<Int.random(in: n, using: &r)).map { _ in word(&r) }
    }

    static func block(_ r: inout SeededRandom) -> String {
        switch r.below(9) {
        case 0: return "## " + words(&r, 2...5).joined(separator: " ")
        case 1: return (0..<(2 + r.below(3))).map { _ in "- " + words(&r, 3...8).joined(separator: " ") + "." }.joined(separator: "\n")
        case 2: return (0..<(2 + r.below(3))).map { "\($0 + 1). " + words(&r, 3...8).joined(separator: " ") + ";" }.joined(separator: "\n")
        case 3: return "> " + words(&r, 4...12).joined(separator: " ") + "."
        case 4: return "```\n" + (0..<(1 + r.below(3))).map { _ in vocabulary.prefix(12).shuffled(using: &r).prefix(3).joined(separator: " ") }.joined(separator: "\n") + "\n```"
        default: return words(&r, 6...30).joined(separator: " ") + "."
        }
    }

    static func draft(_ r: inout SeededRandom, _ n: Int) -> Draft {
        Draft(id: "chapter-\(n)", title: "Chapter on \(vocabulary[r.below(10)]) \(n)", blocks: (0..<(2 + r.below(8))).map { _ in block(&r) })
    }

    /// One edit inside a chapter.
    static func edit(_ d: inout Draft, _ r: inout SeededRandom) {
        guard !d.blocks.isEmpty else { d.blocks.append(block(&r)); return }
        let at = r.below(d.blocks.count)
        switch r.below(9) {
        case 8: d.blocks[at] = reshaped(d.blocks[at], &r)
        case 0: d.blocks.insert(block(&r), at: at)
        case 1: d.blocks.remove(at: at)
        case 2: d.blocks[at] = block(&r)
        case 3:
            let moved = d.blocks.remove(at: at)
            d.blocks.insert(moved, at: r.below(d.blocks.count + 1))
        default:
            // Words of a paragraph (a block that starts with a word).
            guard let first = d.blocks[at].first, first.isLetter || first == "*" || first == "[" || first == "`" else { return }
            var w = d.blocks[at].split(separator: " ").map(String.init)
            let i = r.below(w.count)
            switch r.below(4) {
            case 0: w.insert(word(&r), at: i)
            case 1: if w.count > 1 { w.remove(at: i) }
            case 2: w[i] = "**\(w[i])**"
            default: w[i] = word(&r)
            }
            d.blocks[at] = w.joined(separator: " ")
        }
    }

    /// The same block in another form, its words kept.
    static func reshaped(_ block: String, _ r: inout SeededRandom) -> String {
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if block.hasPrefix("## ") { return r.below(2) == 0 ? String(block.dropFirst(3)) : "#" + block }
        if block.hasPrefix("> ") { return String(block.dropFirst(2)) }
        if block.hasPrefix("```") { return "```text" + block.dropFirst(3) }
        if block.hasPrefix("- ") {
            // Numbered, or its first item made a paragraph of its own.
            if r.below(2) == 0 { return lines.enumerated().map { "\($0 + 1). " + $1.dropFirst(2) }.joined(separator: "\n") }
            return String(lines[0].dropFirst(2)) + (lines.count > 1 ? "\n\n" + lines.dropFirst().joined(separator: "\n") : "")
        }
        if let first = lines.first, let dot = first.firstIndex(of: "."), first[..<dot].allSatisfy(\.isNumber), !first[..<dot].isEmpty {
            return lines.map { "- " + ($0.split(separator: " ", maxSplits: 1).last.map(String.init) ?? "") }.joined(separator: "\n")
        }
        switch r.below(3) {
        case 0: return "## " + block
        case 1: return "- " + block
        default: return "> " + block
        }
    }

    /// OLD's chapters and NEW's, NEW made from OLD by `edits` edits inside chapters and then by chapter
    /// renames, reorders, removals and additions.
    static func pair(seed: UInt64, chapters: Int, edits: Int) -> (old: [Chapter], new: [Chapter]) {
        var r = SeededRandom(seed: seed)
        let old = (1...chapters).map { draft(&r, $0) }
        var new = old
        for _ in 0..<edits { edit(&new[r.below(new.count)], &r) }
        for _ in 0..<(1 + r.below(3)) {
            switch r.below(5) {
            case 0:                                             // renamed: new id and title
                let at = r.below(new.count)
                new[at].id += "-renamed"
                new[at].title = "Renamed " + new[at].title
            case 1, 2:                                          // one chapter moved elsewhere
                let moved = new.remove(at: r.below(new.count))
                new.insert(moved, at: r.below(new.count + 1))
            case 3 where new.count > 1:                         // dropped
                new.remove(at: r.below(new.count))
            default:                                            // added
                new.insert(draft(&r, chapters + 1 + r.below(100)), at: r.below(new.count + 1))
            }
        }
        // Ids stay unique within an edition.
        var seen: Set<String> = []
        for i in new.indices where !seen.insert(new[i].id).inserted { new[i].id += "-\(i)"; seen.insert(new[i].id) }
        return (Self.chapters(old), Self.chapters(new))
    }

    /// Drafts as chapters, numbered in order.
    static func chapters(_ drafts: [Draft]) -> [Chapter] {
        drafts.enumerated().map { i, d in
            Chapter(id: d.id, title: d.title, order: i + 1, summary: "What \(d.title.lowercased()) covers.", body: FixtureMarkdown.parse(d.blocks.joined(separator: "\n\n") + "\n"),
                    bodyStartLine: 1, location: SourceLocation(file: "\(d.id).md"))
        }
    }
}
