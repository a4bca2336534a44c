/// Compares two texts word by word: a shortest edit script over words and punctuation (`WordTokens`;
/// white space is aligned afterwards, between the words it lies between), then the "semantic cleanup"
/// of diff-match-patch, which folds a kept stretch of at most one word lying between two larger changes
/// into them (`ConfettiCleanup`), so that a rewritten phrase reads as one deletion and one insertion
/// rather than confetti. Kept words whose formatting changed carry it.
public enum WordDiff {
    public static func compare(_ old: [TextRun], _ new: [TextRun]) -> [WordPiece] {
        var ids = ByteInterner()
        return compare(old, new, ids: &ids)
    }

    /// `compare`, numbering tokens with `ids`, which a caller comparing many blocks keeps from one to the
    /// next. Only what lies between the start and the end the two texts share (`SharedEnds`) is split
    /// into tokens and compared; `trimming: false` compares the whole of both, which gives the same pieces.
    static func compare(_ old: [TextRun], _ new: [TextRun], ids: inout ByteInterner, trimming: Bool = true) -> [WordPiece] {
        let x = RunText(old), y = RunText(new)
        var (head, tail) = trimming
            ? x.bytes.withUnsafeBufferPointer { a in y.bytes.withUnsafeBufferPointer { b in SharedEnds.cut(a, b) } }
            : (0, 0)
        var a = WordTokens(x.bytes, head..<(x.bytes.count - tail)), b = WordTokens(y.bytes, head..<(y.bytes.count - tail))
        if tail > 0, SharedEnds.wordsRunOut(a, x.bytes, b, y.bytes) {
            // The words alike from the start reach the shared end, which the whole comparison might keep
            // elsewhere: it is compared too.
            tail = 0
            a = WordTokens(x.bytes, head..<x.bytes.count)
            b = WordTokens(y.bytes, head..<y.bytes.count)
        }
        func intern(_ tokens: WordTokens, _ text: RunText) -> [Int] {
            var numbers = [Int]()
            numbers.reserveCapacity(tokens.count)
            text.bytes.withUnsafeBufferPointer { bytes in
                for k in 0..<tokens.count {
                    numbers.append(ids.id(UnsafeBufferPointer(rebasing: bytes[tokens.bounds[k]..<tokens.bounds[k + 1]])))
                }
            }
            return numbers
        }
        let aIDs = intern(a, x), bIDs = intern(b, y)
        let raw = wordScript(aIDs, bIDs, old: a, new: b)
        let steps = ConfettiCleanup.clean(raw, old: a, new: b)
        var pieces = PieceBuilder()
        pieces.keep(x, 0..<head, y, 0..<head)
        var i = 0, j = 0
        // Equal numbers mean equal bytes, unless canonically equivalent spellings were numbered alike.
        let sameBytes = !ids.unifiesSpellings
        for step in steps {
            switch step.op {
            case .equal:
                if sameBytes {
                    pieces.keep(x, a.bounds[i]..<a.bounds[i + step.count], y, b.bounds[j]..<b.bounds[j + step.count])
                } else {
                    pieces.keepEquivalent(x, a, i..<(i + step.count), y, b, j..<(j + step.count))
                }
                i += step.count; j += step.count
            case .delete:
                pieces.add(.deleted, x, a.bounds[i]..<a.bounds[i + step.count])
                i += step.count
            case .insert:
                pieces.add(.inserted, y, b.bounds[j]..<b.bounds[j + step.count])
                j += step.count
            }
        }
        pieces.keep(x, (x.bytes.count - tail)..<x.bytes.count, y, (y.bytes.count - tail)..<y.bytes.count)
        return pieces.pieces
    }
}

extension WordDiff {
    /// The edit script over all tokens, from a shortest edit script over the tokens that are not white
    /// space (matching spaces to spaces would let the alignment stray from the words). In each stretch
    /// between two kept words, white space the two sides share at either end is kept and the rest is
    /// deleted and inserted.
    static func wordScript(_ a: [Int], _ b: [Int], old: WordTokens, new: WordTokens) -> [DiffStep] {
        // The positions of the words (tokens that are not white space), and their numbers.
        func words(_ ids: [Int], _ tokens: WordTokens) -> (positions: [Int], ids: [Int]) {
            var positions: [Int] = [], numbers: [Int] = []
            positions.reserveCapacity(ids.count)
            numbers.reserveCapacity(ids.count)
            for k in ids.indices where !tokens.isSpace(k) {
                positions.append(k)
                numbers.append(ids[k])
            }
            return (positions, numbers)
        }
        let (aWords, aIDs) = words(a, old), (bWords, bIDs) = words(b, new)
        let steps = SequenceDiff.diff(aIDs, bIDs)
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
        return script.finish()
    }
}

