/// Aligns two sequences of blocks: unchanged blocks anchor the alignment (`PatienceDiff`); a block
/// deleted in one place and inserted unchanged in another is a move; in each stretch between anchors,
/// deleted and inserted blocks that are alike (sharing at least `pairing` of their words) are paired,
/// in order, as blocks changed in place and compared word by word (`WordDiff`), as is a lone deleted
/// block replaced by a lone inserted block of the same shape; the rest are deleted or inserted whole.
public enum BlockAlignment {
    /// The least word similarity (`Similarity.dice`) at which a deleted and an inserted block are taken
    /// to be one block changed in place.
    public static let pairing = 0.4

    public static func align(_ old: [BlockText], _ new: [BlockText]) -> [BlockEdit] {
        var ids: [BlockText: Int] = [:]
        func intern(_ block: BlockText) -> Int {
            if let id = ids[block] { return id }
            let id = ids.count
            ids[block] = id
            return id
        }
        let a = old.map(intern), b = new.map(intern)
        var weight: [Int: Int] = [:]
        for (block, id) in ids { weight[id] = 1 + WordCount.words(block.plainText) }
        let steps = PatienceDiff.diff(a, b, weight: weight)

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
        var movedTo: [Int: Int] = [:], movedFrom: [Int: Int] = [:]
        for gap in gaps {
            for index in gap.old {
                guard var places = insertedAt[a[index]], !places.isEmpty else { continue }
                let target = places.removeFirst()
                insertedAt[a[index]] = places
                movedTo[index] = target
                movedFrom[target] = index
            }
        }

        var edits: [BlockEdit] = []
        edits.reserveCapacity(max(old.count, new.count))
        i = 0; j = 0
        var gapIndex = 0
        while i < old.count || j < new.count {
            if gapIndex < gaps.count, gaps[gapIndex].old.lowerBound == i, gaps[gapIndex].new.lowerBound == j {
                let gap = gaps[gapIndex]
                appendGap(old: old, new: new, gap.old, gap.new, movedTo: movedTo, movedFrom: movedFrom, into: &edits)
                i = gap.old.upperBound; j = gap.new.upperBound
                gapIndex += 1
            } else {
                edits.append(.unchanged(new[j]))
                i += 1; j += 1
            }
        }
        return edits
    }

    /// One stretch of changes: moves where they were and where they went, similar blocks paired.
    private static func appendGap(old: [BlockText], new: [BlockText], _ oldRange: Range<Int>, _ newRange: Range<Int>,
                                  movedTo: [Int: Int], movedFrom: [Int: Int], into edits: inout [BlockEdit]) {
        let deleted = oldRange.filter { movedTo[$0] == nil }
        let inserted = newRange.filter { movedFrom[$0] == nil }
        let pairs: [(Int, Int)]
        if deleted.count == 1, inserted.count == 1, old[deleted[0]].shape == new[inserted[0]].shape {
            // One block of one shape replaced by one of the same shape, at the same place: it changed in place.
            pairs = [(deleted[0], inserted[0])]
        } else {
            pairs = pair(deleted.map { old[$0] }, inserted.map { new[$0] }).map { (deleted[$0.0], inserted[$0.1]) }
        }
        var i = oldRange.lowerBound, j = newRange.lowerBound
        func flush(toOld: Int, toNew: Int) {
            while i < toOld {
                if let target = movedTo[i] { edits.append(.movedAway(old[i], to: target)) } else { edits.append(.deleted(old[i])) }
                i += 1
            }
            while j < toNew {
                if let source = movedFrom[j] { edits.append(.movedHere(new[j], from: source)) } else { edits.append(.inserted(new[j])) }
                j += 1
            }
        }
        for (oi, nj) in pairs {
            flush(toOld: oi, toNew: nj)
            edits.append(.changed(old: old[oi].shape, new: new[nj].shape, words: WordDiff.compare(old[oi].runs, new[nj].runs)))
            i = oi + 1; j = nj + 1
        }
        flush(toOld: oldRange.upperBound, toNew: newRange.upperBound)
    }

    /// The pairs (index in `old`, index in `new`), increasing on both sides, of alike blocks that make
    /// the greatest total similarity.
    static func pair(_ old: [BlockText], _ new: [BlockText]) -> [(Int, Int)] {
        guard !old.isEmpty, !new.isEmpty else { return [] }
        let oldBags = old.map { Similarity.bag($0.plainText) }, newBags = new.map { Similarity.bag($0.plainText) }
        func score(_ x: Int, _ y: Int) -> Double {
            let s = Similarity.dice(oldBags[x], newBags[y])
            return s >= pairing ? s : 0
        }
        let n = old.count, m = new.count
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
        // best[x][y]: the greatest total over old[x...] and new[y...].
        var best = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        var scores = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
        for x in stride(from: n - 1, through: 0, by: -1) {
            for y in stride(from: m - 1, through: 0, by: -1) {
                let s = score(x, y)
                scores[x][y] = s
                best[x][y] = max(best[x + 1][y], best[x][y + 1], s > 0 ? s + best[x + 1][y + 1] : 0)
            }
        }
        var out: [(Int, Int)] = []
        var x = 0, y = 0
        while x < n, y < m {
            let s = scores[x][y]
            if s > 0, best[x][y] == s + best[x + 1][y + 1] { out.append((x, y)); x += 1; y += 1 }
            else if best[x][y] == best[x + 1][y] { x += 1 }
            else { y += 1 }
        }
        return out
    }
}
