import CSAModel

/// Pairs the chapters (and appendices) of two editions and compares each pair: by id first, then,
/// among those left over, by likeness (`similar`: the share of words two chapters' titles and bodies
/// have in common), so that a chapter given a new id is compared rather than reported as removed and
/// added. A pair whose place in the order of chapters changed is marked as moved.
enum ChapterMatching {
    /// The least word similarity of two leftover chapters' bodies for them to be taken as one chapter.
    static let similar = 0.6

    /// The chapters of `old` and `new` paired and compared; a pair matched by id that `ahead` has already
    /// compared (`ChaptersAhead`) is taken from there.
    static func compare(_ old: [Chapter], _ new: [Chapter], ahead: ChaptersAhead? = nil) -> [ChapterComparison] {
        // The chapters' texts (`DocumentText`) are made where they are needed: those paired by id in the
        // parallel comparison of each pair, the rest (few, if any) here.
        let oldChapters = old.sorted { $0.order < $1.order }, newChapters = new.sorted { $0.order < $1.order }
        let oldSides = oldChapters.map(ChapterSide.init), newSides = newChapters.map(ChapterSide.init)
        var pairs: [(Int, Int, ChapterComparison.Match)] = []
        var oldLeft = Set(oldSides.indices), newLeft = Set(newSides.indices)
        for (x, chapter) in oldSides.enumerated() {
            if let y = newSides.firstIndex(where: { $0.id == chapter.id }) {
                pairs.append((x, y, .sameID))
                oldLeft.remove(x); newLeft.remove(y)
            }
        }
        var oldTexts: [Int: ChapterText] = [:], newTexts: [Int: ChapterText] = [:]
        for x in oldLeft { oldTexts[x] = ChapterText(oldChapters[x]) }
        for y in newLeft { newTexts[y] = ChapterText(newChapters[y]) }
        // Leftovers: best-first by similarity of title and body.
        var candidates: [(Double, Int, Int)] = []
        var words = WordNumbers()
        func bag(_ c: ChapterText?) -> WordBag {
            guard let c else { return WordBag(words: []) }
            return Similarity.bag(([c.side.title, c.side.summary] + c.blocks.map(\.plainText)).joined(separator: "\n"), &words)
        }
        var newBags: [Int: WordBag] = [:]
        for y in newLeft.sorted() { newBags[y] = bag(newTexts[y]) }
        for x in oldLeft.sorted() {
            let oldBag = bag(oldTexts[x])
            for y in newLeft.sorted() {
                let s = Similarity.dice(oldBag, newBags[y] ?? WordBag(words: []))
                if s >= similar { candidates.append((s, x, y)) }
            }
        }
        candidates.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        for (_, x, y) in candidates where oldLeft.contains(x) && newLeft.contains(y) {
            pairs.append((x, y, .similarContent))
            oldLeft.remove(x); newLeft.remove(y)
        }

        // Moved: pairs outside the longest run kept in the same order.
        pairs.sort { $0.0 < $1.0 }
        let inOrder = Set(LongestIncreasing.subsequence(pairs.map(\.1)))
        // Each pair compared on its own, the pairs in parallel.
        let jobs = pairs.enumerated().map { (old: oldChapters[$0.element.0], oldText: oldTexts[$0.element.0],
                                             new: newChapters[$0.element.1], newText: newTexts[$0.element.1],
                                             match: $0.element.2, moved: !inOrder.contains($0.offset)) }
        let compared = ParallelMap.map(jobs) { job in
            if job.match == .sameID, var done = ahead?.comparison(old: job.old, new: job.new) {
                done.moved = job.moved
                return done
            }
            return pair(old: job.oldText ?? ChapterText(job.old), new: job.newText ?? ChapterText(job.new), match: job.match, moved: job.moved)
        }
        var byNew: [Int: ChapterComparison] = [:]
        for (pair, comparison) in zip(pairs, compared) { byNew[pair.1] = comparison }
        // NEW's order, each removed chapter placed after the chapter that came before it in OLD (and kept its place).
        // Anchors are the pairs that kept their order, so a removed chapter is not carried along by a move.
        let newOfOld = Dictionary(uniqueKeysWithValues: pairs.enumerated().filter { inOrder.contains($0.offset) }.map { ($0.element.0, $0.element.1) })
        var removedAfter: [Int: [Int]] = [:]   // new index (or -1) → removed old indices
        for x in oldLeft.sorted() {
            var anchor = -1
            for previous in stride(from: x - 1, through: 0, by: -1) {
                if let y = newOfOld[previous] { anchor = y; break }
            }
            removedAfter[anchor, default: []].append(x)
        }
        var out: [ChapterComparison] = []
        func appendRemoved(after anchor: Int) {
            for x in removedAfter[anchor] ?? [] {
                let o = oldTexts[x] ?? ChapterText(oldChapters[x])
                out.append(ChapterComparison(match: .removed, old: o.side, new: nil, moved: false, title: [], summary: [],
                                             blocks: o.blocks.map { .deleted($0) }))
            }
        }
        appendRemoved(after: -1)
        for y in newChapters.indices {
            if let comparison = byNew[y] {
                out.append(comparison)
            } else {
                let n = newTexts[y] ?? ChapterText(newChapters[y])
                out.append(ChapterComparison(match: .added, old: nil, new: n.side, moved: false, title: [], summary: [],
                                             blocks: n.blocks.map { .inserted($0) }))
            }
            appendRemoved(after: y)
        }
        return out
    }

    /// Two chapters found to be one, compared: title and summary word by word, the bodies block by block.
    static func pair(old: ChapterText, new: ChapterText, match: ChapterComparison.Match, moved: Bool) -> ChapterComparison {
        ChapterComparison(
            match: match, old: old.side, new: new.side, moved: moved,
            title: WordDiff.compare([TextRun(old.side.title)], [TextRun(new.side.title)]),
            summary: WordDiff.compare([TextRun(old.side.summary)], [TextRun(new.side.summary)]),
            blocks: BlockAlignment.align(old.blocks, new.blocks))
    }
}
