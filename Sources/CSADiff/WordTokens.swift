/// A stretch of a text split into the units a word comparison works on: words, runs of white space,
/// and single punctuation characters. A word is never split: letters, digits, underscores and
/// combining marks, joined by an apostrophe or hyphen between two of them ("re-offending", "Kent's")
/// or a full stop or comma between two digits ("13.5", "13,870"). A token may span a change of
/// formatting.
///
/// The tokens are byte offsets into the text's UTF-8 (`RunText`), so that a long edition is compared
/// without making a string per token. The stretch must start and end at token boundaries (the whole
/// text, or what `SharedEnds` leaves).
struct WordTokens {
    /// Byte offsets into the text: token `k` is `bounds[k]..<bounds[k + 1]`.
    let bounds: [Int]
    /// For each token, whether it is white space.
    let isSpace: [Bool]
    /// For each token, whether it starts with a word character.
    let isWord: [Bool]

    var count: Int { isSpace.count }

    /// The tokens of the whole of `bytes`.
    init(_ bytes: [UInt8]) {
        self.init(bytes, 0..<bytes.count)
    }

    /// The tokens of bytes `range` of `bytes`.
    init(_ bytes: [UInt8], _ range: Range<Int>) {
        var bounds = [range.lowerBound], isSpace: [Bool] = [], isWord: [Bool] = []
        bounds.reserveCapacity(range.count / 3 + 2)
        isSpace.reserveCapacity(range.count / 3 + 1)
        isWord.reserveCapacity(range.count / 3 + 1)
        bytes.withUnsafeBufferPointer { whole in
            let bytes = UnsafeBufferPointer(rebasing: whole[..<range.upperBound])
            var index = range.lowerBound
            let n = range.upperBound
            while index < n {
                let (c, length) = Self.scalar(bytes, index)
                var end = index + length
                if CharacterClass.isWord(c) {
                    var previous = c
                    while end < n {
                        let (d, dLength) = Self.scalar(bytes, end)
                        if CharacterClass.isWord(d) { previous = d; end += dLength; continue }
                        if Self.mayJoin(d), end + dLength < n {
                            let (after, afterLength) = Self.scalar(bytes, end + dLength)
                            if Self.isJoiner(d, before: previous, after: after) { previous = after; end += dLength + afterLength; continue }
                        }
                        break
                    }
                    isWord.append(true); isSpace.append(false)
                } else if CharacterClass.isSpace(c) {
                    while end < n {
                        let (d, dLength) = Self.scalar(bytes, end)
                        guard CharacterClass.isSpace(d) else { break }
                        end += dLength
                    }
                    isWord.append(false); isSpace.append(true)
                } else {
                    // Punctuation: one scalar, with any combining marks after it.
                    while end < n {
                        let (d, dLength) = Self.scalar(bytes, end)
                        guard d.value >= 0x80, d.properties.generalCategory == .nonspacingMark else { break }
                        end += dLength
                    }
                    isWord.append(false); isSpace.append(false)
                }
                bounds.append(end)
                index = end
            }
        }
        self.bounds = bounds
        self.isSpace = isSpace
        self.isWord = isWord
    }

    /// The byte length of tokens `range`.
    func length(_ range: Range<Int>) -> Int { bounds[range.upperBound] - bounds[range.lowerBound] }

    /// The scalar at byte offset `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func scalar(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        b.withUnsafeBufferPointer { scalar($0, i) }
    }

    /// The scalar at byte offset `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let value: UInt32, length: Int
        if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); length = 2
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); length = 3
        } else {
            value = (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// True for a character that is part of a word (letters, digits, underscores, combining marks).
    static func isWord(_ c: Character) -> Bool {
        c.unicodeScalars.first.map(CharacterClass.isWord) ?? false
    }

    /// Whether `c` can join two parts of a word (`isJoiner`), before looking at what is around it.
    @inline(__always)
    private static func mayJoin(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}", ".", ",": return true
        default: return false
        }
    }

    private static func isJoiner(_ c: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        switch c {
        case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}": return CharacterClass.isWord(before) && CharacterClass.isWord(after)
        case ".", ",": return CharacterClass.isDigit(before) && CharacterClass.isDigit(after)
        default: return false
        }
    }
}
