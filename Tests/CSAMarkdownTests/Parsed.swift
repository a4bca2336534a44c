import CSAMarkdown
import CSAModel
import Testing

/// `MarkdownParser.parse` for texts that must parse: a refusal is recorded as a test failure.
func parsed(_ text: String) -> Document {
    do {
        return try MarkdownParser.parse(text)
    } catch {
        Issue.record("Markdown refused: \(error.message("text"))")
        return Document(blocks: [])
    }
}
