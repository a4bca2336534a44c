/// Compares two texts word by word: a shortest edit script over words and punctuation (`WordTokens`;
/// white space is aligned afterwards, between the words it lies between), then the "semantic cleanup" of diff-match-patch, which folds a kept stretch of
/// at most one word lying between two larger changes into them (`ConfettiCleanup`), so that a rewritten
/// phrase reads as one deletion and one insertion rather than confetti. Kept words whose formatting changed carry it.
public enum WordDiff {
    public static func compare(_ old: [TextRun], _ new: [TextRun]) -> [WordPiece] {
        let a = WordTokens.tokens(old), b = WordTokens.tokens(new)
        var ids: [String: Int] = [:]
        func intern(_ token: WordToken) -> Int {
            if let id = ids[token.text] { return id }
            let id = ids.count
            ids[token.text] = id
            return id
        }
        let raw = wordScript(a.map(intern), b.map(intern), oldSpace: a.map(\.isSpace), newSpace: b.map(\.isSpace))
        let steps = ConfettiCleanup.clean(raw, oldLengths: a.map(\.text.count), newLengths: b.map(\.text.count),
                                          oldWords: a.map { $0.text.first.map(WordTokens.isWord) ?? false })
        var pieces = PieceBuilder()
        var i = 0, j = 0
        for step in steps {
            switch step.op {
            case .equal:
                for k in 0..<step.count { pieces.keep(a[i + k].runs, b[j + k].runs) }
                i += step.count
                j += step.count
            case .delete:
                for token in a[i..<(i + step.count)] { for run in token.runs { pieces.add(.deleted, run.text, run.style) } }
                i += step.count
            case .insert:
                for token in b[j..<(j + step.count)] { for run in token.runs { pieces.add(.inserted, run.text, run.style) } }
                j += step.count
            }
        }
        return pieces.pieces
    }
}

extension WordDiff {
    /// The edit script over all tokens, from a shortest edit script over the tokens that are not white
    /// space (matching spaces to spaces would let the alignment stray from the words). In each stretch
    /// between two kept words, white space the two sides share at either end is kept and the rest is
    /// deleted and inserted.
    static func wordScript(_ a: [Int], _ b: [Int], oldSpace: [Bool], newSpace: [Bool]) -> [DiffStep] {
        let aWords = a.indices.filter { !oldSpace[$0] }, bWords = b.indices.filter { !newSpace[$0] }
        let steps = SequenceDiff.diff(aWords.map { a[$0] }, bWords.map { b[$0] })
        var script = EditScript()
        var i = 0, j = 0          // full token positions reached
        var wi = 0, wj = 0        // word positions reached
        func gap(to p: Int, _ q: Int) {
            var lo = 0
            while i + lo < p, j + lo < q, a[i + lo] == b[j + lo] { lo += 1 }
            var hi = 0
            while i + lo < p - hi, j + lo < q - hi, a[p - hi - 1] == b[q - hi - 1] { hi += 1 }
            script.append(.equal, lo)
            script.append(.delete, p - i - lo - hi)
            script.append(.insert, q - j - lo - hi)
            script.append(.equal, hi)
            i = p; j = q
        }
        for step in steps {
            switch step.op {
            case .equal:
                for _ in 0..<step.count {
                    gap(to: aWords[wi], bWords[wj])
                    script.append(.equal, 1)
                    i += 1; j += 1; wi += 1; wj += 1
                }
            case .delete: wi += step.count
            case .insert: wj += step.count
            }
        }
        gap(to: a.count, b.count)
        return script.steps
    }
}

/// Collects word pieces, joining neighbours with the same change and formatting.
private struct PieceBuilder {
    var pieces: [WordPiece] = []

    mutating func add(_ change: WordPiece.Change, _ text: String, _ style: RunStyle, oldStyle: RunStyle? = nil) {
        guard !text.isEmpty else { return }
        if let last = pieces.last, last.change == change, last.style == style, last.oldStyle == oldStyle {
            pieces[pieces.count - 1].text += text
        } else {
            pieces.append(WordPiece(change, text, style: style, oldStyle: oldStyle))
        }
    }

    /// A kept token, set as `old` in OLD and `new` in NEW (the same text): cut where either changes style.
    mutating func keep(_ old: [TextRun], _ new: [TextRun]) {
        if old.count == 1, new.count == 1 {
            add(.equal, new[0].text, new[0].style, oldStyle: old[0].style == new[0].style ? nil : old[0].style)
            return
        }
        var oldChars: [(Character, RunStyle)] = []
        for run in old { for c in run.text { oldChars.append((c, run.style)) } }
        var index = 0
        for run in new {
            for c in run.text {
                let oldStyle = index < oldChars.count ? oldChars[index].1 : run.style
                add(.equal, String(c), run.style, oldStyle: oldStyle == run.style ? nil : oldStyle)
                index += 1
            }
        }
    }
}

