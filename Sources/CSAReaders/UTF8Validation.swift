/// One pass over a file's bytes that finds what reading it needs to know: whether they are well-formed
/// UTF-8, as the Unicode Standard's table of well-formed byte sequences (table 3-7) has it (no overlong
/// forms, no surrogates, nothing above U+10FFFF, no sequence cut short); whether they are all ASCII; and
/// whether they may hold a carriage return or a control character that `SourceText.prepare` must deal
/// with (`SourceText.mayNeedPreparing` asks this check). Content files are mostly printable ASCII with a
/// few other characters here and there: printable ASCII is passed over eight bytes at a time, and only the
/// other characters are looked at one by one. (The standard library's validation decodes every character
/// of a text that holds a single one that is not ASCII.)
enum UTF8Validation {
    /// What a check found. When the bytes are not valid, the other two say nothing.
    struct Finding: Equatable {
        let isValid: Bool
        let isASCII: Bool
        /// False when the bytes surely hold no carriage return and no forbidden character.
        let mayNeedPreparing: Bool
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding {
        let invalid = Finding(isValid: false, isASCII: false, mayNeedPreparing: true)
        guard let base = bytes.baseAddress else { return Finding(isValid: true, isASCII: true, mayNeedPreparing: false) }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var ascii = true, needsPreparing = false
        var i = 0
        while i < count {
            if i + 8 <= count, isPrintableASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i &+= 8
                continue
            }
            let lead = base[i]
            if lead < 0x80 {
                // A control character other than tab and line feed (a carriage return included), or DEL.
                if (lead < 0x20 && lead != 0x09 && lead != 0x0A) || lead == 0x7F { needsPreparing = true }
                i &+= 1
                continue
            }
            ascii = false
            // The second byte's allowed range depends on the first; any further bytes are 0x80...0xBF.
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: length = 2; low = 0x80; high = 0xBF
            case 0xE0: length = 3; low = 0xA0; high = 0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; low = 0x80; high = 0xBF
            case 0xED: length = 3; low = 0x80; high = 0x9F
            case 0xF0: length = 4; low = 0x90; high = 0xBF
            case 0xF1...0xF3: length = 4; low = 0x80; high = 0xBF
            case 0xF4: length = 4; low = 0x80; high = 0x8F
            default: return invalid
            }
            guard i + length <= count else { return invalid }
            let second = base[i + 1]
            guard second >= low, second <= high else { return invalid }
            var k = 2
            while k < length {
                guard base[i + k] & 0xC0 == 0x80 else { return invalid }
                k += 1
            }
            // The C1 controls (U+0080...U+009F); the line and paragraph separators and the bidirectional
            // embeddings and overrides (U+2028...U+202E) and isolates (U+2066...U+2069); the noncharacters
            // (U+FDD0...U+FDEF, and the last two of every plane, U+FFFE, U+FFFF, U+1FFFE, ...).
            if lead == 0xC2, second <= 0x9F { needsPreparing = true }
            if lead == 0xE2, second == 0x80, base[i + 2] >= 0xA8, base[i + 2] <= 0xAE { needsPreparing = true }
            if lead == 0xE2, second == 0x81, base[i + 2] >= 0xA6, base[i + 2] <= 0xA9 { needsPreparing = true }
            if lead == 0xEF, second == 0xB7, base[i + 2] >= 0x90, base[i + 2] <= 0xAF { needsPreparing = true }
            if lead == 0xEF, second == 0xBF, base[i + 2] >= 0xBE { needsPreparing = true }
            if length == 4, second & 0x0F == 0x0F, base[i + 2] == 0xBF, base[i + 3] >= 0xBE { needsPreparing = true }
            i &+= length
        }
        return Finding(isValid: true, isASCII: ascii, mayNeedPreparing: needsPreparing)
    }

    /// Whether all eight bytes of `word` are printable ASCII (0x20...0x7E): no high bit, none below 0x20,
    /// none equal to 0x7F, each tested on all eight at once.
    @inline(__always)
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        let below20 = (word &- 0x2020_2020_2020_2020) & ~word & high
        let del = word ^ 0x7F7F_7F7F_7F7F_7F7F
        let isDEL = (del &- ones) & ~del & high
        return (word & high) | below20 | isDEL == 0
    }
}
