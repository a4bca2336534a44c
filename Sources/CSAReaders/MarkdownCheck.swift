import CSAModel

/// Where a piece of Markdown sits in its file, so that problems found in the parsed tree point at the
/// user's own line and column.
struct MarkdownPlace {
    let file: String
    /// The file's lines (normalised to `\n`), for finding columns.
    let lines: SourceLines
    /// The file line of the Markdown's first line, or nil when its lines do not map to the file's (a
    /// folded or quoted YAML scalar).
    let firstLine: Int?
    let fallback: SourceLocation
    /// For Markdown whose lines do not map to the file's: the file lines it was written on, where a
    /// problem's text is looked for; without them (or when the text is not found there) every problem is
    /// reported at `fallback`.
    var region: ClosedRange<Int>? = nil
    /// Whether control characters in the parsed text are reported (as character references).
    var reportsReferences = true

    /// The location of `text` on Markdown line `line`: where it is written on that file line; otherwise
    /// (for text the parser decoded, such as `java&#115;cript:`) where it is written once its character
    /// references and backslash escapes are read; otherwise the line's first character after indentation
    /// and block-quote markers. `anywhere` also looks on the other lines of the Markdown, for a link
    /// target written in a reference definition.
    func location(line: Int, finding text: String, anywhere: Bool = false) -> SourceLocation {
        let needle = String(text.prefix { $0 != "\n" })
        guard let firstLine else {
            guard let region, !needle.isEmpty else { return fallback }
            // The Markdown's line `line` starts on this file line or a later one.
            let from = min(max(region.lowerBound, region.lowerBound + line - 1), region.upperBound)
            for fileLine in Array(from...region.upperBound) + Array(region.lowerBound..<from) {
                if let column = column(of: needle, onLine: fileLine) { return SourceLocation(file: file, line: fileLine, column: column) }
            }
            return fallback
        }
        let fileLine = firstLine + max(1, line) - 1
        guard lines.indices.contains(fileLine - 1) else { return SourceLocation(file: file, line: fileLine, column: 1) }
        if !needle.isEmpty {
            if let column = column(of: needle, onLine: fileLine) { return SourceLocation(file: file, line: fileLine, column: column) }
            if anywhere {
                let last = region?.upperBound ?? lines.indices.upperBound
                for other in firstLine...max(firstLine, last) where other != fileLine {
                    if let column = column(of: needle, onLine: other) { return SourceLocation(file: file, line: other, column: column) }
                }
            }
        }
        let content = lines[fileLine - 1]
        let start = content.unicodeScalars.firstIndex { $0 != " " && $0 != "\t" && $0 != ">" }
        let column = start.map { content.unicodeScalars.distance(from: content.startIndex, to: $0) + 1 } ?? 1
        return SourceLocation(file: file, line: fileLine, column: column)
    }

    /// The column (counted in characters from 1) where `needle` is written on file line `fileLine`, as it
    /// stands or as the Markdown parser reads it (character references and backslash escapes decoded).
    private func column(of needle: String, onLine fileLine: Int) -> Int? {
        guard lines.indices.contains(fileLine - 1) else { return nil }
        let content = lines[fileLine - 1]
        if let range = content.range(of: needle) {
            return content.unicodeScalars.distance(from: content.startIndex, to: range.lowerBound) + 1
        }
        guard content.contains("&") || content.contains("\\") else { return nil }
        let decoded = MarkdownDecoding.decode(content)
        let target = Array(needle.unicodeScalars)
        guard !target.isEmpty, decoded.scalars.count >= target.count else { return nil }
        for i in 0...(decoded.scalars.count - target.count) where decoded.scalars[i..<(i + target.count)].elementsEqual(target) {
            return decoded.columns[i]
        }
        return nil
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
                diagnostics.error(place.location(line: inline.line, finding: destination, anywhere: true),
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
