/// Splits a block's text into the units a word comparison works on: words, runs of white space, and
/// single punctuation characters. A word is never split: letters, digits and underscores, joined by
/// an apostrophe or hyphen between two of them ("re-offending", "Kent's") or a full stop or comma
/// between two digits ("13.5", "13,870"). A token may span a change of formatting.
struct WordToken {
    /// The token's text.
    var text: String
    /// The token's text as it is set (one run unless the formatting changes inside it).
    var runs: [TextRun]

    /// True for a run of white space.
    var isSpace: Bool { text.unicodeScalars.first.map(CharacterClass.isSpace) ?? false }
}

enum WordTokens {
    /// The tokens of `runs`, in order; their texts joined give the runs' text.
    static func tokens(_ runs: [TextRun]) -> [WordToken] {
        // Each scalar with the index of its style, then grouped into tokens by class.
        var scalars: [Unicode.Scalar] = []
        var styleOf: [Int32] = []
        var styles: [RunStyle] = []
        for run in runs {
            styles.append(run.style)
            for u in run.text.unicodeScalars {
                scalars.append(u)
                styleOf.append(Int32(styles.count - 1))
            }
        }
        var tokens: [WordToken] = []
        var index = 0
        let n = scalars.count
        while index < n {
            let c = scalars[index]
            var end = index + 1
            if CharacterClass.isWord(c) {
                while end < n {
                    let d = scalars[end]
                    if CharacterClass.isWord(d) { end += 1; continue }
                    if end + 1 < n, isJoiner(d, before: scalars[end - 1], after: scalars[end + 1]) { end += 2; continue }
                    break
                }
            } else if CharacterClass.isSpace(c) {
                while end < n, CharacterClass.isSpace(scalars[end]) { end += 1 }
            } else {
                // Punctuation: one scalar, with any combining marks after it.
                while end < n, !CharacterClass.isSpace(scalars[end]), scalars[end].properties.generalCategory == .nonspacingMark { end += 1 }
            }
            tokens.append(token(scalars, styleOf, index..<end, styles: styles))
            index = end
        }
        return tokens
    }

    private static func token(_ scalars: [Unicode.Scalar], _ styleOf: [Int32], _ range: Range<Int>, styles: [RunStyle]) -> WordToken {
        var text = String.UnicodeScalarView()
        var runs: [TextRun] = []
        var current: Int32 = -1
        var piece = String.UnicodeScalarView()
        for i in range {
            text.append(scalars[i])
            if styleOf[i] != current {
                if current >= 0 { runs.append(TextRun(String(piece), style: styles[Int(current)])) }
                piece = String.UnicodeScalarView()
                current = styleOf[i]
            }
            piece.append(scalars[i])
        }
        if current >= 0 { runs.append(TextRun(String(piece), style: styles[Int(current)])) }
        return WordToken(text: String(text), runs: runs)
    }

    /// True for a character that is part of a word (letters, digits, underscores, combining marks).
    static func isWord(_ c: Character) -> Bool {
        c.unicodeScalars.first.map(CharacterClass.isWord) ?? false
    }

    private static func isJoiner(_ c: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        switch c {
        case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}": return CharacterClass.isWord(before) && CharacterClass.isWord(after)
        case ".", ",": return CharacterClass.isDigit(before) && CharacterClass.isDigit(after)
        default: return false
        }
    }
}
