import CSAHTML
import CSAModel
import Dispatch
import Foundation

/// A file of the built site: its path relative to the site root, and its bytes.
public struct OutputFile: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]

    /// A text file; any character no output may hold (`OutputCharacters`) becomes U+FFFD, whichever
    /// view or template it came through.
    init(_ path: String, _ text: String) {
        self.path = path
        self.bytes = Array(OutputCharacters.cleaned(text).utf8)
    }

    init(_ path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The bytes as text (every text file the writer makes is UTF-8).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A file made outside the site writer (the search index), kept byte for byte.
    public init(rawPath path: String, bytes: [UInt8]) {
        self.init(path, bytes: bytes)
    }
}

/// What a file of the site is made from, besides the templates, the assets and the build's settings
/// (which every file depends on), so that a rebuild can tell which files may have changed without making
/// them. The caller turns these into digests of its input files.
public enum SiteInputs: Hashable, Sendable {
    /// Everything but the chapters' bodies: every YAML file and every chapter's front matter.
    case structure
    /// `structure`, and the bodies of every chapter of the edition.
    case edition(String)
    /// `structure`, and the bodies of every chapter of these editions (a comparison of two editions).
    case editions([String])
    /// `structure`, and the body of one chapter.
    case chapter(edition: String, chapter: String)
    /// Every input, the chapters' bodies included: for a file whose inputs have not been narrowed down.
    case everything
}

/// One file of the site, described before it is made: its path, what it is made from, and how to make it.
public struct SiteFile: Sendable {
    public let path: String
    public let inputs: SiteInputs
    let content: Content

    /// How the file is made: a page is a view rendered with a template; other files make their own text or bytes.
    enum Content: Sendable {
        case page(template: String, view: @Sendable () -> Any)
        case text(@Sendable () -> String)
        case bytes([UInt8])
        /// A file made outside the writer (a committee paper's Word document or PDF), which may fail.
        case made(@Sendable () throws -> [UInt8])
    }

    init(_ path: String, inputs: SiteInputs, text: @escaping @Sendable () -> String) {
        self.init(path, inputs: inputs, content: .text(text))
    }

    /// A file made outside the site writer, kept byte for byte: `make` runs when the file is made, and
    /// only if the previous build's file cannot be kept.
    public init(_ path: String, inputs: SiteInputs, made make: @escaping @Sendable () throws -> [UInt8]) {
        self.init(path, inputs: inputs, content: .made(make))
    }

    init(_ path: String, inputs: SiteInputs, content: Content) {
        self.path = path
        self.inputs = inputs
        self.content = content
    }
}

/// The website writer: takes the model and a theme, and describes every file of the site (`files`), to be
/// made one at a time (`make`) and written as each is made; or makes them all at once, in memory (`write`).
/// The output depends on nothing but the model, the theme and the base address, so two runs give identical files.
public struct SiteWriter: Sendable {
    private let templates: TemplateLibrary
    private let assets: [String: [UInt8]]
    /// The ids the templates write literally, reserved on every page.
    private let templateIDs: Set<String>
    /// The committee paper layouts, by name.
    public let paperLayouts: [String: PaperLayout]

    /// Parses the theme's templates; every broken or missing template is reported at once.
    public init(theme: SiteTheme) throws(TemplateErrors) {
        templates = try TemplateLibrary(theme)
        assets = theme.assets
        paperLayouts = theme.paperLayouts
        templateIDs = PageIDs.literal(in: theme.templates.values.map(\.text))
    }

    /// All files of the site, made in parallel and sorted by path. `baseURL` overrides the one in `site.yml`
    /// for absolute links (sitemap, feed, 404). The writer's own files cannot fail to be made.
    public func write(_ publication: Publication, baseURL: String? = nil, paperPDFs: Bool = true) throws -> [OutputFile] {
        try write(files(publication, baseURL: baseURL, paperPDFs: paperPDFs))
    }

