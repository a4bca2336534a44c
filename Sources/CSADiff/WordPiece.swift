/// A stretch of a block's word comparison: text kept, deleted or inserted, with its formatting.
public struct WordPiece: Hashable, Sendable {
    public enum Change: String, Hashable, Sendable, CaseIterable {
        case equal, deleted, inserted
    }

    public var change: Change
    public var text: String
    /// The formatting in NEW for kept and inserted text, in OLD for deleted text.
    public var style: RunStyle
    /// For kept text that was set differently in OLD, its formatting there; nil when unchanged.
    public var oldStyle: RunStyle?
    /// For kept text that OLD wrote with other code points that read the same (canonically equivalent in
    /// Unicode: "café" with é, or with e and a combining accent), OLD's text exactly; nil when OLD has
    /// the same bytes. `text` is NEW's.
    public var oldText: String?

    public init(_ change: Change, _ text: String, style: RunStyle = .plain, oldStyle: RunStyle? = nil, oldText: String? = nil) {
        self.change = change
        self.text = text
        self.style = style
        self.oldStyle = oldStyle
        self.oldText = oldText
    }
}

/// Kept text whose formatting or link target changed: "Kent Police" made bold, a link pointed elsewhere.
public struct FormatChange: Hashable, Sendable {
    public var text: String
    public var old: RunStyle
    public var new: RunStyle

    public init(text: String, old: RunStyle, new: RunStyle) {
        self.text = text
        self.old = old
        self.new = new
    }
}

extension Array where Element == WordPiece {
    /// OLD's text: kept and deleted pieces in OLD's formatting.
    public var oldRuns: [TextRun] {
        compactMap { piece in
            switch piece.change {
            case .equal: return TextRun(piece.oldText ?? piece.text, style: piece.oldStyle ?? piece.style)
            case .deleted: return TextRun(piece.text, style: piece.style)
            case .inserted: return nil
            }
        }.canonical
    }

    /// NEW's text: kept and inserted pieces.
    public var newRuns: [TextRun] {
        compactMap { $0.change == .deleted ? nil : TextRun($0.text, style: $0.style) }.canonical
    }

    /// The kept stretches whose formatting changed (each piece is one stretch in one style).
    public var formatChanges: [FormatChange] {
        compactMap { piece in
            guard piece.change == .equal, let old = piece.oldStyle else { return nil }
            return FormatChange(text: piece.text, old: old, new: piece.style)
        }
    }

    /// True when nothing was deleted or inserted and no formatting changed: the two texts read the same,
    /// though they may be written with other, canonically equivalent, code points (`oldText`).
    public var isUnchanged: Bool { allSatisfy { $0.change == .equal && $0.oldStyle == nil } }
}
