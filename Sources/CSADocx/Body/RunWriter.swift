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
        let open = "<\(element) xml:space=\"preserve\">", close = "</\(element)>"
        var text = BidiControls.balanced(text)
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 48)
            var pieceOpen = false
            func markup(_ markup: String) {
                if pieceOpen { out.append(contentsOf: close.utf8) }
                pieceOpen = false
                out.append(contentsOf: markup.utf8)
            }
            func piece(_ text: String) {
                if !pieceOpen { out.append(contentsOf: open.utf8) }
                pieceOpen = true
                out.append(contentsOf: text.utf8)
            }
            var previousWasCarriageReturn = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if !XMLText.needsLook(byte) {
                    // A run of ordinary characters, copied as they are.
                    var end = index + 1
                    while end < bytes.count, !XMLText.needsLook(bytes[end]) { end += 1 }
                    if !pieceOpen { out.append(contentsOf: open.utf8) }
                    pieceOpen = true
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    previousWasCarriageReturn = false
                    index = end
                    continue
                }
                index += 1
                switch byte {
                case 0x0D: markup("<w:br/>")
                case 0x0A where !previousWasCarriageReturn: markup("<w:br/>")
                case 0x0A: break
                case 0x09: markup("<w:tab/>")
                // Characters XML forbids are dropped, and leave no trace.
                case 0x00..<0x20: continue
                case 0xEF where XMLText.isNoncharacter(bytes, at: index - 1):
                    index += 2
                    continue
                case 0x26: piece("&amp;")
                case 0x3C: piece("&lt;")
                case 0x3E: piece("&gt;")
                default:
                    if !pieceOpen { out.append(contentsOf: open.utf8) }
                    pieceOpen = true
                    out.append(byte)
                }
                previousWasCarriageReturn = byte == 0x0D
            }
            if pieceOpen { out.append(contentsOf: close.utf8) }
            return String(decoding: out, as: UTF8.self)
        }
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
