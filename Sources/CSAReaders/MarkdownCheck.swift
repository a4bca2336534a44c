import CSAModel

/// Where a piece of Markdown sits in its file, so that problems found in the parsed tree point at the
/// user's own line and column.
struct MarkdownPlace {
    let file: String
    /// The file's lines (normalised to `\n`), for finding columns.
    let lines: SourceLines
    /// The file line of the Markdown's first line, or nil when its lines do not map to the file's (a
    /// folded or quoted YAML scalar): every problem is then reported at `fallback`.
    let firstLine: Int?
    let fallback: SourceLocation
    /// Whether control characters in the parsed text are reported (as character references).
    var reportsReferences = true

    /// The location of `text` on Markdown line `line`: its column when it is found on that file line,
    /// otherwise the line's first character after indentation and block-quote markers.
    func location(line: Int, finding text: String) -> SourceLocation {
        guard let firstLine else { return fallback }
        let fileLine = firstLine + max(1, line) - 1
        guard lines.indices.contains(fileLine - 1) else { return SourceLocation(file: file, line: fileLine, column: 1) }
        let content = lines[fileLine - 1]
        let needle = text.prefix { $0 != "\n" }
        if !needle.isEmpty, let range = content.range(of: needle) {
            return SourceLocation(file: file, line: fileLine, column: content.unicodeScalars.distance(from: content.startIndex, to: range.lowerBound) + 1)
        }
        let start = content.unicodeScalars.firstIndex { $0 != " " && $0 != "\t" && $0 != ">" }
        let column = start.map { content.unicodeScalars.distance(from: content.startIndex, to: $0) + 1 } ?? 1
        return SourceLocation(file: file, line: fileLine, column: column)
    }
}

/// Checks parsed Markdown (a chapter's body or a YAML description) for what is never published: raw HTML,
/// links and images whose target is not a web address, and control characters written as character
/// references (`&#7;`). Each is an error where it was written, rather than being dropped without a word.
enum MarkdownCheck {
    static let htmlHint = "raw HTML is not published; write it in Markdown instead ('##' for a heading, '-' for a list, [text](https://...) for a link), or remove it"

    /// Reports every problem of `document`. `place.reportsReferences` is false for YAML text that already
    /// held a control character: that was reported as a YAML escape, and is not reported twice.
    static func check(_ document: Document, at place: MarkdownPlace, _ diagnostics: inout Diagnostics) {
        for block in document.blocks { check(block, place, &diagnostics) }
    }

    /// Text shown in a message: escaped and, when long, shortened.
    static func quoted(_ line: String) -> String {
        let short = line.count > 40 ? String(line.prefix(40)) + "…" : line
        return "'\(DisplayText.escaped(short))'"
    }

    private static func check(_ block: Block, _ place: MarkdownPlace, _ diagnostics: inout Diagnostics) {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines):
            for inline in inlines { check(inline, place, &diagnostics) }
        case .blockQuote(let blocks):
            for inner in blocks { check(inner, place, &diagnostics) }
        case .list(_, _, let items):
            for item in items { for inner in item { check(inner, place, &diagnostics) } }
        case .codeBlock(let info, let literal):
            controlCharacters(info + literal, line: block.line, place, &diagnostics)
        case .htmlBlock(let html):
            diagnostics.error(place.location(line: block.line, finding: html), "raw HTML \(quoted(html.trimmingSpaces)) is not published", hint: htmlHint)
        case .thematicBreak:
            break
        }
    }

    private static func check(_ inline: Inline, _ place: MarkdownPlace, _ diagnostics: inout Diagnostics) {
        switch inline.kind {
        case .text(let text), .code(let text):
            controlCharacters(text, line: inline.line, place, &diagnostics)
        case .softBreak, .lineBreak, .footnoteReference:
            break
        case .html(let html):
            diagnostics.error(place.location(line: inline.line, finding: html), "raw HTML \(quoted(html.trimmingSpaces)) is not published", hint: htmlHint)
        case .emphasis(let inner), .strong(let inner):
            for child in inner { check(child, place, &diagnostics) }
        case .link(let destination, let title, let inner), .image(let destination, let title, let inner):
            let noun: String
            if case .link = inline.kind { noun = "link" } else { noun = "image" }
            if let scheme = LinkTarget.forbiddenScheme(destination) {
                diagnostics.error(place.location(line: inline.line, finding: destination),
                                  "\(noun) target \(quoted(destination)) uses the '\(scheme):' scheme, which is not published",
                                  hint: LinkTarget.hint)
            }
            controlCharacters(destination + title, line: inline.line, place, &diagnostics)
            for child in inner { check(child, place, &diagnostics) }
        }
    }

    /// Raw control characters were replaced before parsing, so any left came from a character reference.
    private static func controlCharacters(_ text: String, line: Int, _ place: MarkdownPlace, _ diagnostics: inout Diagnostics) {
        guard place.reportsReferences else { return }
        let names = SourceText.forbiddenNames(in: text)
        guard !names.isEmpty else { return }
        diagnostics.error(place.location(line: line, finding: "&#"),
                          "text holds the control character\(names.count == 1 ? "" : "s") \(names.joined(separator: ", ")), written as a character reference",
                          hint: "remove the reference (such as &#7; or &#x1B;)")
    }
}

private extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\n" && $0 != "\t" }),
              let end = scalars.lastIndex(where: { $0 != " " && $0 != "\n" && $0 != "\t" }) else { return "" }
        return String(scalars[start...end])
    }
}
