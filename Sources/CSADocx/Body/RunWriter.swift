/// Writes flat runs as WordprocessingML: `w:hyperlink` groups outermost, `w:ins` / `w:del`
/// groups inside them, then the runs, with deleted text in `w:delText`.
struct RunWriter {
    let state: WritingState
    /// False inside a footnote, where Word allows no further footnote: a footnote there is written
    /// as its text in brackets.
    let allowsFootnotes: Bool

    func write(_ runs: [FlatRun], links: inout LinkRelationships) -> String {
        var out = ""
        for linkGroup in runs.grouped(by: \.link) {
            let target = linkGroup[0].link
            if let target {
                if target.hasPrefix("#") {
                    out += "<w:hyperlink w:anchor=\"\(XMLText.attribute(String(target.dropFirst())))\" w:history=\"1\">"
                } else {
                    out += "<w:hyperlink r:id=\"\(links.id(for: target))\" w:history=\"1\">"
                }
            }
            for changeGroup in linkGroup.grouped(by: \.change) {
                let change = changeGroup[0].change
                let deleted = if case .deleted = change { true } else { false }
                var inner = ""
                for run in changeGroup {
                    inner += self.run(run, deleted: deleted, links: &links)
                }
                if let change, !inner.isEmpty {
                    inner = RunWriter.revisionStart(change, id: state.nextRevisionID()) + inner + "</\(change.elementName)>"
                }
                out += inner
            }
            if target != nil {
                out += "</w:hyperlink>"
            }
        }
        return out
    }

    /// `<w:ins w:id="…" w:author="…" w:date="…">` (or `w:del`), left open.
    static func revisionStart(_ change: DocxChange, id: Int) -> String {
        "<\(change.elementName) \(revisionAttributes(change.revision, id: id))>"
    }

    /// The three attributes every revision carries.
    static func revisionAttributes(_ revision: DocxRevision, id: Int) -> String {
        "w:id=\"\(id)\" w:author=\"\(XMLText.attribute(revision.author))\" w:date=\"\(revision.date.iso8601)\""
    }

    private func run(_ run: FlatRun, deleted: Bool, links: inout LinkRelationships) -> String {
        switch run.content {
        case .text(let text):
            let inner = RunWriter.textContent(text, deleted: deleted)
            guard !inner.isEmpty else { return "" }
            return "<w:r>\(properties(run))\(inner)</w:r>"
        case .lineBreak:
            return "<w:r>\(properties(run))<w:br/></w:r>"
        case .footnote(let content):
            if allowsFootnotes {
                let id = state.addFootnote(content)
                return "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
            }
            var bracketed = run
            bracketed.content = .text(" (")
            let inner = RunFlattener.flatten(content, format: run.format, change: nil).map { piece -> FlatRun in
                var piece = piece
                piece.link = nil
                return piece
            }
            var close = run
            close.content = .text(")")
            return ([bracketed] + inner + [close]).map { self.run($0, deleted: deleted, links: &links) }.joined()
        }
    }

    private func properties(_ run: FlatRun) -> String {
        var properties = ""
        if run.link != nil {
            properties += "<w:rStyle w:val=\"Hyperlink\"/>"
            if run.format.code {
                properties += "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>"
            }
        } else if run.format.code {
            properties += "<w:rStyle w:val=\"CodeChar\"/>"
        }
        if run.format.bold {
            properties += "<w:b/><w:bCs/>"
        }
        if run.format.italic {
            properties += "<w:i/><w:iCs/>"
        }
        return properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
    }

    /// The children of a run for a piece of text: `w:t` (or `w:delText`) pieces, with line ends
    /// as `w:br` and tabs as `w:tab`. Characters XML forbids are dropped, and bidirectional
    /// embeddings, overrides and isolates the text leaves open are closed at its end.
    static func textContent(_ text: String, deleted: Bool) -> String {
        let element = deleted ? "w:delText" : "w:t"
        var out = ""
        var piece = ""
        func flush() {
            if !piece.isEmpty {
                out += "<\(element) xml:space=\"preserve\">\(XMLText.escape(piece))</\(element)>"
                piece = ""
            }
        }
        var previousWasCarriageReturn = false
        for scalar in BidiControls.balanced(text).unicodeScalars where XMLText.isAllowed(scalar) {
            switch scalar {
            case "\r":
                flush()
                out += "<w:br/>"
            case "\n":
                if !previousWasCarriageReturn {
                    flush()
                    out += "<w:br/>"
                }
            case "\t":
                flush()
                out += "<w:tab/>"
            default:
                piece.unicodeScalars.append(scalar)
            }
            previousWasCarriageReturn = scalar == "\r"
        }
        flush()
        return out
    }
}

extension Array {
    /// Consecutive elements with equal keys, in order.
    func grouped<Key: Equatable>(by key: (Element) -> Key) -> [[Element]] {
        var groups: [[Element]] = []
        for element in self {
            if let last = groups.last?.last, key(last) == key(element) {
                groups[groups.count - 1].append(element)
            } else {
                groups.append([element])
            }
        }
        return groups
    }
}
