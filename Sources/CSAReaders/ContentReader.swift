import CSAModel
import Foundation

/// What reading a content folder gives: the publication when nothing was wrong, and every diagnostic.
public struct ContentReading: Sendable {
    public let publication: Publication?
    public let diagnostics: Diagnostics
}

/// Reads a whole content folder (`site.yml` and `editions/<id>/...`) into a validated `Publication`.
///
/// Every file is read even after errors, so one run reports every problem.
public enum ContentReader {
    public static func read(contentDirectory path: String) -> ContentReading {
        var context = ReadContext()
        let root = URL(fileURLWithPath: path)
        let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
        func display(_ relative: String) -> String { prefix.isEmpty || prefix == "." ? relative : "\(prefix)/\(relative)" }
        let fm = FileManager.default

        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            context.diagnostics.error(SourceLocation(file: prefix), "content folder not found",
                                      hint: "run from the project folder, or pass --content DIR")
            return ContentReading(publication: nil, diagnostics: context.diagnostics)
        }

        let siteURL = root.appendingPathComponent("site.yml")
        var site: SiteInfo?
        if fm.fileExists(atPath: siteURL.path) {
            site = SiteReader.read(siteURL, display: display("site.yml"), &context)
            context.requireSources = site.map { !$0.sources.isEmpty } ?? false
        } else {
            context.diagnostics.error(SourceLocation(file: display("site.yml")), "missing site.yml",
                                      hint: "create it with the partnership's name and bodies; see docs/CONTENT.md")
        }

        let editionsURL = root.appendingPathComponent("editions")
        let folders = ((try? fm.contentsOfDirectory(atPath: editionsURL.path)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .filter { var dir: ObjCBool = false; return fm.fileExists(atPath: editionsURL.appendingPathComponent($0).path, isDirectory: &dir) && dir.boolValue }
            .sorted()
        if folders.isEmpty {
            context.diagnostics.error(SourceLocation(file: display("editions")), "no editions found",
                                      hint: "add a folder editions/<id>/ with an edition.yml; see docs/CONTENT.md")
        }

        var editions: [Edition] = []
        var supersedes: [String: Located<String>] = [:]
        for folder in folders {
            let base = "editions/\(folder)"
            if let problem = Identifier.problem(folder) {
                context.diagnostics.error(SourceLocation(file: display("\(base)/edition.yml")), "edition folder name: \(problem)",
                                          hint: "name edition folders like '2024-25'")
                continue
            }
            let files = EditionFolder(id: folder, url: editionsURL.appendingPathComponent(folder), display: display(base),
                                      &context.diagnostics)
            guard let (editionURL, editionShown) = files.file("edition.yml"),
                  let (header, supersededID) = EditionFileReader.read(editionURL, display: editionShown, id: folder, &context)
            else { continue }
            var edition = header
            if let supersededID { supersedes[folder] = supersededID }

            if let (url, shown) = files.file("priorities.yml") {
                edition.priorities = PriorityReader.priorities(url, display: shown, edition: folder, &context)
            } else {
                context.markUnreadable(edition: folder, kind: .priority)
            }
            if let (url, shown) = files.file("themes.yml") {
                edition.themes = PriorityReader.themes(url, display: shown, edition: folder, &context)
            } else {
                context.markUnreadable(edition: folder, kind: .theme)
            }
            if let (url, shown) = files.file("actions.yml") { edition.actions = ActionReader.read(url, display: shown, edition: folder, &context) }
            if let (url, shown) = files.file("measures.yml") { edition.measures = MeasureReader.read(url, display: shown, edition: folder, &context) }

            let chaptersURL = files.url.appendingPathComponent("chapters")
            edition.chapters = files.chapterFiles
                .compactMap { ChapterReader.read(chaptersURL.appendingPathComponent($0), display: display("\(base)/chapters/\($0)"), edition: folder, &context) }
                .sorted { ($0.appendix == nil ? 0 : 1, $0.order, $0.id) < ($1.appendix == nil ? 0 : 1, $1.order, $1.id) }
            editions.append(edition)
        }
        editions.sort { ($0.period.start, $0.id) < ($1.period.start, $1.id) }

        ReferenceChecker.check(editions, folders: folders, site: site, supersedes: supersedes, &context)
        for gap in site?.unpublished ?? [] where !folders.contains(gap.after) {
            context.diagnostics.error(gap.location, "unpublished editions come after '\(gap.after)', which is not an edition in this content",
                                      hint: NearestName.hint(gap.after, from: folders) ?? "name the folder of the published edition they follow")
        }

        guard let site, !context.diagnostics.hasErrors else {
            return ContentReading(publication: nil, diagnostics: context.diagnostics)
        }
        return ContentReading(publication: Publication(site: site, editions: editions), diagnostics: context.diagnostics)
    }
}
