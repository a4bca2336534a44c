/// One step of an edit script between two sequences.
enum DiffOp: Hashable, Sendable {
    case equal, delete, insert
}

/// `count` elements kept, deleted from the old sequence, or inserted from the new one.
struct DiffStep: Hashable, Sendable {
    var op: DiffOp
    var count: Int
}

/// A shortest edit script between two sequences of integers (interned tokens or blocks), by Myers'
/// O(ND) algorithm in linear space: the "middle snake" bisection diff-match-patch uses.
enum SequenceDiff {
    static func diff(_ a: [Int], _ b: [Int]) -> [DiffStep] {
        var script = EditScript()
        diff(a, 0, a.count, b, 0, b.count, into: &script)
        return script.finish()
    }

    /// The diff of `a[aLo..<aHi]` against `b[bLo..<bHi]`, appended to `script`.
    static func diff(_ a: [Int], _ aLo: Int, _ aHi: Int, _ b: [Int], _ bLo: Int, _ bHi: Int, into script: inout EditScript) {
        let vectors = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2 * vectorLength(aHi - aLo, bHi - bLo))
        defer { vectors.deallocate() }
        diff(a, aLo, aHi, b, bLo, bHi, vectors: vectors, into: &script)
    }

    /// The length of each diagonal vector for ranges of `n` and `m` elements.
    private static func vectorLength(_ n: Int, _ m: Int) -> Int {
        2 * ((n + m + 1) / 2) + 2
    }

    /// How many elements `a[aLo..<aHi]` and `b[bLo..<bHi]` share at the start, and then, in what is
    /// left, at the end: what a shortest edit script keeps before anything else (shared by `PatienceDiff`).
    static func sharedEnds(_ a: [Int], _ aLo: Int, _ aHi: Int, _ b: [Int], _ bLo: Int, _ bHi: Int) -> (prefix: Int, suffix: Int) {
        var prefix = 0
        while aLo + prefix < aHi, bLo + prefix < bHi, a[aLo + prefix] == b[bLo + prefix] { prefix += 1 }
        var suffix = 0
        while aLo + prefix < aHi - suffix, bLo + prefix < bHi - suffix, a[aHi - 1 - suffix] == b[bHi - 1 - suffix] { suffix += 1 }
        return (prefix, suffix)
    }

    /// The diff of `a[aLo..<aHi]` against `b[bLo..<bHi]`, appended to `script`, with one pair of
    /// diagonal vectors (`vectors`) for every bisection: a part bisected later is never longer than the
    /// whole, and each bisection has finished with them before it diffs its parts.
    private static func diff(_ a: [Int], _ aLo: Int, _ aHi: Int, _ b: [Int], _ bLo: Int, _ bHi: Int,
                             vectors: UnsafeMutableBufferPointer<Int>, into script: inout EditScript) {
        let (prefix, suffix) = sharedEnds(a, aLo, aHi, b, bLo, bHi)
        let aLo = aLo + prefix, bLo = bLo + prefix, aHi = aHi - suffix, bHi = bHi - suffix
        script.append(.equal, prefix)
        if aLo == aHi {
            script.append(.insert, bHi - bLo)
        } else if bLo == bHi {
            script.append(.delete, aHi - aLo)
        } else {
            bisect(a, aLo, aHi, b, bLo, bHi, vectors: vectors, into: &script)
        }
        script.append(.equal, suffix)
    }

    /// Finds the middle snake of the two ranges and diffs each side of it.
    private static func bisect(_ a: [Int], _ aLo: Int, _ aHi: Int, _ b: [Int], _ bLo: Int, _ bHi: Int,
                               vectors: UnsafeMutableBufferPointer<Int>, into script: inout EditScript) {
        let n = aHi - aLo, m = bHi - bLo
        let maxD = (n + m + 1) / 2
        let offset = maxD
        let length = vectorLength(n, m)
        let v1 = UnsafeMutableBufferPointer(rebasing: vectors[0..<length])
        let v2 = UnsafeMutableBufferPointer(rebasing: vectors[length..<(2 * length)])
        v1.update(repeating: -1)
        v2.update(repeating: -1)
        v1[offset + 1] = 0
        v2[offset + 1] = 0
        let delta = n - m
        let front = delta % 2 != 0
        var k1start = 0, k1end = 0, k2start = 0, k2end = 0
        for d in 0..<maxD {
            var k1 = -d + k1start
            while k1 <= d - k1end {
                let k1Offset = offset + k1
                var x1 = (k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1])) ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1
                var y1 = x1 - k1
                while x1 < n, y1 < m, a[aLo + x1] == b[bLo + y1] { x1 += 1; y1 += 1 }
                v1[k1Offset] = x1
                if x1 > n {
                    k1end += 2
                } else if y1 > m {
                    k1start += 2
                } else if front {
                    let k2Offset = offset + delta - k1
                    if k2Offset >= 0, k2Offset < length, v2[k2Offset] != -1, x1 >= n - v2[k2Offset] {
                        split(a, aLo, aHi, b, bLo, bHi, x1, y1, vectors: vectors, into: &script)
                        return
                    }
                }
                k1 += 2
            }
            var k2 = -d + k2start
            while k2 <= d - k2end {
                let k2Offset = offset + k2
                var x2 = (k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1])) ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1
                var y2 = x2 - k2
                while x2 < n, y2 < m, a[aHi - x2 - 1] == b[bHi - y2 - 1] { x2 += 1; y2 += 1 }
                v2[k2Offset] = x2
                if x2 > n {
                    k2end += 2
                } else if y2 > m {
                    k2start += 2
                } else if !front {
                    let k1Offset = offset + delta - k2
                    if k1Offset >= 0, k1Offset < length, v1[k1Offset] != -1 {
                        let x1 = v1[k1Offset]
                        let y1 = offset + x1 - k1Offset
                        if x1 >= n - x2 {
                            split(a, aLo, aHi, b, bLo, bHi, x1, y1, vectors: vectors, into: &script)
                            return
                        }
                    }
                }
                k2 += 2
            }
        }
        script.append(.delete, n)
        script.append(.insert, m)
    }

    private static func split(_ a: [Int], _ aLo: Int, _ aHi: Int, _ b: [Int], _ bLo: Int, _ bHi: Int, _ x: Int, _ y: Int,
                              vectors: UnsafeMutableBufferPointer<Int>, into script: inout EditScript) {
        diff(a, aLo, aLo + x, b, bLo, bLo + y, vectors: vectors, into: &script)
        diff(a, aLo + x, aHi, b, bLo + y, bHi, vectors: vectors, into: &script)
    }
}

