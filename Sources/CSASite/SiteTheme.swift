import CSAModel
import Mustache

/// The look of the site: Mustache templates and static assets (CSS, scripts), read from `Templates/`
/// by the caller and handed over as text and bytes, so the writer itself reads no files.
public struct SiteTheme: Sendable {
    /// A template's source and the file it came from (for error messages).
    public struct TemplateSource: Sendable {
        public var file: String
        public var text: String

        public init(file: String, text: String) {
            self.file = file
            self.text = text
        }
    }

    /// Templates by name: `layout`, `chapter`, `partials/notice` ... (the file name without `.mustache`).
    public var templates: [String: TemplateSource]
    /// Files copied as they are, by output path: `assets/csa.css` ... Those under `assets/papers/`
    /// are published only when there are papers.
    public var assets: [String: [UInt8]]
    /// The committee paper layouts (`papers/<name>.yml`), already read, by name.
    public var paperLayouts: [String: PaperLayout]
    /// The paper layouts' files as read, by name, so that a rebuild can tell when one changed.
    public var paperLayoutFiles: [String: [UInt8]]

    public init(templates: [String: TemplateSource], assets: [String: [UInt8]], paperLayouts: [String: PaperLayout] = [:],
                paperLayoutFiles: [String: [UInt8]] = [:]) {
        self.templates = templates
        self.assets = assets
        self.paperLayouts = paperLayouts
        self.paperLayoutFiles = paperLayoutFiles
    }
}

/// A problem with a template: the file, line and column, like a content error.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// The parsed templates, ready to render views; parsing reports every broken template at once.
struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary

    /// The templates every site needs; a theme missing one is an error, not a blank page.
    static let required = ["layout", "home", "edition", "chapter", "document", "priority", "themes", "action-plan",
                           "measures", "about", "data", "search", "accessibility", "not-found", "sitemap", "feed",
                           "paper", "papers", "paper-document"]

    init(_ theme: SiteTheme) throws(TemplateErrors) {
        var library = MustacheLibrary()
        var errors: [TemplateError] = []
        // Every template's text is read after a line of its own that sets the content type to
        // `ByteHTMLContentType` (swift-mustache resets it to its own for each partial, so each template
        // needs it): a standalone tag, so it writes nothing, and the theme's files are not changed.
        MustacheContentTypes.register(ByteHTMLContentType(), named: ByteHTMLContentType.name)
        for (name, source) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: ByteHTMLContentType.pragma + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // Lines counted in the theme's file, without the line put before it.
                errors.append(TemplateError(file: source.file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
                                            message: "template syntax: \(error.error)"))
            } catch {
                errors.append(TemplateError(file: source.file, line: 1, column: 1, message: "template syntax: \(error)"))
            }
        }
        for name in TemplateLibrary.required where theme.templates[name] == nil {
            errors.append(TemplateError(file: "\(name).mustache", line: 1, column: 1, message: "missing template '\(name)'"))
        }
        for (name, source) in theme.templates.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReference.all(in: source.text) where theme.templates[reference.name] == nil {
                errors.append(TemplateError(file: source.file, line: reference.line, column: reference.column,
                                            message: "template '\(name)' uses '\(reference.name)', but there is no \(reference.name).mustache"))
            }
        }
        if !errors.isEmpty { throw TemplateErrors(errors: errors) }
        self.library = library
    }

    /// Renders a view. `name` is one of `required`, which `init` checked is present, so the library's
    /// nil (no such template) cannot happen here.
    func render(_ view: Any, with name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }
}

/// swift-mustache's HTML content type done on UTF-8 bytes (`TemplateEscaping.html`): the same five
/// characters escaped the same way, without looking each `Character` up in a dictionary, which was the
/// largest single cost of rendering pages. It also escapes a markup character that a combining mark
/// joins to, which the library's per-`Character` escaping leaves as it is.
struct ByteHTMLContentType: MustacheContentType {
    static let name = "CSA_HTML"
    /// The line put before every template's text.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String {
        TemplateEscaping.html(text)
    }
}

/// Every template problem found in one pass.
public struct TemplateErrors: Error, Sendable {
    public let errors: [TemplateError]
}
