/// Closes the bidirectional embeddings, overrides and isolates a piece of text leaves open.
///
/// Word applies the Unicode bidirectional algorithm to a whole paragraph, so a right-to-left
/// override (U+202E) left open in one run would reverse every run after it, a footer's
/// "Page 1 of 2" included. Closing them where the text ends keeps their effect inside it.
enum BidiControls {
    static func balanced(_ text: String) -> String {
        guard mayHoldControls(text) else { return text }
        var open: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A, 0x202B, 0x202D, 0x202E, 0x2066...0x2068:
                open.append(scalar)
            case 0x202C:
                // As in the bidirectional algorithm: a PDF closes the latest embedding or override
                // only when no isolate was opened after it.
                if let last = open.last, !isIsolate(last) {
                    open.removeLast()
                }
            case 0x2069:
                // A PDI closes the latest isolate and everything opened inside it.
                if let index = open.lastIndex(where: isIsolate) {
                    open.removeSubrange(index...)
                }
            default:
                continue
            }
        }
        guard !open.isEmpty else { return text }
        var closed = text
        for scalar in open.reversed() {
            closed.unicodeScalars.append(isIsolate(scalar) ? "\u{2069}" : "\u{202C}")
        }
        return closed
    }

    /// True when the text's bytes hold one of the controls: U+202A to U+202E (E2 80 AA to E2 80 AE) or
    /// U+2066 to U+2069 (E2 81 A6 to E2 81 A9). Most text holds none, and is then returned as it is.
    static func mayHoldControls(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xE2 {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// LRI, RLI or FSI (the others it meets are LRE, RLE, LRO and RLO).
    private static func isIsolate(_ scalar: Unicode.Scalar) -> Bool {
        (0x2066...0x2068).contains(scalar.value)
    }
}