    /// Makes `files` in parallel, in memory, in their order; the first failure, in that order, is thrown.
    public func write(_ files: [SiteFile]) throws -> [OutputFile] {
        let lock = NSLock()
        nonisolated(unsafe) var made = [Result<OutputFile, any Error>?](repeating: nil, count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let file = Result { try make(files[i]) }
            lock.lock()
            made[i] = file
            lock.unlock()
        }
        return try made.compactMap { try $0?.get() }
    }

    /// Every file of the site, sorted by path, each still to be made. `baseURL` overrides the one in `site.yml`.
    ///
    /// Each committee paper gets its page at `papers/<id>.html`, linking its Word version and, when
    /// `paperPDFs` is true, its PDF (the caller describes both with `SiteFile(_:inputs:made:)` and adds them).
    /// Every paper's layout must be one of `paperLayouts` (check with `missingLayouts`); a paper whose layout
    /// is missing gets no page. The papers' own assets (`assets/papers/`) are published only when there are
    /// papers, so a site without papers is exactly what it was before papers existed.
    public func files(_ publication: Publication, baseURL: String? = nil, paperPDFs: Bool = true) -> [SiteFile] {
        var base = baseURL ?? publication.site.baseURL
        if !base.hasSuffix("/") { base += "/" }
        let frames = FrameBuilder(publication: publication, baseURL: base, templateIDs: templateIDs)
        let copied = assets.filter { !publication.papers.isEmpty || !$0.key.hasPrefix("assets/papers/") }
        let files = pageFiles(publication, frames: frames, baseURL: base) + paperFiles(publication, frames: frames, pdf: paperPDFs)
            + OpenDataFiles.files(publication, baseURL: base)
            + copied.map { SiteFile($0.key, inputs: .structure, content: .bytes($0.value)) }
        return files.sorted { $0.path < $1.path }
    }

    /// Makes one file; only a file made outside the writer (`SiteFile(_:inputs:made:)`) can fail.
    public func make(_ file: SiteFile) throws -> OutputFile {
        switch file.content {
        case .page(let template, let view): return OutputFile(file.path, templates.render(view(), with: template))
        case .text(let text): return OutputFile(file.path, text())
        case .bytes(let bytes): return OutputFile(file.path, bytes: bytes)
        case .made(let make): return OutputFile(file.path, bytes: try make())
        }
    }

    /// A page made with `template` from the view `view` builds; `inputs` says what it is made from (when in
    /// doubt, `.everything`, which is always right and only costs a rebuild its time).
    private func page(_ page: SitePage, _ template: String, inputs: SiteInputs, _ view: @escaping @Sendable () -> Any) -> SiteFile {
        SiteFile(page.path, inputs: inputs, content: .page(template: template, view: view))
    }

