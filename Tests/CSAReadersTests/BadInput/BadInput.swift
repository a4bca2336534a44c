import CSAModel
import CSAReaders
import Foundation
import Testing

/// Hostile and careless input: the fixture with some files replaced (as text or raw bytes, or changed by
/// hand), read back, and its diagnostics returned as printed. When there is any error, no publication
/// may come out; warnings (content lint) do not stop it; and every error says what to do (`hasUsefulHint`).
enum BadInput {
    static let chapterPath = "editions/2024-25/chapters/01-introduction.md"

    /// The fixture's chapter front matter (lines 1 to 6) followed by `body`, which starts on line 7.
    static func chapter(_ body: String) -> String {
        "---\nid: introduction\ntitle: Introduction\norder: 1\nsummary: What the agreement is.\n---\n" + body
    }

    static func messages(_ overrides: [String: String?] = [:], bytes: [String: [UInt8]] = [:],
                         prepare: (ContentFixture) throws -> Void = { _ in }) throws -> [String] {
        let fixture = try ContentFixture(replacing: overrides)
        defer { fixture.remove() }
        for (path, data) in bytes { try fixture.write(Data(data), to: path) }
        try prepare(fixture)
        let reading = fixture.read()
        let messages = fixture.messages()
        #expect(messages.allSatisfy { !$0.contains(": error: ") } == (reading.publication != nil))
        for diagnostic in reading.diagnostics.all where diagnostic.severity == .error {
            #expect(hasUsefulHint(diagnostic), "\(diagnostic)")
        }
        return messages
    }

    /// True when the diagnostic has a hint that says something: not empty, and not a list that ends before
    /// its first name ("the editions are ").
    static func hasUsefulHint(_ diagnostic: Diagnostic) -> Bool {
        guard let hint = diagnostic.hint?.trimmingCharacters(in: .whitespaces), !hint.isEmpty else { return false }
        return !["are", "is", ":", ",", "(", "of"].contains { hint.hasSuffix($0) }
    }
}
