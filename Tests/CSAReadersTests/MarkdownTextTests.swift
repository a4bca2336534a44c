@testable import CSAReaders
import Testing

/// A chapter's body is searched for control characters written as references only when it can hold a
/// reference at all: when it holds an '&'.
@Suite struct MarkdownTextTests {
    @Test func aReferenceNeedsAnAmpersand() {
        #expect(MarkdownText.mayHoldReferences("A bell &#7; rings."))
        #expect(MarkdownText.mayHoldReferences("Crime & ASB"))
        #expect(MarkdownText.mayHoldReferences((String(repeating: "x", count: 70_000) + "&")[...]))
        #expect(!MarkdownText.mayHoldReferences(("&" + String(repeating: "x", count: 70_000)).dropFirst()))
        #expect(!MarkdownText.mayHoldReferences("A bell rings; nothing else."))
        #expect(!MarkdownText.mayHoldReferences(""))
        #expect(!MarkdownText.mayHoldReferences("Caf\u{E9} \u{2019}s"))
    }
}
