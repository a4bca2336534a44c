/// How a stretch of a block's text is set: the inline formatting a comparison tracks.
///
/// Two texts that read the same but are set differently (a word made bold, a link pointed somewhere
/// else) compare as equal words with a formatting change.
public struct RunStyle: Hashable, Sendable {
    public var emphasis: Bool
    public var strong: Bool
    /// Inline code (a code span), or the literal text of a code block.
    public var code: Bool
    /// The destination of the link the text is in, if any.
    public var link: String?
    /// The source of the image whose description this text is, if any.
    public var image: String?

    public init(emphasis: Bool = false, strong: Bool = false, code: Bool = false, link: String? = nil, image: String? = nil) {
        self.emphasis = emphasis
        self.strong = strong
        self.code = code
        self.link = link
        self.image = image
    }

    /// Unformatted text.
    public static let plain = RunStyle()

    public var isPlain: Bool { self == .plain }
}

/// A stretch of text in one style.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var style: RunStyle

    public init(_ text: String, style: RunStyle = .plain) {
        self.text = text
        self.style = style
    }
}

extension Array where Element == TextRun {
    /// The runs in canonical form: empty runs dropped and neighbours in the same style joined, so that
    /// two equal texts always have equal runs.
    public var canonical: [TextRun] {
        var out: [TextRun] = []
        out.reserveCapacity(count)
        for run in self { out.appendJoining(run.text, style: run.style) }
        return out
    }

    /// `text` in `style` added at the end as canonical form has it: dropped when empty, joined to the last
    /// run when that has the same style.
    mutating func appendJoining(_ text: String, style: RunStyle) {
        guard !text.isEmpty else { return }
        let last = count - 1
        if last >= 0, self[last].style == style {
            self[last].text += text
        } else {
            append(TextRun(text, style: style))
        }
    }

    /// The text without its formatting.
    public var plainText: String { map(\.text).joined() }
}
