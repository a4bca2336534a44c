/// Whether bytes are well-formed UTF-8, as the Unicode Standard's table of well-formed byte sequences
/// (table 3-7) has it: no overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short.
/// Content files are mostly ASCII with a few other characters here and there; ASCII is passed over eight
/// bytes at a time, and only the other characters are decoded. (The standard library's validation
/// decodes every character of a text that holds a single one that is not ASCII.)
enum UTF8Validation {
    /// What a check found: whether the bytes are valid UTF-8, and whether they are all ASCII.
    struct Finding: Equatable {
        let isValid: Bool
        let isASCII: Bool
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding {
        guard let base = bytes.baseAddress else { return Finding(isValid: true, isASCII: true) }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var ascii = true
        var i = 0
        while i < count {
            if i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i &+= 8
                continue
            }
            let lead = base[i]
            if lead < 0x80 { i &+= 1; continue }
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
            default: return Finding(isValid: false, isASCII: false)
            }
            guard i + length <= count else { return Finding(isValid: false, isASCII: false) }
            let second = base[i + 1]
            guard second >= low, second <= high else { return Finding(isValid: false, isASCII: false) }
            var k = 2
            while k < length {
                guard base[i + k] & 0xC0 == 0x80 else { return Finding(isValid: false, isASCII: false) }
                k += 1
            }
            i &+= length
        }
        return Finding(isValid: true, isASCII: ascii)
    }
}
