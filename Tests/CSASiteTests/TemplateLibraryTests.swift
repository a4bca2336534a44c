@testable import CSASite
import Mustache
import Testing

/// `TemplateLibrary` reads every template after a line that sets `ByteHTMLContentType`: pages and their
/// partials are escaped on bytes, the line itself writes nothing, and errors keep the theme file's lines.
@Suite struct TemplateLibraryTests {
    private func library(_ templates: [String: String]) throws -> TemplateLibrary {
        try TemplateLibrary(SiteTheme(templates: templates.mapValues { SiteTheme.TemplateSource(file: "T/x.mustache", text: $0) }, assets: [:]))
    }

    private func requiredTemplates(_ extra: [String: String]) -> [String: String] {
        var all = Dictionary(uniqueKeysWithValues: TemplateLibrary.required.map { ($0, "") })
        all.merge(extra) { $1 }
        return all
    }

    @Test func pagesAndPartialsAreEscapedOnBytes() throws {
        let templates = try library(requiredTemplates([
            "about": "<p title=\"{{t}}\">{{t}}</p>\n{{> partials/part}}",
            "partials/part": "<i>{{t}}</i>\n",
        ]))
        // A quote and a `<` that a combining mark joins to: the library's own escaping, one `Character`
        // at a time, would leave both as they are and let the text out of the attribute.
        let text = "\"\u{301} <\u{301} & 'x'"
        let escaped = "&quot;\u{301} &lt;\u{301} &amp; &#39;x&#39;"
        #expect(templates.render(["t": text], with: "about") == "<p title=\"\(escaped)\">\(escaped)</p>\n<i>\(escaped)</i>\n")
    }

    @Test func theContentTypeLineWritesNothing() throws {
        let source = "{{#items}}\n- {{.}}\n{{/items}}\nend\n"
        let templates = try library(requiredTemplates(["about": source]))
        let view: [String: Any] = ["items": ["a", "b"]]
        #expect(templates.render(view, with: "about") == "- a\n- b\nend\n")
        #expect(templates.render(view, with: "about") == (try MustacheTemplate(string: source)).render(view))
    }

    @Test func errorsCountTheThemeFilesLines() throws {
        let error = #expect(throws: TemplateErrors.self) { try library(requiredTemplates(["about": "<p>\n{{#frame}}\n{{title}}\n{{/fram}}\n"])) }
        #expect(error?.errors.map { "\($0.line):\($0.column)" } == ["4:4"])
    }
}