/// An edit script being built: neighbouring steps of the same kind are joined, empty ones dropped, and
/// within a run of changes deletions come before insertions. The step being added to is kept apart
/// from the finished ones, so that adding to it costs no more than an addition.
struct EditScript {
    private var finished: [DiffStep]
    /// The last step; a count of 0 when there is none yet.
    private var last = DiffStep(op: .equal, count: 0)

    /// An empty script with room for a few steps, as most have, so that it is made in one allocation.
    init() {
        finished = []
        finished.reserveCapacity(8)
    }

    /// The steps, the last one included; the script is not appended to afterwards.
    mutating func finish() -> [DiffStep] {
        if last.count > 0 {
            finished.append(last)
            last = DiffStep(op: .equal, count: 0)
        }
        return finished
    }

    @inline(__always)
    mutating func append(_ op: DiffOp, _ count: Int) {
        guard count > 0 else { return }
        if last.op == op || last.count == 0 {
            last = DiffStep(op: op, count: last.op == op ? last.count + count : count)
        } else if op == .delete, last.op == .insert {
            // Keep deletions first in a change: insert, delete → delete, insert (merging with an earlier delete).
            if let before = finished.last, before.op == .delete {
                finished[finished.count - 1].count += count
            } else {
                finished.append(DiffStep(op: .delete, count: count))
            }
        } else {
            finished.append(last)
            last = DiffStep(op: op, count: count)
        }
    }

    mutating func append(contentsOf other: [DiffStep]) {
        for step in other { append(step.op, step.count) }
    }
}
