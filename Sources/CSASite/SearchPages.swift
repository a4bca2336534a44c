/// Which pages the site search (Pagefind) indexes, and as what: one rule for the pages themselves (whose
/// `main` carries `data-pagefind-body`) and for the indexer (which is given only those pages to read).
///
/// Each chapter is indexed once, on its own page; the whole-document page, which repeats every chapter,
/// is not indexed, nor are pages that only list or compare what other pages hold (history, changes,
/// about, open data, search).
public enum SearchPages {
    /// What kind of page an indexed page is, shown beside its results ("Chapter", "Priority", ...); nil
    /// for a page that is not indexed.
    static func kind(of page: SitePage) -> String? {
        switch page {
        case .editionHome: return "Edition overview"
        case .chapter: return "Chapter"
        case .priority: return "Priority"
        case .themes: return "Cross-cutting themes"
        case .actionPlan: return "Action plan"
        case .measures: return "Measures"
        case .home, .accessibility, .notFound, .document, .about, .data, .search, .history, .changes, .papers, .paper:
            return nil
        }
    }

    /// One page of each kind that is indexed, in `edition`, with `*` for a chapter's or priority's id.
    static func indexed(in edition: String) -> [SitePage] {
        [.editionHome(edition), .themes(edition), .actionPlan(edition), .measures(edition), .chapter(edition, "*"), .priority(edition, "*")]
    }

    /// The glob (Pagefind's `--glob`, relative to the site) of the pages of `edition` that are indexed, such as
    /// `{2024-25/index.html,2024-25/themes.html,…,2024-25/chapters/*.html,2024-25/priorities/*.html}`. Pagefind
    /// then reads only those pages rather than every page of the edition (the whole-document and "What
    /// changed" pages are the largest of the site, and it would read them only to find them not indexed).
    public static func glob(edition: String) -> String {
        "{" + indexed(in: edition).map(\.path).joined(separator: ",") + "}"
    }

    /// Whether the file at `path` (relative to the site) is a page of `edition` that `glob(edition:)` matches.
    public static func isIndexed(path: String, edition: String) -> Bool { matcher(edition: edition)(path) }

    /// `isIndexed(path:edition:)` for one edition, its patterns worked out once, for testing many paths.
    public static func matcher(edition: String) -> @Sendable (String) -> Bool {
        let patterns = indexed(in: edition).map { page -> (prefix: String, suffix: String?) in
            let pattern = page.path
            guard let star = pattern.firstIndex(of: "*") else { return (pattern, nil) }
            return (String(pattern[..<star]), String(pattern[pattern.index(after: star)...]))
        }
        return { path in
            patterns.contains { prefix, suffix in
                guard let suffix else { return path == prefix }
                guard path.utf8.count > prefix.utf8.count + suffix.utf8.count, path.hasPrefix(prefix), path.hasSuffix(suffix) else { return false }
                return !path.utf8.dropFirst(prefix.utf8.count).dropLast(suffix.utf8.count).contains(UInt8(ascii: "/"))
            }
        }
    }
}
