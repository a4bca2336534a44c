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
    /// What a token is.
    enum Kind: UInt8 {
        case punctuation, word, space
    }

    /// Byte offsets into the text: token `k` is `bounds[k]..<bounds[k + 1]`.
    let bounds: [Int]
    /// Each token's kind.
    let kinds: [Kind]

    var count: Int { kinds.count }

    /// Whether token `k` is white space.
    @inline(__always)
    func isSpace(_ k: Int) -> Bool { kinds[k] == .space }

    /// Whether token `k` starts with a word character.
    @inline(__always)
    func isWord(_ k: Int) -> Bool { kinds[k] == .word }

    /// The tokens of the whole of `bytes`.
    init(_ bytes: [UInt8]) {
        self.init(bytes, 0..<bytes.count)
    }

    /// The tokens of bytes `range` of `bytes`.
    init(_ bytes: [UInt8], _ range: Range<Int>) {
        // A token has at least one byte: room for as many tokens as bytes, written in place.
        var tokens = 0
        var kinds: [Kind] = []
        let bounds = [Int](unsafeUninitializedCapacity: range.count + 1) { boundsOut, boundsCount in
            kinds = [Kind](unsafeUninitializedCapacity: range.count) { kindsOut, kindsCount in
                bytes.withUnsafeBufferPointer { whole in
                    let bytes = UnsafeBufferPointer(rebasing: whole[..<range.upperBound])
                    var index = range.lowerBound
                    let n = range.upperBound
                    boundsOut[0] = index
                    while index < n {
                        let (c, length) = Self.scalar(bytes, index)
                        var end = index + length
                        let kind: Kind
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
                            kind = .word
                        } else if CharacterClass.isSpace(c) {
                            while end < n {
                                let (d, dLength) = Self.scalar(bytes, end)
                                guard CharacterClass.isSpace(d) else { break }
                                end += dLength
                            }
                            kind = .space
                        } else {
                            // Punctuation: one scalar, with any combining marks after it.
                            while end < n {
                                let (d, dLength) = Self.scalar(bytes, end)
                                guard d.value >= 0x80, d.properties.generalCategory == .nonspacingMark else { break }
                                end += dLength
                            }
                            kind = .punctuation
                        }
                        kindsOut[tokens] = kind
                        tokens += 1
                        boundsOut[tokens] = end
                        index = end
                    }
                }
                kindsCount = tokens
            }
            boundsCount = tokens + 1
        }
        self.bounds = bounds
        self.kinds = kinds
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
