/// The characters no output file may hold, and the one way they are removed.
///
/// Forbidden: C0 control characters other than tab, line feed and carriage return; DEL and the C1
/// controls (U+007F to U+009F); and the Unicode noncharacters (U+FDD0 to U+FDEF and every code point
/// ending in FFFE or FFFF). None is legal XML 1.0 or allowed in HTML, and JSON hides them behind
/// escapes that readers then decode. Each is replaced with U+FFFD REPLACEMENT CHARACTER rather than
/// dropped: dropping could join the text on either side into something new (`java\u{0}script:`
/// becoming `javascript:`), while the replacement character shows the author where the fault was.
public enum OutputCharacters {
    /// The character every forbidden one becomes.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// True for a character that must never be written.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        if (0x7F...0x9F).contains(v) { return true }
        if (0xFDD0...0xFDEF).contains(v) { return true }
        return v & 0xFFFE == 0xFFFE
    }

    /// `text` with every forbidden character replaced by U+FFFD; `text` itself when it has none.
    public static func cleaned(_ text: String) -> String {
        guard holdsForbidden(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isForbidden(scalar) ? replacement : scalar) }
        return String(out)
    }

    /// Whether `text` holds a forbidden character, looking at its UTF-8 bytes: most output is ASCII,
    /// and only the bytes of other characters are decoded.
    static func holdsForbidden(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte < 0x20 ? byte != 0x09 && byte != 0x0A && byte != 0x0D : byte == 0x7F { return true }
                    i += 1
                } else {
                    let end = min(i + (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2), bytes.count)
                    if isForbidden(sequence: bytes[i..<end]) { return true }
                    i = end
                }
            }
            return false
        }
    }

    /// Whether the character whose whole UTF-8 sequence (two to four bytes) is `sequence` is forbidden.
    static func isForbidden(sequence: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var value: UInt32 = 0
        for (n, byte) in sequence.enumerated() {
            value = n == 0 ? UInt32(byte) & (sequence.count == 2 ? 0x1F : sequence.count == 3 ? 0x0F : 0x07) : value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value).map(isForbidden) ?? true
    }
}
