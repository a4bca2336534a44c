/// Every kind of page the site has, and the path each lives at (relative to the site root).
///
/// Paths are files, never folders, so that every relative link also works when the site is opened from disk.
enum SitePage: Hashable, Sendable {
    case home
    case accessibility
    case notFound
    case editionHome(String)
    case chapter(String, String)
    case document(String)
    case priority(String, String)
    case themes(String)
    case actionPlan(String)
    case measures(String)
    case about(String)
    case data(String)
    case search(String)
    /// The history of every priority and theme of an edition, across every edition.
    case history(String)
    /// What changed since the edition this one supersedes (only editions that supersede another have it).
    case changes(String)
    /// The list of committee papers.
    case papers
    /// A committee paper's page; its Word and PDF versions sit beside it (`paperFile`).
    case paper(String)

    var path: String {
        switch self {
        case .home: return "index.html"
        case .accessibility: return "accessibility.html"
        case .notFound: return "404.html"
        case .editionHome(let e): return "\(e)/index.html"
        case .chapter(let e, let id): return "\(e)/chapters/\(id).html"
        case .document(let e): return "\(e)/document.html"
        case .priority(let e, let id): return "\(e)/priorities/\(id).html"
        case .themes(let e): return "\(e)/themes.html"
        case .actionPlan(let e): return "\(e)/action-plan.html"
        case .measures(let e): return "\(e)/measures.html"
        case .about(let e): return "\(e)/about.html"
        case .data(let e): return "\(e)/data.html"
        case .search(let e): return "\(e)/search.html"
        case .history(let e): return "\(e)/history.html"
        case .changes(let e): return "\(e)/changes.html"
        case .papers: return "papers/index.html"
        case .paper(let id): return "papers/\(id).html"
        }
    }

    /// The path of a paper's file in another format (`docx`, `pdf`), beside its page.
    static func paperFile(_ id: String, _ fileExtension: String) -> String { "papers/\(id).\(fileExtension)" }

    /// The edition a page belongs to, if any.
    var edition: String? {
        switch self {
        case .home, .accessibility, .notFound, .papers, .paper: return nil
        case .editionHome(let e), .chapter(let e, _), .document(let e), .priority(let e, _), .themes(let e),
             .actionPlan(let e), .measures(let e), .about(let e), .data(let e), .search(let e), .history(let e),
             .changes(let e):
            return e
        }
    }

    /// The same kind of page in another edition (for chapters and priorities, the id is decided by the caller).
    func inEdition(_ other: String) -> SitePage {
        switch self {
        case .home, .accessibility, .notFound, .papers, .paper: return self
        case .editionHome: return .editionHome(other)
        case .chapter(_, let id): return .chapter(other, id)
        case .document: return .document(other)
        case .priority(_, let id): return .priority(other, id)
        case .themes: return .themes(other)
        case .actionPlan: return .actionPlan(other)
        case .measures: return .measures(other)
        case .about: return .about(other)
        case .data: return .data(other)
        case .search: return .search(other)
        case .history: return .history(other)
        case .changes: return .changes(other)
        }
    }
}

/// Relative links between files of the site.
enum SiteLinks {
    /// The link from the page at `from` to the file at `to`, both relative to the site root: the folders
    /// both share are skipped, and `../` climbs out of each folder of `from` that is left. Works on the
    /// paths' bytes, making no arrays, because every link of every page comes through here.
    static func relative(from: String, to: String) -> String {
        let slash = UInt8(ascii: "/")
        let fromBytes = from.utf8, toBytes = to.utf8
        var f = fromBytes.startIndex, t = toBytes.startIndex
        // Skip folders the two share, while `from` has a folder left and `to` has a folder before its last part.
        while let fEnd = fromBytes[f...].firstIndex(of: slash), let tEnd = toBytes[t...].firstIndex(of: slash),
              fromBytes[f..<fEnd].elementsEqual(toBytes[t..<tEnd]) {
            f = fromBytes.index(after: fEnd)
            t = toBytes.index(after: tEnd)
        }
        var ups = 0
        var previous = slash
        for byte in fromBytes[f...] {
            // A folder ends at each slash that follows a name (an empty name between two slashes is no folder).
            if byte == slash, previous != slash { ups += 1 }
            previous = byte
        }
        var link = String(repeating: "../", count: ups)
        link += Substring(toBytes[t...])
        return link
    }
}
