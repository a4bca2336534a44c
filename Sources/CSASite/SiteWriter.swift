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

/// The website writer: takes the model and a theme, returns every file of the site, in memory.
/// Pages render in parallel; the result is sorted by path, so two runs give identical output.
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

    /// All files of the site. `baseURL` overrides the one in `site.yml` for absolute links (sitemap, feed, 404).
    ///
    /// Each committee paper gets its page at `papers/<id>.html`, linking its Word version and, when
    /// `paperPDFs` is true, its PDF (the caller makes both and adds them). Every paper's layout must
    /// be one of `paperLayouts` (check with `missingLayouts`); a paper whose layout is missing gets
    /// no page. The papers' own assets (`assets/papers/`) are published only when there are papers,
    /// so a site without papers is exactly what it was before papers existed.
    public func write(_ publication: Publication, baseURL: String? = nil, paperPDFs: Bool = true) -> [OutputFile] {
        var base = baseURL ?? publication.site.baseURL
        if !base.hasSuffix("/") { base += "/" }
        let frames = FrameBuilder(publication: publication, baseURL: base, templateIDs: templateIDs)
        let jobs = pageJobs(publication, frames: frames, baseURL: base) + paperJobs(publication, frames: frames, pdf: paperPDFs)

        let lock = NSLock()
        nonisolated(unsafe) var rendered: [OutputFile] = []
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let file = jobs[i]()
            lock.lock()
            rendered.append(file)
            lock.unlock()
        }
        let data = OpenDataFiles.outputFiles(publication, baseURL: base)
        let copied = assets.filter { !publication.papers.isEmpty || !$0.key.hasPrefix("assets/papers/") }
            .map { OutputFile($0.key, bytes: $0.value) }
        return (rendered + data + copied).sorted { $0.path < $1.path }
    }

    private func page(_ page: SitePage, _ template: String, _ view: Any) -> OutputFile {
        OutputFile(page.path, templates.render(view, with: template))
    }

    /// One closure per page; each builds its view and renders it.
    private func pageJobs(_ publication: Publication, frames: FrameBuilder, baseURL: String) -> [@Sendable () -> OutputFile] {
        var jobs: [@Sendable () -> OutputFile] = [
            { page(.home, "home", OverviewPages.home(publication, frames: frames)) },
            { page(.accessibility, "accessibility", InfoPages.accessibility(publication, frames: frames)) },
            { page(.notFound, "not-found", InfoPages.notFound(publication, frames: frames)) },
            { OutputFile("sitemap.xml", templates.render(SitemapView(urls: sitemapPages(publication).map { .init(loc: baseURL + ($0 == .home ? "" : $0.path)) }), with: "sitemap")) },
            { OutputFile("feed.xml", templates.render(FeedView(publication, baseURL: baseURL), with: "feed")) },
        ]
        for edition in publication.editions {
            let e = edition.id
            let jsonLD = DatasetJSONLD(edition, publication, baseURL: baseURL).scriptText
            jobs += [
                { page(.editionHome(e), "edition", OverviewPages.edition(edition, publication, frames: frames)) },
                { page(.document(e), "document", ChapterPages.document(edition, publication, frames: frames)) },
                { page(.themes(e), "themes", PriorityPages.themes(edition, publication, frames: frames)) },
                { page(.actionPlan(e), "action-plan", ActionPages.actionPlan(edition, publication, frames: frames)) },
                { page(.measures(e), "measures", MeasurePages.measures(edition, publication, frames: frames)) },
                { page(.about(e), "about", InfoPages.about(edition, publication, frames: frames)) },
                { page(.data(e), "data", InfoPages.data(edition, publication, frames: frames, jsonLD: jsonLD)) },
                { page(.search(e), "search", InfoPages.search(edition, publication, frames: frames)) },
                { page(.history(e), "history", HistoryPages.history(edition, publication, frames: frames)) },
            ]
            if let previous = ChangesPages.previous(of: edition, in: publication) {
                jobs.append { page(.changes(e), "changes", ChangesPages.changes(edition, previous: previous, publication, frames: frames)) }
            }
            jobs += edition.chapters.indices.map { i in
                { page(.chapter(e, edition.chapters[i].id), "chapter", ChapterPages.chapter(i, of: edition, publication, frames: frames)) }
            }
            jobs += edition.priorities.indices.map { i in
                { page(.priority(e, edition.priorities[i].id), "priority", PriorityPages.priority(i, of: edition, publication, frames: frames)) }
            }
        }
        return jobs
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

    /// The papers' pages and their list; nothing when there are no papers.
    private func paperJobs(_ publication: Publication, frames: FrameBuilder, pdf: Bool) -> [@Sendable () -> OutputFile] {
        guard !publication.papers.isEmpty else { return [] }
        var jobs: [@Sendable () -> OutputFile] = [{ page(.papers, "papers", PaperPages.index(publication, frames: frames, pdf: pdf)) }]
        for paper in publication.papers {
            guard let layout = paperLayouts[paper.layout] else { continue }
            jobs.append { page(.paper(paper.id), "paper", PaperPages.paper(paper, layout: layout, publication, frames: frames, pdf: pdf)) }
        }
        return jobs
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
