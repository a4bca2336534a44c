@testable import CSAReaders
import Foundation
import Testing

/// The readers' own trimming gives exactly what Foundation's `trimmingCharacters(in:)` gives, which the
/// messages were written against: checked for every scalar where the two sets hold anything in the Basic
/// Multilingual Plane's first blocks and the general punctuation, and for punctuation beyond it, which
/// Foundation leaves in place.
@Suite struct TrimmingTests {
    @Test func sameAsFoundation() {
        let values = Array(0...0x3100) + Array(0xFE10...0xFF65) + Array(0x10100...0x10102) + Array(0x1DA87...0x1DA8B)
        var differences: [String] = []
        for set in [CharacterSet.whitespaces, .punctuationCharacters] {
            for value in values {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let c = String(Character(scalar))
                for text in [c, c + " a-b " + c, "a" + c + c, c + "a", "\t" + c + "."] {
                    if text.trimming(set) != text.trimmingCharacters(in: set) { differences.append(String(value, radix: 16)) }
                    if text[...].trimming(set) != text.trimmingCharacters(in: set) { differences.append(String(value, radix: 16)) }
                }
            }
        }
        #expect(differences == [])
    }
}
