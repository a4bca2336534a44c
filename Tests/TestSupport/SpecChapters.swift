import CSAMarkdown
import CSAModel
import Foundation

/// The CommonMark spec's examples as chapters, for tests that take every construct Markdown has through
/// the comparison and its writers.
public enum SpecChapters {
    /// Each example's number, Markdown and parsed body. The reader refuses only a document nested too
    /// deeply, which no chapter can then be; the rest are all here (empty when the spec cannot be read,
    /// which the tests that use them check by counting).
    public static let examples: [(number: Int, markdown: String, body: Document)] = {
        guard let all = try? CommonMarkSpec.examples() else { return [] }
        return all.compactMap { example in (try? MarkdownParser.parse(example.markdown)).map { (example.number, example.markdown, $0) } }
    }()

    /// Bodies (each with the number of its example) as the chapters of one edition, in order: ids
    /// `chapter-0`, `chapter-1`, ..., titled after their examples.
    public static func chapters(_ bodies: [(number: Int, body: Document)]) -> [Chapter] {
        bodies.enumerated().map { index, example in
            Chapter(id: "chapter-\(index)", title: "Example \(example.number)", order: index + 1, summary: "", body: example.body,
                    bodyStartLine: 1, location: SourceLocation(file: "example-\(example.number).md"))
        }
    }

    /// An example's Markdown with its first word of letters changed, so that a block changes in place (a
    /// line added when it has no such word).
    public static func edited(_ markdown: String) -> String {
        guard let range = markdown.range(of: #"[A-Za-z]{2,}"#, options: .regularExpression) else { return markdown + "\nadded\n" }
        return markdown.replacingCharacters(in: range, with: "changed")
    }
}
