import CSAModel
import CSAPapers
import Foundation

/// What reading one committee paper gives: the publication (site.yml, the editions the paper draws on,
/// and the paper itself, drafted, as its only paper) when nothing was wrong, and every diagnostic.
public struct PaperReading: Sendable {
    public let publication: Publication?
    public let diagnostics: Diagnostics
}

/// Reads what one committee paper needs, for `csa paper`: site.yml, the paper's file, and the editions
/// its directives draw on (with, for `changes`, the editions between the two it compares, and their
/// chapters); not the other editions, and not the other papers. All it reads is checked as `csa check`
/// checks it, and every problem is reported at once; a mistake in a file the paper does not draw on is
/// left for `csa check` and `csa build`, which read everything.
public enum PaperContentReader {
    /// Reads `papers/<id>.md` of the content folder at `path`, and what it draws on; `layouts` are the
    /// layouts the templates offer (`PaperLayoutFolder`), which its `layout:` must name (nil: not known).
    public static func read(contentDirectory path: String, paper id: String, layouts: [String]?) -> PaperReading {
        let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
        let relative = "papers/\(id).md"
        let shown = prefix.isEmpty || prefix == "." ? relative : "\(prefix)/\(relative)"
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)

        var own = ReadContext()
        var parsed: PaperReader.Parsed?
        switch FileSystem(root: path).entry(url.path, display: shown, &own.diagnostics) {
        case .file:
            parsed = PaperReader.parse(url, display: shown, &own)
        case .folder:
            own.diagnostics.error(SourceLocation(file: shown), "\(DisplayText.escaped(relative)) is a folder, not a paper",
                                  hint: PapersFolder.hint)
        case .reported:
            break
        case .none:
            own.diagnostics.error(SourceLocation(file: shown), "there is no paper '\(DisplayText.escaped(id))'",
                                  hint: "write it as \(DisplayText.escaped(relative)) in the content folder; see docs/PAPERS.md")
        }

        // The editions the directives name, read (and then the editions a comparison passes through).
        var scratch = Diagnostics()
        let paperEdition = parsed?.header?.string("edition", required: false, &scratch)
        let directives = parsed?.body.blocks.compactMap { block -> PaperDirective? in
            if case .directive(let directive) = block { return directive }
            return nil
        } ?? []
        var editions: Set<String> = [], chapters: Set<String> = []
        for directive in directives {
            if directive.name == .changes {
                let compared = [directive.value("to") ?? paperEdition, directive.value("from")].compactMap { $0 }
                editions.formUnion(compared)
                chapters.formUnion(compared)
            } else if let edition = directive.value("edition") ?? paperEdition {
                editions.insert(edition)
            }
        }
        var reading = ContentReader.read(contentDirectory: path, chaptersOf: chapters, editions: editions)
        while let publication = reading.publication {
            let more = comparedEditions(directives, paperEdition: paperEdition, in: publication)
            guard !more.editions.isSubset(of: editions) || !more.chapters.isSubset(of: chapters) else { break }
            editions.formUnion(more.editions)
            chapters.formUnion(more.chapters)
            reading = ContentReader.read(contentDirectory: path, chaptersOf: chapters, editions: editions)
        }

        var context = ReadContext()
        context.requireSources = reading.site.map { !$0.sources.isEmpty } ?? false
        context.diagnostics = reading.diagnostics
        context.unreadable = reading.unreadable
        context.diagnostics.append(contentsOf: own.diagnostics)
        guard let parsed else { return PaperReading(publication: nil, diagnostics: context.diagnostics) }
        let paper = PaperReader.check(parsed, editions: reading.checkableEditions, layouts: layouts, site: reading.site, &context)
        // As in a whole reading: the directives are drafted only from editions without errors.
        guard var publication = reading.publication, paper.draftable else {
            return PaperReading(publication: nil, diagnostics: context.diagnostics)
        }
        let drafted = PaperDrafter.draft(paper.body, paperEdition: paper.edition, in: publication, editions: reading.editionFolders)
        drafted.diagnostics.forEach { context.diagnostics.append($0) }
        guard var value = paper.paper, !context.diagnostics.hasErrors else {
            return PaperReading(publication: nil, diagnostics: context.diagnostics)
        }
        value.body = drafted.body
        publication.papers = [value]
        return PaperReading(publication: publication, diagnostics: context.diagnostics)
    }

    /// The editions the `changes` directives need beyond those they name: the edition `to=` supersedes
    /// when `from=` is not given (with its chapters), and every edition on the line of succession
    /// between the two (following `supersedes:` back from each), as far as `publication` shows it.
    static func comparedEditions(_ directives: [PaperDirective], paperEdition: String?,
                                 in publication: Publication) -> (editions: Set<String>, chapters: Set<String>) {
        var editions: Set<String> = [], chapters: Set<String> = []
        for directive in directives where directive.name == .changes {
            guard let to = directive.value("to") ?? paperEdition,
                  let from = directive.value("from") ?? publication.edition(to)?.supersedes else { continue }
            editions.insert(from)
            chapters.insert(from)
            for (start, end) in [(to, from), (from, to)] {
                var seen: Set<String> = [start]
                var current = publication.edition(start)
                while let previous = current?.supersedes, previous != end, seen.insert(previous).inserted {
                    editions.insert(previous)
                    current = publication.edition(previous)
                }
            }
        }
        return (editions, chapters)
    }
}
