import CSAModel
import CSAReaders
import Testing

/// YAML nested deeper than libyaml takes is one plain error at the place it goes too deep, with a hint: not
/// libyaml's own words about a C function.
@Suite struct YAMLNestingTests {
    static let message = "the YAML is nested more than 999 levels deep"
    static let hint = "lists and mappings may go at most 999 levels inside each other, and content needs only a few: "
        + "look here for a long run of '[', '{' or '- ', or ever deeper indentation, and remove it"

    func messages(_ path: String, _ text: String) throws -> [String] {
        try BadInput.messages([path: text])
    }

    /// libyaml places this at the first bracket; the error is at the bracket that opens the 1000th level.
    @Test func bracketsNestedTooDeeply() throws {
        let text = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        #expect(try messages("editions/2024-25/measures.yml", text) == [
            "C/editions/2024-25/measures.yml:1:1000: error: \(Self.message)\n    hint: \(Self.hint)",
        ])
    }

    @Test func bracketsAfterAKeyInFrontMatter() throws {
        // The front matter's third line is the file's fourth; brackets in quoted text before them do not count.
        let chapter = "---\nid: introduction\ntitle: \"[[[\"\nsummary: " + String(repeating: "{a: ", count: 3000) + "b" + String(repeating: "}", count: 3000)
            + "\norder: 1\n---\nText.\n"
        #expect(try messages(BadInput.chapterPath, chapter) == [
            "C/editions/2024-25/chapters/01-introduction.md:4:\(10 + 4 * 999): error: \(Self.message)\n    hint: \(Self.hint)",
        ])
    }

    /// Nesting by indentation keeps libyaml's own place, which is right: the 1000th '- '.
    @Test func listsNestedTooDeeply() throws {
        #expect(try messages("editions/2024-25/measures.yml", String(repeating: "- ", count: 1200) + "x\n") == [
            "C/editions/2024-25/measures.yml:1:1999: error: \(Self.message)\n    hint: \(Self.hint)",
        ])
    }
}
