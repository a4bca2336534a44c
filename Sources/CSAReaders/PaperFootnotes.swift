import CSAModel

/// Footnotes in a paper's Markdown, in a syntax that stays plain CommonMark: a reference is `[^label]`
/// in the text, and a definition is a paragraph that starts with `[^label]:` at the beginning of a
/// line, outside any list or quote. A plain CommonMark renderer shows both as text; `csa` turns the
/// references into `InlineKind.footnoteReference` and lifts the definitions out of the body into
/// `Paper.footnotes`, in the order first referred to.
///
/// A reference with no definition and a label defined twice are errors, a definition never referred to
/// is a warning, each at its line and column.
enum PaperFootnotes {
    static let definitionHint = "define it with a paragraph that starts with '[^label]:' at the beginning of a line, outside any list or quote"

    /// The label of a definition written on this line (up to three spaces, then `[^label]:`), or nil.
    static func definitionLabel(_ line: Substring) -> (label: String, bracket: Substring.Index)? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line[indent.endIndex...]
        guard rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]") else { return nil }
        let label = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
        guard isLabel(label), rest[rest.index(after: close)...].hasPrefix(":") else { return nil }
        return (String(label), indent.endIndex)
    }

    static func isLabel(_ label: Substring) -> Bool {
        !label.isEmpty && !label.contains { $0 == " " || $0 == "\t" || $0 == "[" || $0 == "]" || $0 == "^" }
    }

    /// The body's lines with a backslash before each definition's `[`, outside fenced code, so that
    /// CommonMark keeps a definition as a paragraph instead of reading `[^1]: Word` as a link definition.
    static func protect(_ lines: [Substring]) -> [String] {
        var fence: (character: Character, length: Int)?
        return lines.map { line in
            // A line that starts with none of ' ', '`', '~' and '[' neither opens nor closes a fence, nor defines a footnote.
            if let first = line.utf8.first, first != 0x20, first != 0x60, first != 0x7E, first != 0x5B { return String(line) }
            let trimmed = line.drop { $0 == " " }
            if line.count - trimmed.count <= 3, let first = trimmed.first, first == "`" || first == "~" {
                let run = trimmed.prefix { $0 == first }.count
                if let open = fence {
                    if first == open.character, run >= open.length, trimmed.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { fence = nil }
                } else if run >= 3, !(first == "`" && trimmed.dropFirst(run).contains("`")) {
                    fence = (first, run)
                }
                return String(line)
            }
            guard fence == nil, let found = definitionLabel(line) else { return String(line) }
            return String(line[..<found.bracket]) + "\\" + String(line[found.bracket...])
        }
    }

    /// A definition found in the body.
    struct Definition {
        let label: String
        let content: [Inline]
        let location: SourceLocation
    }

    /// Takes the definitions out of the body's top-level blocks, and reports each defined twice or empty.
    static func extract(_ blocks: [Block], place: MarkdownPlace, _ diagnostics: inout Diagnostics) -> (blocks: [Block], definitions: [Definition]) {
        var kept: [Block] = [], definitions: [Definition] = []
        for block in blocks {
            guard case .paragraph(let inlines) = block.kind else { kept.append(block); continue }
            let merged = mergeText(inlines)
            guard case .text(let text)? = merged.first?.kind, let found = definitionLabel(Substring(text)) else {
                kept.append(block)
                continue
            }
            let location = place.location(line: block.line, finding: "[^\(found.label)]:")
            var content = merged
            let prefix = "[^\(found.label)]:"
            let rest = String(text.dropFirst(prefix.count).drop { $0 == " " || $0 == "\t" })
            if rest.isEmpty { content.removeFirst() } else { content[0] = Inline(.text(rest), line: merged[0].line) }
            while case .softBreak? = content.first?.kind { content.removeFirst() }
            if let first = definitions.first(where: { $0.label == found.label }) {
                diagnostics.error(location, "footnote '[^\(found.label)]' is defined twice",
                                  hint: "first defined at \(first.location); give each footnote its own label")
                continue
            }
            if content.plainText.allSatisfy({ $0 == " " }) {
                diagnostics.error(location, "footnote '[^\(found.label)]' has no text", hint: "write the footnote's text after '[^\(found.label)]:'")
            }
            definitions.append(Definition(label: found.label, content: content, location: location))
        }
        return (kept, definitions)
    }

    /// Adjacent text inlines joined into one, so that `[^1]` split by the parser reads as one piece.
    static func mergeText(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            if case .text(let next) = inline.kind, let last = out.last, case .text(let previous) = last.kind {
                out[out.count - 1] = Inline(.text(previous + next), line: last.line)
            } else {
                out.append(inline)
            }
        }
        return out
    }
}
