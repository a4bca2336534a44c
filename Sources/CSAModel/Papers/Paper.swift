/// A committee paper, drafted: its header block and its body, with every data directive already
/// replaced by the facts it asked for. Read from `Content/papers/<id>.md`; the writers (HTML, DOCX,
/// PDF) take this value and nothing else.
public struct Paper: Hashable, Sendable {
    /// The file name without `.md`: the paper's URL is `/papers/<id>.html`.
    public var id: String
    /// The layout that shows the paper (`council`, `partnership`, `decision`): which header fields
    /// appear, in what order and with what labels, and how paragraphs are numbered, live in the
    /// layout's templates.
    public var layout: String
    public var header: PaperHeader
    /// The body in reading order: sections start at level-2 headings.
    public var body: [PaperBlock]
    /// Footnotes in the order first referred to; `InlineKind.footnoteReference` points at their labels.
    public var footnotes: [PaperFootnote]
    /// The edition the paper reports on, when it names one (`edition:` in the front matter).
    public var edition: String?
    /// Where the paper's facts come from, and which parts are examples.
    public var provenance: Provenance

    public init(id: String, layout: String, header: PaperHeader, body: [PaperBlock],
                footnotes: [PaperFootnote] = [], edition: String? = nil, provenance: Provenance = Provenance()) {
        self.id = id
        self.layout = layout
        self.header = header
        self.body = body
        self.footnotes = footnotes
        self.edition = edition
        self.provenance = provenance
    }
}

/// One piece of a paper's body: a Markdown block (a directive drafts paragraphs and lists as
/// ordinary blocks) or a table drafted from the data.
public enum PaperBlock: Hashable, Sendable {
    case block(Block)
    case table(PaperTable)
}

/// A table a directive drafted: a caption, one header row, and rows of cells as inline text.
public struct PaperTable: Hashable, Sendable {
    public var caption: String
    public var header: [String]
    public var rows: [[[Inline]]]
    /// The source line of the directive that drafted it.
    public var line: Int

    public init(caption: String, header: [String], rows: [[[Inline]]], line: Int) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.line = line
    }
}

/// A footnote: its label as written (`[^1]`, `[^audit]`) and its text.
public struct PaperFootnote: Hashable, Sendable {
    public var label: String
    public var content: [Inline]

    public init(label: String, content: [Inline]) {
        self.label = label
        self.content = content
    }
}
