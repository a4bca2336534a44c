import Foundation
import Testing

/// Every unescaped Mustache tag (`{{{name}}}`, `{{&name}}`) in `Templates/` is one whose text the writer
/// escaped itself: the HTML of a Markdown document (`DocumentHTMLWriter`) or the JSON-LD, escaped for its
/// `<script>` element (`JSONText.forScript`). A committee paper's parts are writer-made HTML too
/// (`contentHTML`, `headingHTML`, and `.` inside the sections over `blockHTML` and `leadInHTML`), and
/// its standalone document holds the theme's own stylesheets (`siteCSS`, `printCSS`, `paperCSS`), with
/// any `</` written as `<\/` so no text can end its `<style>` element.
/// The "What changed" page's spans (`textHTML`) are escaped by their view exactly as `{{text}}` would be
/// (`TemplateEscaping`, checked against the template engine in `TemplateEscapingTests`).
/// A new unescaped tag fails here until it is added with a reason.
@Suite struct UnescapedTemplateTests {
    static let templates: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    @Test func onlyWriterEscapedTextIsUnescaped() throws {
        var found: [String: Set<String>] = [:]
        let pattern = try NSRegularExpression(pattern: #"\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)\s*\}\}"#)
        let base = Self.templates.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: Self.templates, includingPropertiesForKeys: nil) ?? .init()
        where url.pathExtension == "mustache" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let group = match.range(at: 1).location != NSNotFound ? 1 : 2
                guard let range = Range(match.range(at: group), in: text) else { continue }
                found[String(text[range]), default: []].insert(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
            }
        }
        #expect(found == [
            "bodyHTML": ["chapter.mustache", "document.mustache"],
            "descriptionHTML": ["document.mustache", "priority.mustache", "themes.mustache"],
            "frame.jsonLD": ["layout.mustache"],
            "contentHTML": ["partials/paper.mustache", "partials/paper-field.mustache", "partials/paper-item.mustache"],
            "headingHTML": ["partials/paper.mustache"],
            ".": ["partials/paper-field.mustache", "partials/paper-item.mustache"],
            "textHTML": ["partials/change-span.mustache"],
            "siteCSS": ["paper-document.mustache"], "printCSS": ["paper-document.mustache"], "paperCSS": ["paper-document.mustache"],
        ])
        let item = try String(contentsOf: Self.templates.appendingPathComponent("partials/paper-item.mustache"), encoding: .utf8)
        let field = try String(contentsOf: Self.templates.appendingPathComponent("partials/paper-field.mustache"), encoding: .utf8)
        #expect(item.contains("{{#.blockHTML}}\n<div class=\"paper-block{{#isHeading}} paper-block--heading{{/isHeading}}\">{{{.}}}</div>\n{{/.blockHTML}}"))
        #expect(field.contains("{{#.contentHTML}}{{{.}}}{{/.contentHTML}}") && field.contains("{{#.leadInHTML}}<p>{{{.}}}</p>{{/.leadInHTML}}"))
        let layout = try String(contentsOf: Self.templates.appendingPathComponent("layout.mustache"), encoding: .utf8)
        #expect(layout.contains("<script type=\"application/ld+json\">\n{{{frame.jsonLD}}}</script>"))
    }
}