/// Collects word pieces from byte ranges of the two texts, cut where the formatting changes and joined
/// with neighbours of the same change and formatting.
private struct PieceBuilder {
    var pieces: [WordPiece] = []

    mutating func append(_ change: WordPiece.Change, _ text: String, _ style: RunStyle, oldStyle: RunStyle? = nil, oldText: String? = nil) {
        guard !text.isEmpty else { return }
        // The last piece looked at in place (`pieces.last` would copy it, retaining its strings).
        let last = pieces.count - 1
        if last >= 0, pieces[last].change == change, pieces[last].style == style, pieces[last].oldStyle == oldStyle,
           oldText == nil, pieces[last].oldText == nil {
            pieces[last].text += text
        } else {
            pieces.append(WordPiece(change, text, style: style, oldStyle: oldStyle, oldText: oldText))
        }
    }

    /// Deleted or inserted text: bytes `range` of `text`, one piece per style.
    mutating func add(_ change: WordPiece.Change, _ text: RunText, _ range: Range<Int>) {
        var start = range.lowerBound
        var s = text.styleIndex(at: start)
        while start < range.upperBound {
            let end = min(range.upperBound, s + 1 < text.styleStarts.count ? text.styleStarts[s + 1] : range.upperBound)
            append(change, String(decoding: text.bytes[start..<end], as: UTF8.self), text.styles[s])
            start = end
            s += 1
        }
    }

    /// Kept tokens `aTokens` of `a` and `bTokens` of `b`, whose numbers are equal but whose bytes may not
    /// be: canonically equivalent spellings. Runs of tokens with the same bytes are kept as `keep` keeps
    /// them; a token spelt otherwise is kept with OLD's spelling (`oldText`), or, where it spans a change
    /// of formatting on either side, deleted and inserted, so that each side's bytes are rebuilt exactly.
    mutating func keepEquivalent(_ a: RunText, _ aWords: WordTokens, _ aTokens: Range<Int>,
                                 _ b: RunText, _ bWords: WordTokens, _ bTokens: Range<Int>) {
        var start = 0
        for k in 0..<aTokens.count {
            let ra = aWords.bounds[aTokens.lowerBound + k]..<aWords.bounds[aTokens.lowerBound + k + 1]
            let rb = bWords.bounds[bTokens.lowerBound + k]..<bWords.bounds[bTokens.lowerBound + k + 1]
            if a.bytes[ra].elementsEqual(b.bytes[rb]) { continue }
            keep(a, aWords.bounds[aTokens.lowerBound + start]..<ra.lowerBound, b, bWords.bounds[bTokens.lowerBound + start]..<rb.lowerBound)
            let sa = a.styleIndex(at: ra.lowerBound), sb = b.styleIndex(at: rb.lowerBound)
            let aWhole = sa + 1 >= a.styleStarts.count || a.styleStarts[sa + 1] >= ra.upperBound
            let bWhole = sb + 1 >= b.styleStarts.count || b.styleStarts[sb + 1] >= rb.upperBound
            if aWhole && bWhole {
                append(.equal, String(decoding: b.bytes[rb], as: UTF8.self), b.styles[sb],
                       oldStyle: a.styles[sa] == b.styles[sb] ? nil : a.styles[sa], oldText: String(decoding: a.bytes[ra], as: UTF8.self))
            } else {
                add(.deleted, a, ra)
                add(.inserted, b, rb)
            }
            start = k + 1
        }
        keep(a, aWords.bounds[aTokens.lowerBound + start]..<aWords.bounds[aTokens.upperBound],
             b, bWords.bounds[bTokens.lowerBound + start]..<bWords.bounds[bTokens.upperBound])
    }

    /// Kept text: the same bytes on both sides, cut wherever either side's formatting changes.
    mutating func keep(_ a: RunText, _ aRange: Range<Int>, _ b: RunText, _ bRange: Range<Int>) {
        guard !bRange.isEmpty else { return }
        var offset = 0
        let length = bRange.count
        var sa = a.styleIndex(at: aRange.lowerBound), sb = b.styleIndex(at: bRange.lowerBound)
        while offset < length {
            let aEnd = sa + 1 < a.styleStarts.count ? a.styleStarts[sa + 1] - aRange.lowerBound : length
            let bEnd = sb + 1 < b.styleStarts.count ? b.styleStarts[sb + 1] - bRange.lowerBound : length
            let end = min(length, aEnd, bEnd)
            let oldStyle = a.styles[sa], newStyle = b.styles[sb]
            append(.equal, String(decoding: b.bytes[(bRange.lowerBound + offset)..<(bRange.lowerBound + end)], as: UTF8.self), newStyle,
                   oldStyle: oldStyle == newStyle ? nil : oldStyle)
            offset = end
            if end == aEnd { sa += 1 }
            if end == bEnd { sb += 1 }
        }
    }
}
