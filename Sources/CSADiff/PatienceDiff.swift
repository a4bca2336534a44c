/// Patience alignment: elements that occur exactly once on each side anchor the alignment (the run of
/// them in the same order on both sides that weighs most, so that long blocks stay in place and short
/// ones are the ones reported as moved), and the stretches between anchors are aligned recursively,
/// falling back to Myers' shortest edit script where no anchor is left. Used for blocks, where it keeps
/// a moved or repeated block from pulling the alignment out of shape.
struct PatienceDiff {
    /// The weight of each element (a block's length), by its number; elements are numbered 0..<weights.count.
    let weights: [Int]
    /// How often each element occurs in the stretch being weighed on each side, and where in `b`; reset
    /// after each stretch (only the entries it touched), so that no stretch costs more than its length.
    private var countA: [Int32], countB: [Int32], placeB: [Int]

    private init(weights: [Int]) {
        self.weights = weights
        countA = [Int32](repeating: 0, count: weights.count)
        countB = countA
        placeB = [Int](repeating: 0, count: weights.count)
    }

    /// The edit script from `a` to `b`, whose elements are numbered 0..<weights.count.
    static func diff(_ a: [Int], _ b: [Int], weights: [Int]) -> [DiffStep] {
        var script = EditScript()
        var patience = PatienceDiff(weights: weights)
        patience.diff(a, 0, a.count, b, 0, b.count, into: &script)
        return script.finish()
    }

    private mutating func diff(_ a: [Int], _ aLo: Int, _ aHi: Int, _ b: [Int], _ bLo: Int, _ bHi: Int, into script: inout EditScript) {
        let (prefix, suffix) = SequenceDiff.sharedEnds(a, aLo, aHi, b, bLo, bHi)
        let aLo = aLo + prefix, bLo = bLo + prefix, aHi = aHi - suffix, bHi = bHi - suffix
        script.append(.equal, prefix)
        defer { script.append(.equal, suffix) }
        if aLo == aHi || bLo == bHi {
            script.append(.delete, aHi - aLo)
            script.append(.insert, bHi - bLo)
            return
        }
        let anchors = uniqueAnchors(a, aLo, aHi, b, bLo, bHi)
        if anchors.isEmpty {
            SequenceDiff.diff(a, aLo, aHi, b, bLo, bHi, into: &script)
            return
        }
        var i = aLo, j = bLo
        for (ai, bj) in anchors {
            diff(a, i, ai, b, j, bj, into: &script)
            script.append(.equal, 1)
            i = ai + 1
            j = bj + 1
        }
        diff(a, i, aHi, b, j, bHi, into: &script)
    }

    /// The pairs (index in a, index in b) of elements unique on both sides, longest increasing in both.
    private mutating func uniqueAnchors(_ a: [Int], _ aLo: Int, _ aHi: Int, _ b: [Int], _ bLo: Int, _ bHi: Int) -> [(Int, Int)] {
        for i in aLo..<aHi { countA[a[i]] += 1 }
        for j in bLo..<bHi {
            countB[b[j]] += 1
            placeB[b[j]] = j
        }
        var pairs: [(Int, Int)] = []
        for i in aLo..<aHi where countA[a[i]] == 1 && countB[a[i]] == 1 {
            pairs.append((i, placeB[a[i]]))
        }
        for i in aLo..<aHi { countA[a[i]] = 0 }
        for j in bLo..<bHi { countB[b[j]] = 0 }
        return LongestIncreasing.heaviest(pairs.map(\.1), weights: pairs.map { weights[a[$0.0]] }).map { pairs[$0] }
    }
}

/// The longest strictly increasing subsequence, by patience sorting in O(n log n).
enum LongestIncreasing {
    /// Indices into `values` of one longest strictly increasing subsequence, in order.
    static func subsequence(_ values: [Int]) -> [Int] {
        var tails: [Int] = []          // index into values of the smallest tail of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if values[tails[mid]] < value { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[index] = tails[lo - 1] }
            if lo == tails.count { tails.append(index) } else { tails[lo] = index }
        }
        var out: [Int] = []
        var current = tails.last ?? -1
        while current >= 0 {
            out.append(current)
            current = previous[current]
        }
        return out.reversed()
    }

    /// Indices into `values` of a strictly increasing subsequence with the greatest total weight, in
    /// order; `values` are distinct integers. O(n log n) with a Fenwick tree of prefix maxima.
    static func heaviest(_ values: [Int], weights: [Int]) -> [Int] {
        guard !values.isEmpty else { return [] }
        let ranks = Dictionary(uniqueKeysWithValues: values.sorted().enumerated().map { ($1, $0 + 1) })
        var tree = [(total: Int, index: Int)](repeating: (0, -1), count: values.count + 1)
        var previous = [Int](repeating: -1, count: values.count)
        var best = (total: 0, index: -1)
        for (index, value) in values.enumerated() {
            let rank = ranks[value] ?? 1
            // The heaviest subsequence ending below this value.
            var before = (total: 0, index: -1)
            var r = rank - 1
            while r > 0 {
                if tree[r].total > before.total { before = tree[r] }
                r -= r & -r
            }
            previous[index] = before.index
            let here = (total: before.total + weights[index], index: index)
            if here.total > best.total { best = here }
            r = rank
            while r <= values.count {
                if here.total > tree[r].total { tree[r] = here }
                r += r & -r
            }
        }
        var out: [Int] = []
        var current = best.index
        while current >= 0 {
            out.append(current)
            current = previous[current]
        }
        return out.reversed()
    }
}
