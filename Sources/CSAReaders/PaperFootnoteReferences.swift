import CSAModel

/// Finds the footnote references (`[^label]`) in a paper's body and turns each into an
/// `InlineKind.footnoteReference`, remembering where it was written. Code spans are left alone.
struct PaperFootnoteReferences {
    /// A reference as written, in body order.
    struct Reference {
        let label: String
        let location: SourceLocation
    }

    let file: String
    let lines: [Substring]
    private(set) var found: [Reference] = []
    /// Labels with a definition inside a list or quote (reported there, so not again as undefined).
    private(set) var nestedDefinitions: Set<String> = []
    /// Places already given to a reference, so that two references to one label get their own columns.
    private var used: Set<SourceLocation> = []

    init(file: String, lines: [Substring]) {
        self.file = file
        self.lines = lines
    }

    /// Marks a place as taken, so that a search for a reference does not stop at a definition's own label.
    mutating func reserve(_ location: SourceLocation) { used.insert(location) }

    /// The blocks with their references converted; problems (a definition that does not start a paragraph, a
    /// definition nested in a list or quote) reported as they are met.
    mutating func convert(_ blocks: [Block], _ diagnostics: inout Diagnostics) -> [Block] {
        blocks.map { convert($0, &diagnostics) }
    }

    private mutating func convert(_ block: Block, _ diagnostics: inout Diagnostics) -> Block {
        switch block.kind {
        case .paragraph(let inlines):
            // Top-level definitions were taken out before, so a paragraph that starts like one here is nested.
            var inlines = PaperFootnotes.mergeText(inlines)
            if case .text(let text)? = inlines.first?.kind, let definition = PaperFootnotes.definitionLabel(Substring(text)) {
                nestedDefinitions.insert(definition.label)
                diagnostics.error(place("[^\(definition.label)]:", from: block.line), "footnote definition '[^\(definition.label)]:' is inside a list or quote",
                                  hint: PaperFootnotes.definitionHint)
                let prefix = "[^\(definition.label)]:"
                inlines[0] = Inline(.text(String(text.dropFirst(prefix.count))), line: inlines[0].line)
                return Block(.paragraph([Inline(.text(prefix), line: inlines[0].line)] + convert(inlines, line: block.line, &diagnostics)), line: block.line)
            }
            return Block(.paragraph(convert(inlines, line: block.line, &diagnostics)), line: block.line)
        case .heading(let level, let inlines): return Block(.heading(level: level, convert(inlines, line: block.line, &diagnostics)), line: block.line)
        case .blockQuote(let inner): return Block(.blockQuote(convert(inner, &diagnostics)), line: block.line)
        case .list(let style, let tight, let items):
            return Block(.list(style: style, tight: tight, items: items.map { convert($0, &diagnostics) }), line: block.line)
        case .codeBlock, .htmlBlock, .thematicBreak: return block
        }
    }

    mutating func convert(_ inlines: [Inline], line: Int, _ diagnostics: inout Diagnostics) -> [Inline] {
        var out: [Inline] = []
        var afterBreak = false
        for inline in PaperFootnotes.mergeText(inlines) {
            defer { if case .softBreak = inline.kind { afterBreak = true } else { afterBreak = false } }
            switch inline.kind {
            case .text(let text):
                if afterBreak, let definition = PaperFootnotes.definitionLabel(Substring(text)) {
                    diagnostics.error(place("[^\(definition.label)]:", from: line),
                                      "footnote definition '[^\(definition.label)]:' does not start a paragraph, so it is read as text",
                                      hint: "leave a blank line before it")
                    // Reported once: the label is not also a reference with no definition.
                    let prefix = "[^\(definition.label)]:"
                    out.append(Inline(.text(prefix), line: inline.line))
                    out += split(String(text.dropFirst(prefix.count)), line: inline.line, blockLine: line)
                    continue
                }
                out += split(text, line: inline.line, blockLine: line)
            case .emphasis(let inner): out.append(Inline(.emphasis(convert(inner, line: line, &diagnostics)), line: inline.line))
            case .strong(let inner): out.append(Inline(.strong(convert(inner, line: line, &diagnostics)), line: inline.line))
            case .link(let destination, let title, let inner):
                let text = inner.plainText
                if text.hasPrefix("^"), PaperFootnotes.isLabel(Substring(text.dropFirst())) {
                    diagnostics.error(place("[\(text)]", from: line), "'[\(text)]' reads as a link, because a line '[\(text)]: …' inside a list or quote defines it as one",
                                      hint: PaperFootnotes.definitionHint)
                }
                out.append(Inline(.link(destination: destination, title: title, convert(inner, line: line, &diagnostics)), line: inline.line))
            default: out.append(inline)
            }
        }
        return out
    }

    /// `text` with each `[^label]` made a reference.
    private mutating func split(_ text: String, line: Int, blockLine: Int) -> [Inline] {
        // Most text has no "[^" at all: looked for on the bytes first, as the search below is slow.
        guard PaperFootnoteReferences.mayHoldReference(text) else { return text.isEmpty ? [] : [Inline(.text(text), line: line)] }
        var out: [Inline] = []
        var rest = Substring(text)
        while let open = PaperTextSearch.firstRange(of: "[^", in: rest) {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "]"), PaperFootnotes.isLabel(after[..<close]) else {
                // Not a reference: keep the "[^" and look further on.
                out.append(Inline(.text(String(rest[..<open.upperBound])), line: line))
                rest = after
                continue
            }
            let label = String(after[..<close])
            if open.lowerBound > rest.startIndex { out.append(Inline(.text(String(rest[..<open.lowerBound])), line: line)) }
            out.append(Inline(.footnoteReference(label), line: line))
            found.append(Reference(label: label, location: place("[^\(label)]", from: blockLine)))
            rest = after[after.index(after: close)...]
        }
        if !rest.isEmpty { out.append(Inline(.text(String(rest)), line: line)) }
        return PaperFootnotes.mergeText(out)
    }

    /// True when the text's bytes hold "[^" somewhere.
    static func mayHoldReference(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.indices.dropLast().contains { bytes[$0] == 0x5B && bytes[$0 + 1] == 0x5E }
        }
    }

    /// Where `needle` is written, searching from line `line` onwards, at a place not given out before.
    private mutating func place(_ needle: String, from line: Int) -> SourceLocation {
        var number = max(1, line)
        while number <= lines.count, number < line + 200 {
            let text = lines[number - 1]
            var start = text.startIndex
            while let range = PaperTextSearch.firstRange(of: needle, in: text[start...]) {
                let location = SourceLocation(file: file, line: number, column: PaperTextSearch.column(of: range.lowerBound, in: text))
                if used.insert(location).inserted { return location }
                start = range.upperBound
            }
            number += 1
        }
        return SourceLocation(file: file, line: line, column: 1)
    }
}
