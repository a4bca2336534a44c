/// Aligns two sequences of blocks: unchanged blocks anchor the alignment (`PatienceDiff`); a block
/// deleted in one place and inserted unchanged in another is a move, and one inserted nearly the same
/// (sharing `movedAndChanged` of its words) a move with changes; in each stretch between anchors,
/// deleted and inserted blocks that are alike (sharing at least `pairing` of their words) are paired,
/// in order, as blocks changed in place and compared word by word (`WordDiff`), as is a lone deleted
/// block replaced by a lone inserted block of the same shape; the rest are deleted or inserted whole.
public enum BlockAlignment {
    /// The least word similarity (`Similarity.dice`) at which a deleted and an inserted block are taken
    /// to be one block changed in place.
    public static let pairing = 0.4

    /// The least word similarity at which a block deleted in one place and one inserted in another are
    /// taken to be one block, moved and changed.
    public static let movedAndChanged = 0.7

    public static func align(_ old: [BlockText], _ new: [BlockText]) -> [BlockEdit] {
        // Each block numbered by its key (`BlockKey`): equal blocks, equal numbers.
        var numbers = BlockNumbers()
        let a = old.map { numbers.number($0) }, b = new.map { numbers.number($0) }
        let weights = numbers.blocks.map { block in 1 + block.runs.reduce(0) { $0 + $1.text.utf8.count } }
        let steps = PatienceDiff.diff(a, b, weights: weights)

        // The stretches of changes between unchanged blocks, and moves found across all of them.
        var gaps: [(old: Range<Int>, new: Range<Int>)] = []
        var i = 0, j = 0
        var gapStart: (Int, Int)? = nil
        for step in steps {
            switch step.op {
            case .equal:
                if let (gi, gj) = gapStart { gaps.append((gi..<i, gj..<j)); gapStart = nil }
                i += step.count; j += step.count
            case .delete:
                if gapStart == nil { gapStart = (i, j) }
                i += step.count
            case .insert:
                if gapStart == nil { gapStart = (i, j) }
                j += step.count
            }
        }
        if let (gi, gj) = gapStart { gaps.append((gi..<i, gj..<j)) }
        var insertedAt: [Int: [Int]] = [:]
        for gap in gaps { for index in gap.new { insertedAt[b[index], default: []].append(index) } }
        // Where each OLD block moved to and each NEW block moved from (indices; -1: not moved).
        var moves = Moves(old: old.count, new: new.count)
        for gap in gaps {
            for index in gap.old {
                guard var places = insertedAt[a[index]], !places.isEmpty else { continue }
                let target = places.removeFirst()
                insertedAt[a[index]] = places
                moves.move(index, to: target)
            }
        }
        // In each stretch, alike deleted and inserted blocks are one block changed in place.
        var bags = BlockBags(old: old, new: new)
        let gapPairs = gaps.map { gap in
            pairs(old: old, new: new, deleted: gap.old.filter { moves.to[$0] < 0 }, inserted: gap.new.filter { moves.from[$0] < 0 }, bags: &bags)
        }
        // Moved and changed: a block left deleted in one stretch and one nearly the same left inserted in another.
        var pairedOld = [Bool](repeating: false, count: old.count), pairedNew = [Bool](repeating: false, count: new.count)
        for pairs in gapPairs { for (x, y) in pairs { pairedOld[x] = true; pairedNew[y] = true } }
        var leftOld: [(gap: Int, index: Int)] = [], leftNew: [(gap: Int, index: Int)] = []
        for (g, gap) in gaps.enumerated() {
            for index in gap.old where moves.to[index] < 0 && !pairedOld[index] && !old[index].runs.isEmpty { leftOld.append((g, index)) }
            for index in gap.new where moves.from[index] < 0 && !pairedNew[index] && !new[index].runs.isEmpty { leftNew.append((g, index)) }
        }
        if !leftOld.isEmpty, !leftNew.isEmpty, leftOld.count * leftNew.count <= 250_000 {
            let newBags = leftNew.map { bags.new($0.index) }
            var taken = Set<Int>()
            for (g, index) in leftOld {
                let bag = bags.old(index)
                var best: (score: Double, at: Int)? = nil
                for (k, candidate) in leftNew.enumerated() where candidate.gap != g && !taken.contains(k) {
                    guard Similarity.mayReach(movedAndChanged, bag, newBags[k]) else { continue }
                    let score = Similarity.dice(bag, newBags[k])
                    if score >= movedAndChanged, score > (best?.score ?? 0) { best = (score, k) }
                }
                if let best {
                    taken.insert(best.at)
                    let target = leftNew[best.at].index
                    moves.move(index, to: target)
                    moves.changed[target] = true
                }
            }
        }

        var edits: [BlockEdit] = []
        edits.reserveCapacity(max(old.count, new.count))
        var tokens = ByteInterner()
        i = 0; j = 0
        var gapIndex = 0
        while i < old.count || j < new.count {
            if gapIndex < gaps.count, gaps[gapIndex].old.lowerBound == i, gaps[gapIndex].new.lowerBound == j {
                let gap = gaps[gapIndex]
                appendGap(old: old, new: new, gap.old, gap.new, pairs: gapPairs[gapIndex], moves: moves, tokens: &tokens, into: &edits)
                i = gap.old.upperBound; j = gap.new.upperBound
                gapIndex += 1
            } else {
                edits.append(.unchanged(new[j]))
                i += 1; j += 1
            }
        }
        return edits
    }

