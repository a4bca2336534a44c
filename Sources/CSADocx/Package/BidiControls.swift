/// Closes the bidirectional embeddings, overrides and isolates a piece of text leaves open.
///
/// Word applies the Unicode bidirectional algorithm to a whole paragraph, so a right-to-left
/// override (U+202E) left open in one run would reverse every run after it, a footer's
/// "Page 1 of 2" included. Closing them where the text ends keeps their effect inside it.
enum BidiControls {
    static func balanced(_ text: String) -> String {
        // Every one of these controls is written in UTF-8 starting with the byte 0xE2.
        guard text.utf8.contains(0xE2) else { return text }
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

    /// LRI, RLI or FSI (the others it meets are LRE, RLE, LRO and RLO).
    private static func isIsolate(_ scalar: Unicode.Scalar) -> Bool {
        (0x2066...0x2068).contains(scalar.value)
    }
}
