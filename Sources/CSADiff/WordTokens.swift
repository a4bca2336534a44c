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
    var isSpace: Bool { text.first?.isWhitespace ?? false }
}

enum WordTokens {
    /// The tokens of `runs`, in order; their texts joined give the runs' text.
    static func tokens(_ runs: [TextRun]) -> [WordToken] {
        // Each character with its style, then grouped into tokens by class.
        var chars: [(Character, Int)] = []
        var styles: [RunStyle] = []
        for run in runs {
            styles.append(run.style)
            for c in run.text { chars.append((c, styles.count - 1)) }
        }
        var tokens: [WordToken] = []
        var index = 0
        while index < chars.count {
            let c = chars[index].0
            var end = index + 1
            if isWord(c) {
                while end < chars.count {
                    let d = chars[end].0
                    if isWord(d) { end += 1; continue }
                    if end + 1 < chars.count, isJoiner(d, before: chars[end - 1].0, after: chars[end + 1].0) { end += 2; continue }
                    break
                }
            } else if c.isWhitespace {
                while end < chars.count, chars[end].0.isWhitespace { end += 1 }
            }
            tokens.append(token(chars[index..<end], styles: styles))
            index = end
        }
        return tokens
    }

    private static func token(_ slice: ArraySlice<(Character, Int)>, styles: [RunStyle]) -> WordToken {
        var text = ""
        var runs: [TextRun] = []
        var current = -1
        for (c, style) in slice {
            text.append(c)
            if style != current {
                runs.append(TextRun("", style: styles[style]))
                current = style
            }
            runs[runs.count - 1].text.append(c)
        }
        return WordToken(text: text, runs: runs)
    }

    static func isWord(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_"
    }

    private static func isJoiner(_ c: Character, before: Character, after: Character) -> Bool {
        switch c {
        case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}": return isWord(before) && isWord(after)
        case ".", ",": return before.isNumber && after.isNumber
        default: return false
        }
    }
}