    /// The pairs (old index, new index) of a stretch's deleted and inserted blocks changed in place.
    private static func pairs(old: [BlockText], new: [BlockText], deleted: [Int], inserted: [Int], bags: inout BlockBags) -> [(Int, Int)] {
        if deleted.count == 1, inserted.count == 1, old[deleted[0]].shape == new[inserted[0]].shape {
            // One block of one shape replaced by one of the same shape, at the same place: it changed in place.
            return [(deleted[0], inserted[0])]
        }
        return pair(deleted.map { bags.old($0) }, inserted.map { bags.new($0) }).map { (deleted[$0.0], inserted[$0.1]) }
    }

    /// One stretch of changes: moves where they were and where they went, paired blocks changed in place.
    private static func appendGap(old: [BlockText], new: [BlockText], _ oldRange: Range<Int>, _ newRange: Range<Int>, pairs: [(Int, Int)],
                                  moves: Moves, tokens: inout ByteInterner, into edits: inout [BlockEdit]) {
        var i = oldRange.lowerBound, j = newRange.lowerBound
        func flush(toOld: Int, toNew: Int) {
            while i < toOld {
                let target = moves.to[i]
                if target >= 0 { edits.append(.movedAway(old[i], to: target)) } else { edits.append(.deleted(old[i])) }
                i += 1
            }
            while j < toNew {
                let source = moves.from[j]
                if source >= 0 {
                    edits.append(moves.changed[j]
                        ? .movedHereChanged(old: old[source].shape, new: new[j].shape, words: WordDiff.compare(old[source].runs, new[j].runs, ids: &tokens), from: source)
                        : .movedHere(new[j], from: source))
                } else {
                    edits.append(.inserted(new[j]))
                }
                j += 1
            }
        }
        for (oi, nj) in pairs {
            flush(toOld: oi, toNew: nj)
            edits.append(.changed(old: old[oi].shape, new: new[nj].shape, words: WordDiff.compare(old[oi].runs, new[nj].runs, ids: &tokens)))
            i = oi + 1; j = nj + 1
        }
        flush(toOld: oldRange.upperBound, toNew: newRange.upperBound)
    }

