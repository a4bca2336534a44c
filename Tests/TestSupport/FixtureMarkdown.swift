import CSAMarkdown
import CSAModel
import Testing

/// Markdown written in a test, parsed; a fixture the parser refuses is a failed test, not an empty document.
public enum FixtureMarkdown {
    public static func parse(_ text: String) -> Document {
        do {
            return try MarkdownParser.parse(text)
        } catch {
            Issue.record("the test's Markdown did not parse: \(error.message("text"))")
            return Document(blocks: [])
        }
    }
}
