import CSAMarkdown
import CSAModel
import Foundation

/// Reads a chapter file: YAML front matter between `---` lines, then the Markdown body.
enum ChapterReader {
    static let fields = ["id", "title", "order", "summary"]

    static let frontMatterHint = "start the file with a line '---', then 'id:', 'title:', 'order:' and 'summary:' lines, then another '---' line"

    static func read(_ url: URL, display: String, edition: String, _ context: inout ReadContext) -> Chapter? {
        guard let text = context.text(of: url, display: display) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = SourceLocation(file: display)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            context.diagnostics.error(start, "chapter has no front matter", hint: frontMatterHint)
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else {
            context.diagnostics.error(start, "chapter's front matter is not closed", hint: "end the front matter with a line '---'")
            return nil
        }
        let yamlText = lines[1..<close].joined(separator: "\n")
        let body = MarkdownText.chapterBody(lines[(close + 1)...].joined(separator: "\n"), file: display, lines: lines, bodyStartLine: close + 2, &context.diagnostics)
        ChapterBody.check(body, lines: lines, bodyStartLine: close + 2, file: display, &context.diagnostics)
        let source = YAMLFile(file: display, lineOffset: 1)
        guard let root = context.yaml(yamlText, in: source),
              var m = YAMLMapping(root, in: source, what: "chapter front matter", allowed: fields, diagnostics: &context.diagnostics)
        else { return nil }
        var d = context.diagnostics
        defer { context.diagnostics = d }
        let id = m.id("id", &d)
        if let id { m.what = "chapter '\(id.value)'" }
        context.declare("chapter id", id, edition: edition)
        let title = m.string("title", &d)
        let order = m.int("order", in: 1...99, &d)
        if let order, let node = m.node("order", required: false, &d) {
            context.declare("chapter order", Located(value: String(order), location: m.source.location(node)), edition: edition)
        }
        let summary = m.string("summary", &d)
        guard let id, let title, let order, let summary else { return nil }
        return Chapter(id: id.value, title: title, order: order, summary: summary, body: body,
                       bodyStartLine: close + 2, location: start)
    }
}
