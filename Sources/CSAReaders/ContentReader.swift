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
    /// The edition ids a reference to an edition is checked against, or nil when edition references cannot be
    /// checked (`ContentReader.checkable`).
    var checkableEditions: [String]? = nil
    /// Items and kinds that could not be read (`ReadContext.unreadable`), for a reading that goes on (`csa paper`).
    var unreadable: Set<String> = []
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
        case .reported:
            break
        }

        let editionsURL = root.appendingPathComponent("editions")
        var folders: [String] = []
        var editionsReported = false
        switch files.entry(editionsURL.path, display: display("editions"), &context.diagnostics) {
        case .folder:
            switch FileSystem.names(in: editionsURL.path) {
            case .success(let names):
                folders = names.filter { !$0.hasPrefix(".") }.filter {
                    let entry = files.entry(editionsURL.appendingPathComponent($0).path, display: display("editions/\($0)"), &context.diagnostics)
                    if entry == .reported { editionsReported = true }
                    return entry == .folder
                }
            case .failure(let fault):
                editionsReported = true
                context.diagnostics.error(SourceLocation(file: display("editions")), "cannot read this folder: \(fault.reason)",
                                          hint: "check that it is a readable folder, then run the check again")
            }
        case .file:
            editionsReported = true
            context.diagnostics.error(SourceLocation(file: display("editions")), "editions is a file, not a folder",
                                      hint: "make editions a folder with one folder per edition; see docs/CONTENT.md")
        case .none:
            break
        case .reported:
            editionsReported = true
        }
        if folders.isEmpty && !editionsReported {
            context.diagnostics.error(SourceLocation(file: display("editions")), "no editions found",
                                      hint: "add a folder editions/<id>/ with an edition.yml; see docs/CONTENT.md")
        }

        // Each edition folder listed (its diagnostics kept for their place below), then every chapter file of
        // every edition and each edition's YAML files read in parallel, each job with a context of its own;
        // below, edition by edition, each file's diagnostics and references are added in the order a serial
        // reading would add them (the edition's YAML files, then its chapters).
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
            readsChapters(name) ? listing.folder.chapterFiles.map { ReadJob.chapter(folder: listing.folder, name: $0) } : []
        }
        // Taken edition by edition in turn (the first chapter of each, then the second, ...), so that a chapter
        // and its namesakes in the other editions are read close together (a `chapterRead` that pairs them,
        // as `csa diff`'s does, gets each pair early); each edition's YAML files after every chapter, as one
        // job an edition, filling the time the last chapters leave; the readings still come in the order of
        // the jobs.
        let yamlJobs = listings.map { ReadJob.yaml(folder: $0.folder) }
        let turns = Self.inTurn(zip(readFolders, listings).map { name, listing in readsChapters(name) ? listing.folder.chapterFiles.count : 0 })
            + Array(chapterJobs.count..<(chapterJobs.count + yamlJobs.count))
        let readings = ParallelMap.map(chapterJobs + yamlJobs, takenIn: turns) { job -> ReadJob.Reading in
            var own = ReadContext()
            own.requireSources = requireSources
            switch job {
            case .chapter(let folder, let name):
                let chapter = ChapterReader.read(path: "\(folder.path)/chapters/\(name)", fileName: name,
                                                 display: "\(folder.display)/chapters/\(name)", edition: folder.id, &own)
                if let chapter { chapterRead?(chapter, folder.id) }
                return .chapter(chapter, own)
            case .yaml(let folder):
                return .yaml(EditionYAML.read(folder, &own), own)
            }
        }
        var chapterReadings = readings.prefix(chapterJobs.count)
        var yamlReadings = readings.dropFirst(chapterJobs.count)

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
            guard case .yaml(let yaml, let yamlContext)? = yamlReadings.popFirst() else { continue }
            context.absorb(yamlContext)
            if let supersededID = yaml.supersededID { supersedes[folder] = supersededID }

            let chapterCount = readsChapters(name) ? files.chapterFiles.count : 0
            let read = chapterReadings.prefix(chapterCount)
            chapterReadings = chapterReadings.dropFirst(chapterCount)
            var chapters: [Chapter] = []
            for case .chapter(let chapter, let chapterContext) in read {
                context.absorb(chapterContext)
                if let chapter { chapters.append(chapter) }
            }
            chapters.sort { ($0.appendix == nil ? 0 : 1, $0.order, $0.id) < ($1.appendix == nil ? 0 : 1, $1.order, $1.id) }
            ChapterLinkChecker.check(context.chapterLinks[folder] ?? [], chapterFiles: files.chapterFiles, edition: folder, &context.diagnostics)
            checked.append(ReferenceChecker.Items(id: folder, supersedes: yaml.header?.supersedes, priorities: yaml.priorities, themes: yaml.themes))
            if var edition = yaml.header, Identifier.problem(name) == nil {
                edition.priorities = yaml.priorities
                edition.themes = yaml.themes
                edition.actions = yaml.actions
                edition.measures = yaml.measures
                edition.chapters = chapters
                editions.append(edition)
            }
        }
        editions.sort { ($0.period.start, $0.id) < ($1.period.start, $1.id) }

        let editionFolders = folders.map(DisplayText.escaped)
        let checkable = Self.checkable(editionFolders, reported: editionsReported)
        ReferenceChecker.check(checked, folders: checkable, site: site, supersedes: supersedes, &context)
        for gap in site?.unpublished ?? [] {
            guard let checkable, !checkable.contains(gap.after) else { continue }
            context.diagnostics.error(gap.location, "unpublished editions come after '\(DisplayText.escaped(gap.after))', which is not an edition in this content",
                                      hint: NearestName.hint(gap.after, from: checkable) ?? "name the folder of the published edition they follow: \(checkable.joined(separator: ", "))")
        }

        // Papers are read after the editions they may report on. Their directives are drafted only from
        // editions without errors, so a broken edition is reported once, not again at every directive;
        // a paper's own mistakes do not stop its directives being drafted and checked.
        let editionsClean = !context.diagnostics.hasErrors
        let read = only == nil ? PapersFolder.read(root: root, display: display, files: files, editions: checkable,
                                                   layouts: paperLayouts, site: site, &context) : []

        guard let site, editionsClean else {
            return ContentReading(publication: nil, diagnostics: context.diagnostics, site: site, editionFolders: editionFolders,
                                  checkableEditions: checkable, unreadable: context.unreadable)
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
            return ContentReading(publication: nil, diagnostics: context.diagnostics, site: site, editionFolders: editionFolders,
                                  checkableEditions: checkable, unreadable: context.unreadable)
        }
        return ContentReading(publication: publication, diagnostics: context.diagnostics, site: site, editionFolders: editionFolders,
                              checkableEditions: checkable, unreadable: context.unreadable)
    }

    /// The edition ids references to editions (`supersedes:`, `after:`, a paper's `edition:`) are checked
    /// against: every folder, when each has a valid name. Nil when they cannot all be known: a folder whose
    /// name is not a valid id, a link leading out of the content folder, an `editions` that cannot be read, or
    /// no edition folders at all. Each of those is reported once, at its own path, and references to editions
    /// are not reported again at every reference (and no hint suggests an invalid name).
    static func checkable(_ folders: [String], reported: Bool) -> [String]? {
        reported || folders.isEmpty || folders.contains { Identifier.problem($0) != nil } ? nil : folders
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

/// One piece of a content folder's reading, done on any core (`ContentReader`): a chapter file, or an
/// edition's YAML files; and what it gives, with the context it was read with, added to the whole reading's
/// in the order a serial reading would add it.
private enum ReadJob: Sendable {
    case chapter(folder: EditionFolder, name: String)
    case yaml(folder: EditionFolder)

    enum Reading: Sendable {
        case chapter(Chapter?, ReadContext)
        case yaml(EditionYAML, ReadContext)
    }
}

/// An edition folder's YAML files, read: its header (edition.yml) and what it supersedes, its priorities,
/// themes, actions and measures. A file that is missing marks what it holds as unreadable, so that
/// references to it are not reported again.
struct EditionYAML: Sendable {
    var header: Edition?
    var supersededID: Located<String>?
    var priorities: [Priority] = []
    var themes: [Theme] = []
    var actions: [Action] = []
    var measures: [Measure] = []

    static func read(_ files: EditionFolder, _ context: inout ReadContext) -> EditionYAML {
        var yaml = EditionYAML()
        let folder = files.id
        if let (editionURL, editionShown) = files.file("edition.yml"),
           let (read, supersededID) = EditionFileReader.read(editionURL, display: editionShown, id: folder, &context) {
            yaml.header = read
            yaml.supersededID = supersededID
        } else {
            // What this edition supersedes is unknown, so its `replaces:` lists cannot be checked.
            context.markUnreadable(edition: folder, kind: .supersededItem)
        }
        if let (url, shown) = files.file("priorities.yml") {
            yaml.priorities = PriorityReader.priorities(url, display: shown, edition: folder, &context)
        } else {
            context.markUnreadable(edition: folder, kind: .priority)
        }
        if let (url, shown) = files.file("themes.yml") {
            yaml.themes = PriorityReader.themes(url, display: shown, edition: folder, &context)
        } else {
            context.markUnreadable(edition: folder, kind: .theme)
        }
        yaml.actions = files.file("actions.yml").map { ActionReader.read($0.url, display: $0.display, edition: folder, &context) } ?? []
        yaml.measures = files.file("measures.yml").map { MeasureReader.read($0.url, display: $0.display, edition: folder, &context) } ?? []
        return yaml
    }
}
