/// Compares two texts word by word: a shortest edit script over words, white space and punctuation
/// (`WordTokens`), then the "semantic cleanup" of diff-match-patch, which folds a short kept stretch
/// lying between two changes into them (`ConfettiCleanup`), so that a rewritten sentence reads as one
/// deletion and one insertion rather than confetti. Kept words whose formatting changed carry it.
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
        let steps = ConfettiCleanup.clean(SequenceDiff.diff(a.map(intern), b.map(intern)),
                                          oldLengths: a.map(\.text.count), newLengths: b.map(\.text.count))
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
