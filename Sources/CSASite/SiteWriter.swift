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
    }

    init(_ path: String, inputs: SiteInputs, text: @escaping @Sendable () -> String) {
        self.init(path, inputs: inputs, content: .text(text))
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

    /// Parses the theme's templates; every broken or missing template is reported at once.
    public init(theme: SiteTheme) throws(TemplateErrors) {
        templates = try TemplateLibrary(theme)
        assets = theme.assets
        templateIDs = PageIDs.literal(in: theme.templates.values.map(\.text))
    }

    /// All files of the site, made in parallel and sorted by path. `baseURL` overrides the one in `site.yml`
    /// for absolute links (sitemap, feed, 404).
    public func write(_ publication: Publication, baseURL: String? = nil) -> [OutputFile] {
        let files = self.files(publication, baseURL: baseURL)
        let lock = NSLock()
        nonisolated(unsafe) var made = [OutputFile?](repeating: nil, count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let file = make(files[i])
            lock.lock()
            made[i] = file
            lock.unlock()
        }
        return made.compactMap { $0 }
    }

    /// Every file of the site, sorted by path, each still to be made.
    public func files(_ publication: Publication, baseURL: String? = nil) -> [SiteFile] {
        var base = baseURL ?? publication.site.baseURL
        if !base.hasSuffix("/") { base += "/" }
        let frames = FrameBuilder(publication: publication, baseURL: base, templateIDs: templateIDs)
        let files = pageFiles(publication, frames: frames, baseURL: base) + OpenDataFiles.files(publication, baseURL: base)
            + assets.map { SiteFile($0.key, inputs: .structure, content: .bytes($0.value)) }
        return files.sorted { $0.path < $1.path }
    }

    /// Makes one file.
    public func make(_ file: SiteFile) -> OutputFile {
        switch file.content {
        case .page(let template, let view): return OutputFile(file.path, templates.render(view(), with: template))
        case .text(let text): return OutputFile(file.path, text())
        case .bytes(let bytes): return OutputFile(file.path, bytes: bytes)
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

    /// Every HTML page a reader can land on (all but the 404), for the sitemap.
    private func sitemapPages(_ publication: Publication) -> [SitePage] {
        var pages: [SitePage] = [.home, .accessibility]
        for e in publication.editions {
            pages += [.editionHome(e.id), .document(e.id), .themes(e.id), .actionPlan(e.id), .measures(e.id), .about(e.id), .data(e.id), .search(e.id), .history(e.id)]
            pages += e.chapters.map { .chapter(e.id, $0.id) } + e.priorities.map { .priority(e.id, $0.id) }
        }
        return pages.sorted { $0.path < $1.path }
    }
}
