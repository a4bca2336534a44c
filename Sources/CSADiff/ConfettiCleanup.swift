/// diff-match-patch's semantic cleanup on an edit script over tokens: a kept stretch no longer (in
/// UTF-8 bytes) than the changes on both sides of it is folded into them (deleted and inserted again),
/// and the loop goes back to check the stretch before, so a rewritten phrase that happens to share a
/// "the" or an "of" with the old one reads as one deletion and one insertion. Unlike diff-match-patch,
/// only stretches of at most `maxWords` words (white space and punctuation are free) are folded: each
/// folded word is counted once deleted and once inserted, and longer common runs are real text the
/// reader should see kept, which keeps the comparison within a few per cent of the minimal one.
enum ConfettiCleanup {
    /// `steps`, an edit script from `old`'s tokens to `new`'s, cleaned.
    static func clean(_ steps: [DiffStep], old: WordTokens, new: WordTokens, maxWords: Int = 1) -> [DiffStep] {
        // Each step with the token ranges it covers on both sides.
        struct Segment {
            var op: DiffOp
            var old: Range<Int>
            var new: Range<Int>
        }
        // Folding needs a kept stretch between two changes: three steps at least.
        guard steps.count >= 3 else { return steps }
        var segments: [Segment] = []
        segments.reserveCapacity(steps.count + 8)
        var i = 0, j = 0
        for step in steps {
            switch step.op {
            case .equal:
                segments.append(Segment(op: .equal, old: i..<(i + step.count), new: j..<(j + step.count)))
                i += step.count; j += step.count
            case .delete:
                segments.append(Segment(op: .delete, old: i..<(i + step.count), new: j..<j))
                i += step.count
            case .insert:
                segments.append(Segment(op: .insert, old: i..<i, new: j..<(j + step.count)))
                j += step.count
            }
        }
        // A stretch's length in UTF-8 bytes, from the tokens' offsets.
        func length(_ s: Segment) -> Int {
            s.op == .insert ? new.bounds[s.new.upperBound] - new.bounds[s.new.lowerBound]
                : old.bounds[s.old.upperBound] - old.bounds[s.old.lowerBound]
        }
        func words(_ range: Range<Int>) -> Int {
            var n = 0
            for k in range where old.isWord(k) { n += 1 }
            return n
        }

        var changed = false
        var equalities: [Int] = []
        equalities.reserveCapacity(steps.count / 2 + 1)
        var lastEquality: Int? = nil
        var insertedBefore = 0, deletedBefore = 0, insertedAfter = 0, deletedAfter = 0
        var pointer = 0
        while pointer < segments.count {
            let segment = segments[pointer]
            if segment.op == .equal {
                equalities.append(pointer)
                insertedBefore = insertedAfter; deletedBefore = deletedAfter
                insertedAfter = 0; deletedAfter = 0
                lastEquality = pointer
            } else {
                if segment.op == .insert { insertedAfter += length(segment) } else { deletedAfter += length(segment) }
                if let e = lastEquality {
                    let n = length(segments[e])
                    if n <= max(insertedBefore, deletedBefore) && n <= max(insertedAfter, deletedAfter) && words(segments[e].old) <= maxWords {
                        let kept = segments[e]
                        segments[e] = Segment(op: .delete, old: kept.old, new: kept.new.lowerBound..<kept.new.lowerBound)
                        segments.insert(Segment(op: .insert, old: kept.old.upperBound..<kept.old.upperBound, new: kept.new), at: e + 1)
                        equalities.removeLast()
                        if !equalities.isEmpty { equalities.removeLast() }
                        pointer = equalities.last ?? -1
                        insertedBefore = 0; deletedBefore = 0; insertedAfter = 0; deletedAfter = 0
                        lastEquality = nil
                        changed = true
                    }
                }
            }
            pointer += 1
        }
        guard changed else { return steps }
        var script = EditScript()
        // Re-gather: within each run of changes, all deletions then all insertions.
        var deleted = 0, inserted = 0
        for segment in segments {
            switch segment.op {
            case .equal:
                script.append(.delete, deleted); script.append(.insert, inserted)
                deleted = 0; inserted = 0
                script.append(.equal, segment.old.count)
            case .delete: deleted += segment.old.count
            case .insert: inserted += segment.new.count
            }
        }
        script.append(.delete, deleted); script.append(.insert, inserted)
        return script.finish()
    }
}