    /// The pairs (index in `oldBags`, index in `newBags`), increasing on both sides, of alike blocks
    /// (given by their words) that make the greatest total similarity.
    static func pair(_ oldBags: [WordBag], _ newBags: [WordBag]) -> [(Int, Int)] {
        guard !oldBags.isEmpty, !newBags.isEmpty else { return [] }
        func score(_ x: Int, _ y: Int) -> Double {
            guard Similarity.mayReach(pairing, oldBags[x], newBags[y]) else { return 0 }
            let s = Similarity.dice(oldBags[x], newBags[y])
            return s >= pairing ? s : 0
        }
        let n = oldBags.count, m = newBags.count
        if n * m > 40_000 {
            // Too many to weigh every pairing: pair in order where neighbours are alike.
            var out: [(Int, Int)] = []
            var x = 0, y = 0
            while x < n, y < m {
                if score(x, y) > 0 { out.append((x, y)); x += 1; y += 1 }
                else if n - x > m - y { x += 1 } else { y += 1 }
            }
            return out
        }
        // best[x, y]: the greatest total over old[x...] and new[y...]; each table one array, row by row.
        let width = m + 1
        var best = [Double](repeating: 0, count: (n + 1) * width)
        var scores = [Double](repeating: 0, count: n * m)
        for x in stride(from: n - 1, through: 0, by: -1) {
            for y in stride(from: m - 1, through: 0, by: -1) {
                let s = score(x, y)
                scores[x * m + y] = s
                best[x * width + y] = max(best[(x + 1) * width + y], best[x * width + y + 1], s > 0 ? s + best[(x + 1) * width + y + 1] : 0)
            }
        }
        var out: [(Int, Int)] = []
        var x = 0, y = 0
        while x < n, y < m {
            let s = scores[x * m + y]
            if s > 0, best[x * width + y] == s + best[(x + 1) * width + y + 1] { out.append((x, y)); x += 1; y += 1 }
            else if best[x * width + y] == best[(x + 1) * width + y] { x += 1 }
            else { y += 1 }
        }
        return out
    }
}

/// Each block's words (`Similarity.bag`), taken once when first needed and numbered by one `WordNumbers`,
/// as a block may be weighed both for a change in place and for a move.
struct BlockBags {
    private let oldBlocks: [BlockText], newBlocks: [BlockText]
    private var words = WordNumbers()
    private var oldBags: [WordBag?], newBags: [WordBag?]

    init(old: [BlockText], new: [BlockText]) {
        oldBlocks = old
        newBlocks = new
        oldBags = [WordBag?](repeating: nil, count: old.count)
        newBags = [WordBag?](repeating: nil, count: new.count)
    }

    /// The words of OLD's block `index`.
    mutating func old(_ index: Int) -> WordBag {
        if let bag = oldBags[index] { return bag }
        let bag = Self.bag(oldBlocks[index], &words)
        oldBags[index] = bag
        return bag
    }

    /// The words of `block`: of its one run's text as it is (most blocks have one), else of its runs' texts joined.
    private static func bag(_ block: BlockText, _ words: inout WordNumbers) -> WordBag {
        block.runs.count == 1 ? Similarity.bag(block.runs[0].text, &words) : Similarity.bag(block.runs.map(\.text), &words)
    }

    /// The words of NEW's block `index`.
    mutating func new(_ index: Int) -> WordBag {
        if let bag = newBags[index] { return bag }
        let bag = Self.bag(newBlocks[index], &words)
        newBags[index] = bag
        return bag
    }
}

/// The moves found between two sequences of blocks: for each OLD block the index in NEW it moved to, for
/// each NEW block the index in OLD it moved from (-1 for a block that did not move), and which NEW blocks
/// moved with changes.
private struct Moves {
    var to: [Int], from: [Int]
    var changed: [Bool]

    init(old: Int, new: Int) {
        to = [Int](repeating: -1, count: old)
        from = [Int](repeating: -1, count: new)
        changed = [Bool](repeating: false, count: new)
    }

    mutating func move(_ index: Int, to target: Int) {
        to[index] = target
        from[target] = index
    }
}
