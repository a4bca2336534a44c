import CSAMarkdown
import CSAModel
import Foundation

/// Reads a chapter file: YAML front matter between `---` lines, then the Markdown body.
enum ChapterReader {
    static let fields = ["id", "title", "order", "summary", "appendix", "source"]

    static let frontMatterHint = "start the file with a line '---', then 'id:', 'title:', 'order:' and 'summary:' lines, then another '---' line"

    static func read(_ url: URL, display: String, edition: String, _ context: inout ReadContext) -> Chapter? {
        read(path: url.path, fileName: url.lastPathComponent, display: display, edition: edition, &context)
    }

    /// Reads the chapter file at `path`, whose name is `fileName`.
    static func read(path: String, fileName: String, display: String, edition: String, _ context: inout ReadContext) -> Chapter? {
        guard let text = context.text(ofPath: path, display: display) else { return nil }
        let start = SourceLocation(file: display)
        // The front matter, found line by line from the top; the rest of the file is split into lines only
        // if a problem needs placing (`SourceLines`).
        var walker = LineWalker(text)
        guard let first = walker.next(), first.trimming(.whitespaces) == "---" else {
            context.diagnostics.error(start, "chapter has no front matter", hint: frontMatterHint)
            return nil
        }
        var secondLineStart: String.Index? = nil, lineBeforeClose = first, closeLine: Substring? = nil
        while let line = walker.next() {
            if ["---", "..."].contains(line.trimming(.whitespaces)) { closeLine = line; break }
            if secondLineStart == nil { secondLineStart = line.startIndex }
            lineBeforeClose = line
        }
        guard let closeLine else {
            context.diagnostics.error(start, "chapter's front matter is not closed", hint: "end the front matter with a line '---'")
            return nil
        }
        let close = walker.count - 1     // the closing line, counted from 0
        let lines = SourceLines(of: text)
        // The lines between the two '---' lines, and the lines after the second, as one text each.
        let yamlText = secondLineStart.map { String(text[$0..<lineBeforeClose.endIndex]) } ?? ""
        // The body read in place, as part of the file's text, not copied out.
        let bodyText: Substring = closeLine.endIndex < text.endIndex ? text[text.utf8.index(after: closeLine.endIndex)...] : ""
        let body = MarkdownText.chapterBody(bodyText, file: display, lines: lines, bodyStartLine: close + 2, &context.diagnostics)
        ChapterBody.check(body, lines: lines, bodyStartLine: close + 2, file: display, &context.diagnostics)
        var place = MarkdownPlace(file: display, lines: lines, firstLine: close + 2, fallback: start)
        // A control character can reach the parsed text only through a character reference ('&#7;'), as
        // raw ones were replaced before parsing: with no '&' in the body, there is none to look for.
        place.reportsReferences = MarkdownText.mayHoldReferences(bodyText)
        MarkdownCheck.check(body, at: place, &context.diagnostics)
        context.chapterLinks[edition, default: []] += ChapterLint.check(body, at: place, &context.diagnostics)
        let source = YAMLFile(file: display, lineOffset: 1)
        guard let root = context.yaml(yamlText, in: source),
              let m = YAMLMapping(root, in: source, what: "chapter front matter", kind: "chapter", allowed: fields, diagnostics: &context.diagnostics)
        else { return nil }
        var d = context.diagnostics
        defer { context.diagnostics = d }
        let id = m.id("id", &d)
        let title = m.string("title", &d)
        let order = m.int("order", in: 1...99, &d)
        let summary = m.string("summary", &d)
        // A file whose name does not match its front matter gives that one error: its id and order are not
        // also reported as duplicates of the chapter it was copied from or meant to follow (one mistake, one error).
        var matchesName = true
        if let id, let order {
            let expected = Chapter.fileName(id: id.value, order: order)
            if fileName != expected {
                matchesName = false
                d.error(start, "chapter file name '\(DisplayText.escaped(fileName))' does not match the chapter's order \(order) and id '\(id.value)'",
                        hint: "rename the file '\(expected)': the order in two digits, a hyphen, the id and '.md'"
                            + (frontMatterChange(fileName: fileName, id: id.value, order: order).map { "; or, if the file name is right, \($0)" } ?? ""))
            }
        }
        if matchesName {
            context.declare("chapter id", id, edition: edition)
            if let order, let node = m.node("order", required: false, &d) {
                context.declare("chapter order", Located(value: String(order), location: m.source.location(node)), edition: edition)
            }
        }
        let appendix = m.string("appendix", required: false, &d)
        if let letter = appendix, !(letter.count == 1 && letter.first.map { $0 >= "A" && $0 <= "Z" } == true), let at = m.valueLocation("appendix") {
            d.error(at, "field 'appendix' in \(m.what) must be one capital letter, such as A, but it is '\(letter)'",
                    hint: "appendices are lettered A, B, C in the order they appear")
        }
        let sources = ProvenanceField.ids(m, "source", &d)
        context.refer(.source, sources, edition: edition, from: m.what)
        if context.requireSources, !m.written("source") {
            d.error(m.location, "\(m.what) names no source", hint: "add 'source: [<paper id>, ...]' naming the papers in site.yml's 'sources' that its facts come from")
        }
        guard let id, let title, let order, let summary else { return nil }
        return Chapter(id: id.value, title: title, order: order, summary: summary, appendix: appendix, sources: sources.map(\.value), body: body,
                       bodyStartLine: close + 2, location: start)
    }

    /// What to change in the front matter to match a file name of the form `NN-id.md` ("change 'order' to 3"),
    /// or nil when the name is not of that form.
    static func frontMatterChange(fileName: String, id: String, order: Int) -> String? {
        guard fileName.hasSuffix(".md") else { return nil }
        let parts = fileName.dropLast(3).split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 2, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let named = Int(parts[0]), (1...99).contains(named),
              Identifier.problem(String(parts[1])) == nil else { return nil }
        var changes: [String] = []
        if named != order { changes.append("'order' to \(named)") }
        if parts[1] != id { changes.append("'id' to '\(parts[1])'") }
        return changes.isEmpty ? nil : "change " + changes.joined(separator: " and ")
    }
}
