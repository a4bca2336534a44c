import CSAModel
import CSAPapers
import Foundation

/// What reading a content folder gives: the publication when nothing was wrong, and every diagnostic.
public struct ContentReading: Sendable {
    public let publication: Publication?
    public let diagnostics: Diagnostics
    /// The site's settings when site.yml could be read, even when other files had errors.
    public var site: SiteInfo? = nil
    /// The id of every edition folder, read or not, in name order (escaped for messages).
    public var editionFolders: [String] = []
}

/// Reads a whole content folder (`site.yml` and `editions/<id>/...`) into a validated `Publication`.
///
/// Every file is read even after errors, so one run reports every problem.
public enum ContentReader {
    /// Reads the folder at `path`. `chaptersOf` names the editions whose chapter files are read (nil: every
    /// edition's); the others' chapter folders are listed and checked, but their chapters are left empty,
    /// for a command that needs only some editions' prose (`csa diff`). Every YAML file is always read,
    /// since references and renames run across editions.
    ///
    /// `editions` names the only edition folders to read (nil: every one), for a command that needs only
    /// some editions (`csa paper`): the others are listed, so their ids are known, but not read or checked,
    /// references into them are not checked, and no papers are read (they may draw on any edition).
    ///
    /// `paperLayouts` are the layouts the templates offer (`PaperLayoutFolder`), which a paper's `layout:`
    /// must name; nil when they are not known, and then any layout is taken.
    ///
    /// `chapterRead` is handed each chapter as soon as it is read, with its edition's id, on the thread that
    /// read it (`csa diff` starts comparing there); the chapter is the one the publication then holds.
    public static func read(contentDirectory path: String, chaptersOf chapterEditions: Set<String>? = nil,
                            editions only: Set<String>? = nil, paperLayouts: [String]? = nil,
                            chapterRead: (@Sendable (Chapter, String) -> Void)? = nil) -> ContentReading {
        var context = ReadContext()
        let root = URL(fileURLWithPath: path)
        let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
        func display(_ relative: String) -> String { prefix.isEmpty || prefix == "." ? relative : "\(prefix)/\(relative)" }

        let files = FileSystem(root: path)
        guard files.entry(root.path, display: prefix, &context.diagnostics) == .folder else {
            context.diagnostics.error(SourceLocation(file: prefix), "content folder not found",
                                      hint: "run from the project folder, or pass --content DIR")
            return ContentReading(publication: nil, diagnostics: context.diagnostics)
        }

        let siteURL = root.appendingPathComponent("site.yml")
        var site: SiteInfo?
        switch files.entry(siteURL.path, display: display("site.yml"), &context.diagnostics) {
        case .file:
            site = SiteReader.read(siteURL, display: display("site.yml"), &context)
            context.requireSources = site.map { !$0.sources.isEmpty } ?? false
        case .folder:
            context.diagnostics.error(SourceLocation(file: display("site.yml")), "site.yml is a folder, not a file",
                                      hint: "remove or rename the folder, and put the site's settings in a file site.yml; see docs/CONTENT.md")
        case .none:
            context.diagnostics.error(SourceLocation(file: display("site.yml")), "missing site.yml",
                                      hint: "create it with the partnership's name and bodies; see docs/CONTENT.md")
        }

        let editionsURL = root.appendingPathComponent("editions")
        var folders: [String] = []
        switch files.entry(editionsURL.path, display: display("editions"), &context.diagnostics) {
        case .folder:
            switch FileSystem.names(in: editionsURL.path) {
            case .success(let names):
                folders = names.filter { !$0.hasPrefix(".") }.filter {
                    files.entry(editionsURL.appendingPathComponent($0).path, display: display("editions/\($0)"), &context.diagnostics) == .folder
                }
            case .failure(let fault):
                context.diagnostics.error(SourceLocation(file: display("editions")), "cannot read this folder: \(fault.reason)",
                                          hint: "check that it is a readable folder, then run the check again")
            }
        case .file:
            context.diagnostics.error(SourceLocation(file: display("editions")), "editions is a file, not a folder",
                                      hint: "make editions a folder with one folder per edition; see docs/CONTENT.md")
        case .none:
            break
        }
        if folders.isEmpty {
            context.diagnostics.error(SourceLocation(file: display("editions")), "no editions found",
                                      hint: "add a folder editions/<id>/ with an edition.yml; see docs/CONTENT.md")
        }

        // Each edition folder listed (its diagnostics kept for their place below), then every chapter file of
        // every edition read in parallel, each with a context of its own; below, edition by edition, each
        // file's diagnostics and references are added in the order a serial reading would add them.
        let requireSources = context.requireSources
        func readsChapters(_ folder: String) -> Bool { chapterEditions?.contains(folder) ?? true }
        let readFolders = only.map { only in folders.filter(only.contains) } ?? folders
        let listings = readFolders.map { name in
            var listed = Diagnostics()
            let folder = EditionFolder(id: name, url: editionsURL.appendingPathComponent(name), display: display("editions/\(name)"),
                                       files: files, &listed)
            return (folder: folder, diagnostics: listed)
        }
        let chapterJobs = zip(readFolders, listings).flatMap { name, listing in
            readsChapters(name) ? listing.folder.chapterFiles.map { (folder: listing.folder, name: $0) } : []
        }
        // Taken edition by edition in turn (the first chapter of each, then the second, ...), so that a chapter
        // and its namesakes in the other editions are read close together (a `chapterRead` that pairs them,
        // as `csa diff`'s does, gets each pair early); the readings still come in the order of `chapterJobs`.
        let turns = Self.inTurn(zip(readFolders, listings).map { name, listing in readsChapters(name) ? listing.folder.chapterFiles.count : 0 })
        var chapterReadings = ParallelMap.map(chapterJobs, takenIn: turns) { job in
            var own = ReadContext()
            own.requireSources = requireSources
            let chapter = ChapterReader.read(path: "\(job.folder.path)/chapters/\(job.name)", fileName: job.name,
                                             display: "\(job.folder.display)/chapters/\(job.name)",
                                             edition: job.folder.id, &own)
            if let chapter { chapterRead?(chapter, job.folder.id) }
            return (chapter: chapter, context: own)
        }[...]

        var editions: [Edition] = []
        // What references are checked against: every edition folder's items, even when its edition.yml
        // could not be read (that edition is not published, but its files are still checked, and other
        // editions' `replaces:` can still be checked against it).
        var checked: [ReferenceChecker.Items] = []
        var supersedes: [String: Located<String>] = [:]
        for (name, listing) in zip(readFolders, listings) {
            // The edition's id in messages and references: a folder's name may hold any character.
            let folder = DisplayText.escaped(name)
            let base = "editions/\(name)"
            if let problem = Identifier.problem(name) {
                context.diagnostics.error(SourceLocation(file: display(base)), "edition folder name: \(problem)",
                                          hint: "name edition folders like '2024-25'")
            }
            context.diagnostics.append(contentsOf: listing.diagnostics)
            let files = listing.folder
            var header: Edition?
            if let (editionURL, editionShown) = files.file("edition.yml"),
               let (read, supersededID) = EditionFileReader.read(editionURL, display: editionShown, id: folder, &context) {
                header = read
                if let supersededID { supersedes[folder] = supersededID }
            } else {
                // What this edition supersedes is unknown, so its `replaces:` lists cannot be checked.
                context.markUnreadable(edition: folder, kind: .supersededItem)
            }
            var priorities: [Priority] = [], themes: [Theme] = []
            if let (url, shown) = files.file("priorities.yml") {
                priorities = PriorityReader.priorities(url, display: shown, edition: folder, &context)
            } else {
                context.markUnreadable(edition: folder, kind: .priority)
            }
            if let (url, shown) = files.file("themes.yml") {
                themes = PriorityReader.themes(url, display: shown, edition: folder, &context)
            } else {
                context.markUnreadable(edition: folder, kind: .theme)
            }
            let actions = files.file("actions.yml").map { ActionReader.read($0.url, display: $0.display, edition: folder, &context) } ?? []
            let measures = files.file("measures.yml").map { MeasureReader.read($0.url, display: $0.display, edition: folder, &context) } ?? []

            let chapterCount = readsChapters(name) ? files.chapterFiles.count : 0
            let read = chapterReadings.prefix(chapterCount)
            chapterReadings = chapterReadings.dropFirst(chapterCount)
            read.forEach { context.absorb($0.context) }
            let chapters = read.compactMap(\.chapter)
                .sorted { ($0.appendix == nil ? 0 : 1, $0.order, $0.id) < ($1.appendix == nil ? 0 : 1, $1.order, $1.id) }
            ChapterLinkChecker.check(context.chapterLinks[folder] ?? [], chapterFiles: files.chapterFiles, edition: folder, &context.diagnostics)
            checked.append(ReferenceChecker.Items(id: folder, supersedes: header?.supersedes, priorities: priorities, themes: themes))
            if var edition = header, Identifier.problem(name) == nil {
                edition.priorities = priorities
                edition.themes = themes
                edition.actions = actions
                edition.measures = measures
                edition.chapters = chapters
                editions.append(edition)
            }
        }
        editions.sort { ($0.period.start, $0.id) < ($1.period.start, $1.id) }

        ReferenceChecker.check(checked, folders: folders, site: site, supersedes: supersedes, &context)
        for gap in site?.unpublished ?? [] where !folders.contains(gap.after) {
            context.diagnostics.error(gap.location, "unpublished editions come after '\(DisplayText.escaped(gap.after))', which is not an edition in this content",
                                      hint: NearestName.hint(gap.after, from: folders) ?? "name the folder of the published edition they follow")
        }

        // Papers are read after the editions they may report on. Their directives are drafted only from
        // editions without errors, so a broken edition is reported once, not again at every directive;
        // a paper's own mistakes do not stop its directives being drafted and checked.
        let editionsClean = !context.diagnostics.hasErrors
        let editionFolders = folders.map(DisplayText.escaped)
        let read = only == nil ? PapersFolder.read(root: root, display: display, files: files, editions: editionFolders,
                                                   layouts: paperLayouts, site: site, &context) : []

        guard let site, editionsClean else {
            return ContentReading(publication: nil, diagnostics: context.diagnostics, site: site, editionFolders: editionFolders)
        }
        var publication = Publication(site: site, editions: editions)
        var papers: [Paper] = []
        for paper in read where paper.draftable {
            let drafted = PaperDrafter.draft(paper.body, paperEdition: paper.edition, in: publication)
            drafted.diagnostics.forEach { context.diagnostics.append($0) }
            if var value = paper.paper {
                value.body = drafted.body
                papers.append(value)
            }
        }
        publication.papers = papers
        guard !context.diagnostics.hasErrors else {
            return ContentReading(publication: nil, diagnostics: context.diagnostics, site: site, editionFolders: editionFolders)
        }
        return ContentReading(publication: publication, diagnostics: context.diagnostics, site: site, editionFolders: editionFolders)
    }

    /// The indices of groups of `counts` items laid end to end, taken group by group in turn: the first of
    /// each group, then the second of each, and so on.
    static func inTurn(_ counts: [Int]) -> [Int] {
        var starts: [Int] = [], total = 0
        for count in counts { starts.append(total); total += count }
        var order: [Int] = []
        order.reserveCapacity(total)
        for k in 0..<(counts.max() ?? 0) {
            for (group, count) in counts.enumerated() where k < count { order.append(starts[group] + k) }
        }
        return order
    }
}
