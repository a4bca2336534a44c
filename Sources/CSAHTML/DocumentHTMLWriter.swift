import CSAModel

/// What to do with raw HTML written inside Markdown.
public enum RawHTMLPolicy: Sendable {
    /// Replace it with `<!-- raw HTML omitted -->` and drop dangerous link URLs (the default).
    case omit
    /// Pass it through as written: only for content from trusted authors, when asked for.
    case allow
}

/// Options for rendering a document tree as HTML.
public struct HTMLOptions: Sendable {
    public var rawHTML: RawHTMLPolicy
    /// Give headings `id` attributes (see `HeadingAnchors`) so they can be linked to.
    public var headingIDs: Bool
    /// Added to every heading level, so a chapter's `##` can become `<h2>` or `<h3>` as the page needs.
    public var headingLevelOffset: Int
    /// Put before every heading id, so several documents can share one page without clashing ids.
    public var headingIDPrefix: String
    /// Make code blocks focusable (`<pre tabindex="0">`), so that a reader without a mouse can scroll a
    /// long line into view (WCAG 2.1.1); off for libcmark's own form.
    public var focusableCode: Bool

    public init(rawHTML: RawHTMLPolicy = .omit, headingIDs: Bool = true, headingLevelOffset: Int = 0,
                headingIDPrefix: String = "", focusableCode: Bool = false) {
        self.rawHTML = rawHTML
        self.headingIDs = headingIDs
        self.headingLevelOffset = headingLevelOffset
        self.headingIDPrefix = headingIDPrefix
        self.focusableCode = focusableCode
    }
}

/// Renders a `Document` as an HTML fragment, in the same form libcmark's own renderer gives.
/// Rendering recurses once per level of nesting, which `MarkdownParser` keeps to at most
/// `MarkdownParser.maximumNesting` block levels and as many inline levels.
public struct DocumentHTMLWriter {
    public var options: HTMLOptions

    public init(options: HTMLOptions = HTMLOptions()) { self.options = options }

    public func render(_ document: Document) -> String {
        var anchors = HeadingAnchors(prefix: options.headingIDPrefix)
        return render(document, anchors: &anchors)
    }

    /// Renders a document whose heading ids come from `anchors` (and `options.headingIDPrefix` is not used):
    /// pass the same `anchors` to every part of a page, seeded with the page's own ids, so no id repeats.
    public func render(_ document: Document, anchors: inout HeadingAnchors) -> String {
        var footnotes = FootnoteNumbering()
        return render(document, anchors: &anchors, footnotes: &footnotes)
    }

    /// Renders a document whose footnote references are numbered by `footnotes`: pass the same value
    /// to every part of a page, so a note referred to twice gets two distinct reference ids.
    public func render(_ document: Document, anchors: inout HeadingAnchors, footnotes: inout FootnoteNumbering) -> String {
        var state = RenderState(options: options, anchors: anchors, footnotes: footnotes)
        state.blocks(document.blocks, tight: false)
        anchors = state.anchors
        footnotes = state.footnotes
        return state.out
    }

    /// Renders a run of inlines alone, without a surrounding paragraph (for titles and table cells).
    public func render(inlines: [Inline]) -> String {
        var footnotes = FootnoteNumbering()
        return render(inlines: inlines, footnotes: &footnotes)
    }

    /// Renders a run of inlines alone, numbering footnote references with `footnotes`.
    public func render(inlines: [Inline], footnotes: inout FootnoteNumbering) -> String {
        var state = RenderState(options: options, anchors: HeadingAnchors(), footnotes: footnotes)
        state.inlines(inlines)
        footnotes = state.footnotes
        return state.out
    }
}

/// The numbers of a page's footnotes, by label, and how often each has been referred to so far.
///
/// A reference to a numbered note is written as its number, linked to `#fn-N`, with the id
/// `fnref-N` (the note's "back" link goes there); a second reference to the same note gets
/// `fnref-N-2`, and so on, so ids never repeat. A label with no number keeps the label as written.
public struct FootnoteNumbering: Sendable, Equatable {
    public let numbers: [String: Int]
    private var uses: [Int: Int] = [:]

    public init(numbers: [String: Int] = [:]) { self.numbers = numbers }

    /// The number of the note `label` refers to, and the id of this reference to it.
    mutating func reference(_ label: String) -> (number: Int, id: String)? {
        guard let number = numbers[label] else { return nil }
        let use = (uses[number] ?? 0) + 1
        uses[number] = use
        return (number, use == 1 ? "fnref-\(number)" : "fnref-\(number)-\(use)")
    }
}

