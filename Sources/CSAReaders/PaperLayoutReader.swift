import CSAModel
import Yams

/// Reads a paper layout, `Templates/papers/<name>.yml`: its description, numbering scheme, and the
/// header and closing fields with their labels. Every problem is reported with its file, line and
/// column, and reading carries on, so one run shows them all.
///
/// ```yaml
/// description: County council committee paper
/// numbering: sections            # sections | sections-point-zero | sections-parenthesised
/// number_lone_paragraphs: true   # optional, default true
/// appendix_prefix: Appendix      # optional
/// header:
///   - field: from
///     label: From
///   - field: past_pathway
///     label: Past Pathway of Paper
///     absent: N/A                # optional: shown when the paper leaves the field out
/// closing:
///   - field: background_documents
///     label: Background Documents
///     numbered: true             # optional: a numbered section after the body
/// ```
public enum PaperLayoutReader {
    static let topFields = ["description", "numbering", "number_lone_paragraphs", "appendix_prefix", "header", "closing"]
    static let entryFields = ["field", "label", "absent", "numbered"]

    /// The layout named `name` from the text of its file (`file` is the path shown in messages), or
    /// every problem found in it.
    public static func read(name: String, text: String, file: String) -> Result<PaperLayout, PaperLayoutErrors> {
        let source = YAMLFile(file: file, lineOffset: 0)
        var diagnostics = Diagnostics()
        let cleaned = SourceText.prepare(text, file: file, &diagnostics)
        let root: Node
        switch source.parse(cleaned) {
        case .failure(var diagnostic):
            if diagnostic.hint == nil { diagnostic.hint = "check the layout's YAML (indentation, quotes, brackets); see docs/PAPERS.md" }
            return .failure(PaperLayoutErrors(diagnostics.all + [diagnostic]))
        case .success(nil):
            return .failure(PaperLayoutErrors([Diagnostic(at: source.start, "the paper layout is empty",
                                                          hint: "give it a description, a numbering scheme and its header and closing fields")]))
        case .success(let node?):
            root = node
        }
        source.reportControlCharacters(in: root, &diagnostics)
        guard let top = YAMLMapping(root, in: source, what: "the paper layout", allowed: topFields, diagnostics: &diagnostics) else {
            return .failure(PaperLayoutErrors(diagnostics.all))
        }
        let description = top.string("description", &diagnostics)
        let numbering = top.choice("numbering", as: PaperNumberingScheme.self, &diagnostics)
        let lone = top.bool("number_lone_paragraphs", &diagnostics) ?? true
        let appendixPrefix = top.string("appendix_prefix", required: false, &diagnostics)
        let header = fields(top, "header", source, &diagnostics)
        let closing = fields(top, "closing", source, &diagnostics)
        guard diagnostics.all.isEmpty, let description, let numbering else { return .failure(PaperLayoutErrors(diagnostics.all)) }
        return .success(PaperLayout(name: name, description: description, numbering: numbering, header: header,
                                    closing: closing, numbersLoneParagraphs: lone, appendixPrefix: appendixPrefix))
    }

    private static func fields(_ top: YAMLMapping, _ key: String, _ source: YAMLFile, _ diagnostics: inout Diagnostics) -> [PaperFieldSpec] {
        guard let items = top.sequence(key, &diagnostics) else { return [] }
        var specs: [PaperFieldSpec] = []
        var seen: Set<PaperField> = []
        for (index, item) in items.enumerated() {
            guard let entry = YAMLMapping(item, in: source, what: "entry \(index + 1) of '\(key)'", allowed: entryFields,
                                          diagnostics: &diagnostics) else { continue }
            let field = entry.choice("field", as: PaperField.self, &diagnostics)
            let label = entry.string("label", &diagnostics)
            let absent = entry.string("absent", required: false, &diagnostics)
            let numbered = entry.bool("numbered", &diagnostics) ?? false
            guard let field, let label else { continue }
            if !seen.insert(field).inserted {
                diagnostics.error(entry.valueLocation("field") ?? entry.location,
                                  "the field '\(field.rawValue)' is listed twice in the layout",
                                  hint: "a field is shown once: remove one of the entries")
                continue
            }
            if numbered && key == "header" {
                diagnostics.error(entry.keyLocation("numbered") ?? entry.location, "only closing fields can be numbered sections",
                                  hint: "remove 'numbered' from the header entry")
            }
            specs.append(PaperFieldSpec(field: field, label: label, absent: absent, numbered: numbered))
        }
        return specs
    }
}

/// Every problem found in one paper layout file.
public struct PaperLayoutErrors: Error, Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
