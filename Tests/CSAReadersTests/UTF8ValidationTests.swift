@testable import CSAReaders
import CSAModel
import Testing
import TestSupport

/// `UTF8Validation` agrees with the standard library's own validation, and with a scalar-by-scalar search for
/// control characters, on every short sequence and on long texts with a fault or a control character at
/// every place; `UTF8Text` decodes what it accepts to the same text.
@Suite struct UTF8ValidationTests {
    /// The answer worked out another way: validity and ASCII from the standard library, and whether the
    /// text holds a carriage return or a character `SourceText.isForbidden` names, scalar by scalar.
    private func expected(_ bytes: [UInt8]) -> UTF8Validation.Finding {
        guard let text = bytes.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else {
            return UTF8Validation.Finding(isValid: false, isASCII: false, mayNeedPreparing: true)
        }
        return UTF8Validation.Finding(isValid: true, isASCII: bytes.allSatisfy { $0 < 0x80 },
                                      mayNeedPreparing: text.unicodeScalars.contains { $0 == "\r" || SourceText.isForbidden($0) })
    }

    /// The check's answer; for bytes that are not valid, only that (the rest says nothing then).
    private func found(_ bytes: [UInt8]) -> UTF8Validation.Finding {
        let finding = bytes.withUnsafeBufferPointer { UTF8Validation.check($0) }
        return finding.isValid ? finding : UTF8Validation.Finding(isValid: false, isASCII: false, mayNeedPreparing: true)
    }

    @Test func everySequenceOfOneOrTwoBytes() {
        var disagreements: [[UInt8]] = []
        for a in 0...255 {
            if found([UInt8(a)]) != expected([UInt8(a)]) { disagreements.append([UInt8(a)]) }
            for b in 0...255 {
                let bytes = [UInt8(a), UInt8(b)]
                if found(bytes) != expected(bytes) { disagreements.append(bytes) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    /// Every lead byte from 0xC0 with every second byte, and third and fourth bytes at the edges of
    /// the continuation range and beyond: overlong forms, surrogates, values above U+10FFFF, sequences cut short.
    @Test func everyLeadAndSecondByteOfLongerSequences() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xF5, 0xFF]
        var disagreements: [[UInt8]] = []
        var valid = 0
        for lead in 0xC0...0xFF {
            for second in 0...255 {
                for third in edges {
                    for tail in [[], [UInt8(0x80)], [UInt8(0xBF)], [UInt8(0xC0)]] {
                        let bytes = [UInt8(lead), UInt8(second), third] + tail
                        let want = expected(bytes)
                        if want.isValid { valid += 1 }
                        if found(bytes) != want { disagreements.append(bytes) }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(valid > 10_000)     // the cases include many valid sequences, not only faults
    }

    /// Long texts, mostly ASCII as content is, with other characters and one fault placed at every
    /// offset, so that the eight-bytes-at-a-time pass meets each at every alignment.
    @Test func faultsAtEveryPlaceInLongerText() {
        let pieces: [[UInt8]] = [Array("Community safety ".utf8), Array("’".utf8), Array("é".utf8), Array("😀".utf8), [0x0A]]
        // Bytes that are not UTF-8, and characters that need preparing: a carriage return, other controls, DEL,
        // a C1 control, the line and paragraph separators; and a tab, which does not.
        let faults: [[UInt8]] = [[0xFF], [0x80], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
                                 [0x0D], [0x00], [0x1F], [0x7F], [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0x09]]
        var random = SeededRandom(seed: 2024)
        var checked = 0
        for _ in 0..<40 {
            var text: [UInt8] = []
            while text.count < 90 { text += pieces[random.below(pieces.count)] }
            #expect(found(text) == expected(text))
            for fault in faults {
                for at in 0...text.count {
                    var bad = text
                    bad.insert(contentsOf: fault, at: at)
                    if found(bad) != expected(bad) { Issue.record("disagree on \(bad)") }
                    checked += 1
                }
            }
        }
        #expect(checked > 20_000)
    }

    @Test func decodedTextIsTheFilesText() throws {
        for text in ["", "plain ASCII, longer than eight bytes", "Preventing Neighbourhood Crime & ASB – 2024’s plan 😀", "\u{FEFF}after a mark"] {
            var bytes = Array(text.utf8)
            if text.hasPrefix("\u{FEFF}") { bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8.dropFirst(3)) }
            let decoded = try bytes.withUnsafeBytes { try UTF8Text.decode($0, file: "f.md").get() }.text
            #expect(decoded == (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text))
            #expect(Array(decoded.utf8) == Array((text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text).utf8))
        }
        let bad: [UInt8] = Array("line one\nab".utf8) + [0xC3]
        let failure = bad.withUnsafeBytes { UTF8Text.decode($0, file: "f.md") }
        guard case .failure(let diagnostic) = failure else { Issue.record("invalid UTF-8 was accepted"); return }
        #expect(diagnostic.description.contains("f.md:2:3"))
    }
}