    /// One file per page and the sitemap and feed; each page builds its view when it is made.
    private func pageFiles(_ publication: Publication, frames: FrameBuilder, baseURL: String) -> [SiteFile] {
        var files: [SiteFile] = [
            page(.home, "home", inputs: .structure) { OverviewPages.home(publication, frames: frames) },
            page(.accessibility, "accessibility", inputs: .structure) { InfoPages.accessibility(publication, frames: frames) },
            page(.notFound, "not-found", inputs: .structure) { InfoPages.notFound(publication, frames: frames) },
            SiteFile("sitemap.xml", inputs: .structure) {
                templates.render(SitemapView(urls: sitemapPages(publication).map { .init(loc: baseURL + ($0 == .home ? "" : $0.path)) }), with: "sitemap")
            },
            SiteFile("feed.xml", inputs: .structure) { templates.render(FeedView(publication, baseURL: baseURL), with: "feed") },
        ]
        for edition in publication.editions {
            let e = edition.id
            files += [
                page(.editionHome(e), "edition", inputs: .structure) { OverviewPages.edition(edition, publication, frames: frames) },
                page(.document(e), "document", inputs: .edition(e)) { ChapterPages.document(edition, publication, frames: frames) },
                page(.themes(e), "themes", inputs: .structure) { PriorityPages.themes(edition, publication, frames: frames) },
                page(.actionPlan(e), "action-plan", inputs: .structure) { ActionPages.actionPlan(edition, publication, frames: frames) },
                page(.measures(e), "measures", inputs: .structure) { MeasurePages.measures(edition, publication, frames: frames) },
                page(.about(e), "about", inputs: .structure) { InfoPages.about(edition, publication, frames: frames) },
                page(.data(e), "data", inputs: .structure) {
                    InfoPages.data(edition, publication, frames: frames, jsonLD: DatasetJSONLD(edition, publication, baseURL: baseURL).scriptText)
                },
                page(.search(e), "search", inputs: .structure) { InfoPages.search(edition, publication, frames: frames) },
                page(.history(e), "history", inputs: .structure) { HistoryPages.history(edition, publication, frames: frames) },
            ]
            if let previous = ChangesPages.previous(of: edition, in: publication) {
                files.append(page(.changes(e), "changes", inputs: .editions([previous.id, e])) {
                    ChangesPages.changes(edition, previous: previous, publication, frames: frames)
                })
            }
            files += edition.chapters.indices.map { i in
                page(.chapter(e, edition.chapters[i].id), "chapter", inputs: .chapter(edition: e, chapter: edition.chapters[i].id)) {
                    ChapterPages.chapter(i, of: edition, publication, frames: frames)
                }
            }
            files += edition.priorities.indices.map { i in
                page(.priority(e, edition.priorities[i].id), "priority", inputs: .structure) { PriorityPages.priority(i, of: edition, publication, frames: frames) }
            }
        }
        return files
    }

    /// The papers whose layout is not among `paperLayouts`, which `write` cannot lay out.
    public func missingLayouts(in publication: Publication) -> [Paper] {
        publication.papers.filter { paperLayouts[$0.layout] == nil }
    }

    /// A committee paper alone, as one self-contained HTML document with its stylesheets inside it:
    /// what `csa paper --format html` writes and what the PDF is made from. Nil when its layout is missing.
    public func paperDocument(_ paper: Paper, in publication: Publication) -> String? {
        guard let layout = paperLayouts[paper.layout] else { return nil }
        let view = PaperPages.document(paper, layout: layout, publication, templateIDs: templateIDs, assets: assets)
        return OutputFile("", templates.render(view, with: "paper-document")).text
    }

    /// The papers' pages and their list; nothing when there are no papers. The list is made from the papers'
    /// headers; a paper's page from the paper, its layout and whatever its directives draw from the editions
    /// (which may be any chapter's text, for a comparison), so it depends on everything.
    private func paperFiles(_ publication: Publication, frames: FrameBuilder, pdf: Bool) -> [SiteFile] {
        guard !publication.papers.isEmpty else { return [] }
        var files = [page(.papers, "papers", inputs: .structure) { PaperPages.index(publication, frames: frames, pdf: pdf) }]
        for paper in publication.papers {
            guard let layout = paperLayouts[paper.layout] else { continue }
            files.append(page(.paper(paper.id), "paper", inputs: .everything) {
                PaperPages.paper(paper, layout: layout, publication, frames: frames, pdf: pdf)
            })
        }
        return files
    }

    /// Every HTML page a reader can land on (all but the 404), for the sitemap.
    private func sitemapPages(_ publication: Publication) -> [SitePage] {
        var pages: [SitePage] = [.home, .accessibility]
        if !publication.papers.isEmpty {
            pages += [.papers] + publication.papers.filter { paperLayouts[$0.layout] != nil }.map { .paper($0.id) }
        }
        for e in publication.editions {
            pages += [.editionHome(e.id), .document(e.id), .themes(e.id), .actionPlan(e.id), .measures(e.id), .about(e.id), .data(e.id), .search(e.id), .history(e.id)]
            if ChangesPages.previous(of: e, in: publication) != nil { pages.append(.changes(e.id)) }
            pages += e.chapters.map { .chapter(e.id, $0.id) } + e.priorities.map { .priority(e.id, $0.id) }
        }
        return pages.sorted { $0.path < $1.path }
    }
}
