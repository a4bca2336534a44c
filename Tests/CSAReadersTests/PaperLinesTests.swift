@testable import CSAReaders
import Testing

/// The byte-level pieces of reading a paper give what the character-level ones they replace give:
/// its lines, the line that closes its front matter, and the ids it checks.
@Suite struct PaperLinesTests {
    @Test(arguments: ["", "\n", "one", "one\ntwo\n", "\n\nthree\n\n", "é\u{301}\nñ e\u{301}\n😀\n", "---\ntitle: x\n---\nbody"])
    func linesAreTheLinesOfACharacterSplit(text: String) {
        #expect(PaperReader.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test(arguments: [("---", true), ("...", true), ("  --- \t", true), ("----", false), ("-- -", false), ("..", false),
                      ("---\u{A0}", true), ("\u{2003}...", true), ("---é", false), ("", false)])
    func frontMatterEnd(line: String, closes: Bool) {
        #expect(PaperReader.isFrontMatterEnd(Substring(line)) == closes)
    }

    @Test(arguments: [
        ("kcsp-2024-11", nil), ("a", nil), (String(repeating: "a", count: 64), nil),
        ("-a", "id '-a' may contain only lowercase letters, digits and hyphens, and must not start with a hyphen"),
        ("A", "id 'A' may contain only lowercase letters, digits and hyphens, and must not start with a hyphen"),
        ("a..b", "id 'a..b' could escape the output folder"),
        (String(repeating: "a", count: 65), "id '\(String(repeating: "a", count: 40))…' is 65 characters long; ids may have at most 64"),
        ("", "id is empty"),
    ])
    func identifiers(id: String, problem: String?) {
        #expect(Identifier.problem(id) == problem)
    }
}
