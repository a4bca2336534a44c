import CSAMarkdown
import CSAModel
import Foundation
import Yams

/// Reads `priorities.yml` and `themes.yml`: an edition's priorities and cross-cutting themes.
enum PriorityReader {
    static let priorityFields = ["id", "title", "lead", "themes", "replaces", "description"] + ProvenanceField.names
    static let themeFields = ["id", "title", "lead", "replaces", "description"] + ProvenanceField.names
    /// The fields `illustrative:` may list.
    static let priorityMarkable = ["title", "lead", "themes", "replaces", "description"]
    static let themeMarkable = ["title", "lead", "replaces", "description"]

    static func priorities(_ url: URL, display: String, edition: String, _ context: inout ReadContext) -> [Priority] {
        guard let (source, items) = context.listItems(of: url, display: display, noun: "priority", plural: "priorities") else {
            context.markUnreadable(edition: edition, kind: .priority)
            return []
        }
        return items.compactMap { node in
            guard let m = mapping(node, in: source, kind: .priority, allowed: priorityFields, edition: edition, &context),
                  let common = readCommon(m, kind: .priority, edition: edition, &context) else { return nil }
            let themes = m.idList("themes", &context.diagnostics)
            context.refer(.theme, themes, edition: edition, from: m.what)
            let provenance = ProvenanceField.read(m, markable: priorityMarkable, edition: edition, &context)
            return Priority(id: common.id, title: common.title, description: common.description, lead: common.lead,
                            themes: themes.map(\.value), replaces: common.replaces, provenance: provenance, location: m.location)
        }
    }

    static func themes(_ url: URL, display: String, edition: String, _ context: inout ReadContext) -> [Theme] {
        guard let (source, items) = context.listItems(of: url, display: display, noun: "theme", plural: "themes") else {
            context.markUnreadable(edition: edition, kind: .theme)
            return []
        }
        return items.compactMap { node in
            guard let m = mapping(node, in: source, kind: .theme, allowed: themeFields, edition: edition, &context),
                  let common = readCommon(m, kind: .theme, edition: edition, &context) else { return nil }
            let provenance = ProvenanceField.read(m, markable: themeMarkable, edition: edition, &context)
            return Theme(id: common.id, title: common.title, description: common.description, lead: common.lead,
                         replaces: common.replaces, provenance: provenance, location: m.location)
        }
    }

    /// The item as a mapping; when it is not one, its id is unknown, so references to its kind are not checked.
    private static func mapping(_ node: Node, in source: YAMLFile, kind: Reference.Target, allowed: [String], edition: String,
                                _ context: inout ReadContext) -> YAMLMapping? {
        let m = YAMLMapping(node, in: source, what: "\(kind)", kind: "\(kind)", allowed: allowed, diagnostics: &context.diagnostics)
        if m == nil { context.markUnreadable(edition: edition, kind: kind) }
        return m
    }

    /// Where a description's Markdown lines are: a literal block scalar (`|`) keeps its lines, starting on
    /// the line after the `|`; any other style joins lines, so problems are reported at the scalar.
    private static func descriptionPlace(_ m: YAMLMapping, _ node: Node?) -> MarkdownPlace {
        let at = node.map { m.source.location($0) } ?? m.location
        var firstLine: Int?
        if case .scalar(let scalar)? = node, scalar.style == .literal { firstLine = at.line + 1 }
        var place = MarkdownPlace(file: at.file, lines: SourceLines(m.source.lines), firstLine: firstLine, fallback: at)
        if case .scalar(let scalar)? = node, !m.source.lines.isEmpty {
            place.region = YAMLScalarSource(lines: place.lines, start: at, style: scalar.style).region
        }
        return place
    }

    private struct Common {
        let id: String, title: String, description: Document, lead: String, replaces: [String]
    }

    /// The fields priorities and themes share, with their references queued for checking.
    private static func readCommon(_ m: YAMLMapping, kind: Reference.Target, edition: String, _ context: inout ReadContext) -> Common? {
        var d = context.diagnostics
        defer { context.diagnostics = d }
        let id = m.id("id", &d)
        // Without its id no reference to this item can be checked, so references to its kind are not reported.
        if id == nil { context.markUnreadable(edition: edition, kind: kind) }
        context.declare("priority or theme id", id, edition: edition)
        let title = m.string("title", &d)
        let lead = m.id("lead", &d)
        let description = m.string("description", &d)
        let document = description.map { text -> Document in
            var place = descriptionPlace(m, m.node("description", required: false, &d))
            let parsed = MarkdownText.parse(text, holder: "field 'description' in \(m.what)",
                                            at: { line, _ in
                                                place.firstLine.map { SourceLocation(file: place.file, line: $0 + line - 1, column: 1) } ?? place.fallback
                                            }, &d)
            place.reportsReferences = SourceText.forbiddenNames(in: text).isEmpty
            MarkdownCheck.check(parsed, at: place, &d)
            return parsed
        }
        let replaces = m.idList("replaces", &d)
        if let lead { context.refer(.body, [lead], edition: edition, from: m.what) }
        context.refer(.supersededItem, replaces, edition: edition, from: m.what)
        guard let id, let title, let lead, let description = document else {
            if let id { context.markUnreadable(edition: edition, kind: kind, id: id.value) }
            return nil
        }
        return Common(id: id.value, title: title, description: description, lead: lead.value,
                      replaces: replaces.map(\.value))
    }
}
