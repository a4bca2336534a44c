@testable import CSASite
import Mustache
import Testing

/// `TemplateEscaping.html` gives exactly what a template's `{{text}}` gives, so a view may hand over text it
/// escaped itself for `{{{textHTML}}}` without changing a byte of the page.
@Suite struct TemplateEscapingTests {
    static let samples = [
        "", "plain words", "<script>alert('x')</script>", "Tom & Jerry's \"quoted\" <b>", "&amp; already an entity",
        "Café – “smart quotes” ‘and’ £5 ≥ 3 🙂", "e\u{301} and <\u{301} combining", "tab\tnew\nline", "'''\"\"\"&&&<<<>>>",
    ]

    @Test func escapesAsTheTemplateEngineDoes() throws {
        let template = try MustacheTemplate(string: "{{text}}")
        for sample in Self.samples where !sample.contains("<\u{301}") {
            #expect(TemplateEscaping.html(sample) == template.render(["text": sample]), "\(sample)")
        }
    }

    /// The engine escapes one `Character` at a time, so a `<` that a combining mark joins to is not one it
    /// knows and is left as it is; escaping bytes escapes it too, which is what HTML needs.
    @Test func aMarkupCharacterJoinedByACombiningMarkIsStillEscaped() {
        #expect(TemplateEscaping.html("e\u{301} and <\u{301} combining") == "e\u{301} and &lt;\u{301} combining")
    }
}
