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
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isForbidden(scalar) ? replacement : scalar) }
        return String(out)
    }
}