private struct RenderState {
    let options: HTMLOptions
    var out = ""
    var anchors: HeadingAnchors
    var footnotes: FootnoteNumbering

    init(options: HTMLOptions, anchors: HeadingAnchors, footnotes: FootnoteNumbering) {
        self.options = options
        self.anchors = anchors
        self.footnotes = footnotes
    }

    private static let omitted = "<!-- raw HTML omitted -->"

    /// Starts a new line unless the output already ends one.
    mutating func cr() {
        if let last = out.utf8.last, last != UInt8(ascii: "\n") { out += "\n" }
    }

    mutating func blocks(_ blocks: [Block], tight: Bool) {
        for block in blocks { self.block(block, tight: tight) }
    }

    mutating func block(_ block: Block, tight: Bool) {
        switch block.kind {
        case .paragraph(let content):
            if tight {
                inlines(content)
            } else {
                cr()
                out += "<p>"
                inlines(content)
                out += "</p>\n"
            }
        case .heading(let level, let content):
            let n = min(6, max(1, level + options.headingLevelOffset))
            cr()
            if options.headingIDs {
                out += "<h\(n) id=\"\(HTMLEscaping.text(anchors.id(for: content.plainText)))\">"
            } else {
                out += "<h\(n)>"
            }
            inlines(content)
            out += "</h\(n)>\n"
        case .blockQuote(let children):
            cr()
            out += "<blockquote>\n"
            blocks(children, tight: false)
            cr()
            out += "</blockquote>\n"
        case .list(let style, let isTight, let items):
            cr()
            let tag: String
            switch style {
            case .bullet:
                tag = "ul"
                out += "<ul>\n"
            case .ordered(let start, _):
                tag = "ol"
                out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            }
            for item in items {
                cr()
                out += "<li>"
                blocks(item, tight: isTight)
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .codeBlock(let info, let literal):
            cr()
            let language = info.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true).first
            out += options.focusableCode ? "<pre tabindex=\"0\">" : "<pre>"
            if let language {
                out += "<code class=\"language-\(HTMLEscaping.text(String(language)))\">"
            } else {
                out += "<code>"
            }
            out += HTMLEscaping.text(literal)
            out += "</code></pre>\n"
        case .htmlBlock(let literal):
            cr()
            out += options.rawHTML == .allow ? literal : RenderState.omitted
            cr()
        case .thematicBreak:
            cr()
            out += "<hr />\n"
        }
    }

    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines { self.inline(inline) }
    }

    private func safeURL(_ url: String) -> String {
        options.rawHTML == .omit && HTMLEscaping.isDangerousURL(url) ? "" : HTMLEscaping.href(url)
    }

    mutating func inline(_ inline: Inline) {
        switch inline.kind {
        case .text(let s): out += HTMLEscaping.text(s)
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br />\n"
        case .code(let s): out += "<code>" + HTMLEscaping.text(s) + "</code>"
        case .html(let s): out += options.rawHTML == .allow ? s : RenderState.omitted
        case .emphasis(let c):
            out += "<em>"
            inlines(c)
            out += "</em>"
        case .strong(let c):
            out += "<strong>"
            inlines(c)
            out += "</strong>"
        case .link(let destination, let title, let c):
            out += "<a href=\"\(safeURL(destination))\""
            if !title.isEmpty { out += " title=\"\(HTMLEscaping.text(title))\"" }
            out += ">"
            inlines(c)
            out += "</a>"
        case .image(let source, let title, let c):
            out += "<img src=\"\(safeURL(source))\" alt=\""
            altText(c)
            out += "\""
            if !title.isEmpty { out += " title=\"\(HTMLEscaping.text(title))\"" }
            out += " />"
        case .footnoteReference(let label):
            if let reference = footnotes.reference(label) {
                out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(reference.number)\" id=\"\(reference.id)\" "
                    + "aria-label=\"Footnote \(reference.number)\">\(reference.number)</a></sup>"
                return
            }
            let id = HTMLEscaping.text(label)
            out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(id)\" id=\"fnref-\(id)\">\(id)</a></sup>"
        }
    }

    /// An image's description as plain text, the way libcmark writes `alt`.
    mutating func altText(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline.kind {
            case .text(let s), .code(let s), .html(let s): out += HTMLEscaping.text(s)
            case .softBreak, .lineBreak: out += " "
            case .footnoteReference: break
            case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c): altText(c)
            }
        }
    }
}
