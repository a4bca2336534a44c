import CSADiff

/// What the human formats show of a word comparison: the text only, with neighbouring pieces of the
/// same change joined (formatting changes are listed apart, by `Array<WordPiece>.formatChanges`). No
/// span is empty, so no format ever marks up a deletion or insertion of nothing.
public enum DiffDisplay {
    public struct Span: Equatable, Sendable {
        public var change: WordPiece.Change
        public var text: String
    }

    public static func spans(_ pieces: [WordPiece]) -> [Span] {
        var out: [Span] = []
        for piece in pieces where !piece.text.isEmpty {
            if let last = out.last, last.change == piece.change {
                out[out.count - 1].text += piece.text
            } else {
                out.append(Span(change: piece.change, text: piece.text))
            }
        }
        return out
    }
}
