/// The start and end two texts share, cut where a word comparison may leave them out: only the bytes
/// between them are split into tokens and compared (a paragraph changed in one phrase is compared
/// over that phrase, not over its every word).
///
/// Leaving them out gives the comparison a whole one gives. The shortest edit script keeps the longest
/// common start of the two token lists first, then the longest common end of what is left, so tokens
/// alike at both ends are kept whatever lies between; the confetti cleanup never folds the first or
/// the last kept stretch. So each cut is made only where both texts have a token boundary that no
/// later byte can move: at white space after a character that is not white space (the start) and
/// before one that is not (the end), both ASCII. The end is sought only in what is left after the
/// bytes alike from the start, and is given up (`wordsRunOut`) when the words alike from the start
/// (white space aside, as the edit script is made over words) run to the end of what is left on
/// either side, as the whole comparison could then keep words of the shared end in other places.
enum SharedEnds {
    /// `head`: how many bytes at the start of `a` and `b` are left out; `tail`: how many at the end.
    /// `head` is the whole of both texts when they are the same.
    static func cut(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> (head: Int, tail: Int) {
        let n = min(a.count, b.count)
        let x = UnsafeRawBufferPointer(a), y = UnsafeRawBufferPointer(b)
        var same = 0
        while same + 8 <= n, x.loadUnaligned(fromByteOffset: same, as: UInt64.self) == y.loadUnaligned(fromByteOffset: same, as: UInt64.self) {
            same += 8
        }
        while same < n, a[same] == b[same] { same += 1 }
        if same == a.count, same == b.count { return (same, 0) }
        // The start: white space at `c` after something else at `c - 1`, both alike on the two sides (c < same).
        var head = 0
        var c = same - 1
        while c >= 1 {
            if isSpace(a[c]), a[c - 1] < 0x80, !isSpace(a[c - 1]) { head = c; break }
            c -= 1
        }
        // The end, within what is left after the whole common start.
        var sameEnd = 0
        let room = n - same
        while sameEnd + 8 <= room, x.loadUnaligned(fromByteOffset: a.count - 8 - sameEnd, as: UInt64.self)
                == y.loadUnaligned(fromByteOffset: b.count - 8 - sameEnd, as: UInt64.self) {
            sameEnd += 8
        }
        while sameEnd < room, a[a.count - 1 - sameEnd] == b[b.count - 1 - sameEnd] { sameEnd += 1 }
        // The end: something other than white space at `e` after white space at `e - 1`, both alike.
        var tail = 0
        var t = sameEnd - 1
        while t >= 1 {
            let e = a.count - t
            if isSpace(a[e - 1]), a[e] < 0x80, !isSpace(a[e]) { tail = t; break }
            t -= 1
        }
        return (head, tail)
    }

    /// ASCII white space, as `CharacterClass.isSpace` has it.
    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Whether the words (tokens that are not white space) of `a` and `b`, bytes of `aText` and `bText`,
    /// are alike from the start until either runs out.
    static func wordsRunOut(_ a: WordTokens, _ aText: [UInt8], _ b: WordTokens, _ bText: [UInt8]) -> Bool {
        var i = 0, j = 0
        while true {
            while i < a.count, a.isSpace(i) { i += 1 }
            while j < b.count, b.isSpace(j) { j += 1 }
            if i == a.count || j == b.count { return true }
            let x = aText[a.bounds[i]..<a.bounds[i + 1]], y = bText[b.bounds[j]..<b.bounds[j + 1]]
            if !x.elementsEqual(y) { return false }
            i += 1; j += 1
        }
    }
}
