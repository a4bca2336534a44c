import CSADiff

/// A literal block's text (a code block, a raw HTML block) as the human formats show it: line by line,
/// each line whole with its indentation, without the line end that closes the block.
public enum LiteralLines {
    /// True for the kinds of block whose text is kept exactly as written, line ends and indentation included.
    public static func isLiteral(_ shape: BlockShape) -> Bool {
        shape.kind == .code || shape.kind == .html
    }

    /// The spans of a word comparison (`DiffDisplay.spans`) cut at every line end, one array per line:
    /// no span holds a line end, so a change marked up on one line never runs on to the next.
    public static func lines(_ pieces: [WordPiece]) -> [[DiffDisplay.Span]] {
        var out: [[DiffDisplay.Span]] = [[]]
        for span in DiffDisplay.spans(pieces) {
            for (index, part) in span.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { out.append([]) }
                if !part.isEmpty { out[out.count - 1].append(DiffDisplay.Span(change: span.change, text: String(part))) }
            }
        }
        // The line end that closes the block opens no line of its own.
        if out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    /// One line of a comparison made line by line.
    public struct Line: Equatable, Sendable {
        public var change: WordPiece.Change
        public var text: String
    }

    /// The two sides compared line by line, as a unified diff shows them: OLD's lines that NEW does not
    /// keep deleted, NEW's that OLD did not have inserted, the rest kept, in the order of both.
    public static func lineChanges(_ pieces: [WordPiece]) -> [Line] {
        let old = split(pieces.oldRuns.plainText), new = split(pieces.newRuns.plainText)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var out: [Line] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                out.append(Line(change: .deleted, text: old[i])); i += 1
            } else if j < new.count, inserted.contains(j) {
                out.append(Line(change: .inserted, text: new[j])); j += 1
            } else {
                out.append(Line(change: .equal, text: j < new.count ? new[j] : old[i])); i += 1; j += 1
            }
        }
        return out
    }

    /// A literal text's lines, without the line end that closes it; none for an empty text.
    static func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }
}
