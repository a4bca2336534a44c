import CSAModel

/// What every page's layout shows around its content: header, edition navigation, notices, the
/// edition switcher and the footer. Stored properties only, because templates read them by name.
struct PageFrame {
    let lang: String
    /// The page's `h1`.
    let title: String
    /// The `<title>`: page, edition, site.
    let documentTitle: String
    let description: String
    let siteTitle: String
    let partnership: String
    /// The prefix from this page to the site root, e.g. `../../`.
    let root: String
    let homeHref: String
    let accessibilityHref: String
    let feedHref: String
    let cssHref: String
    let printCSSHref: String
    let canonical: String
    let edition: EditionNav?
    let notice: Notice?
    let switcher: [SwitchLink]
    /// Where every edition is listed, when the switcher lists only some of them (`FrameBuilder.switcherLimit`).
    let allEditionsHref: String?
    /// "125 editions".
    let editionCountText: String
    let breadcrumbs: [Crumb]
    let licenceName: String
    let licenceURL: String
    /// Structured data for the page, already JSON and safe inside `<script>`.
    let jsonLD: String?
    let scripts: [String]
    /// Search from this page: the search page to send the query to, and how Pagefind indexes this page.
    let search: SearchFrame
    /// The running head of printed pages (the edition's or the site's title, a paper's subject), escaped for a CSS string.
    let printHeadCSS: String
    /// The list of committee papers, linked from every page's footer; nil when there are none.
    let papersHref: String?
    /// A stylesheet only this page needs (a paper's), after the site's own.
    let stylesheetHref: String?
}

/// A page's part in site search (Pagefind): where the header's search form goes, and whether and under
/// which edition the page's main content is indexed.
struct SearchFrame {
    /// The search page of the page's own edition (or of the current edition on pages of no edition).
    let href: String
    /// True on the pages whose `main` is indexed (each edition has its own index): overviews, chapters,
    /// priorities, themes, action plan, measures.
    let indexed: Bool
    /// What kind of page an indexed page is, shown beside its results: "Chapter", "Priority", ...
    let kind: String?
    /// Where search results from this page's edition are listed first.
    let preferredEdition: String?
}

/// The edition a page belongs to, with its navigation links.
struct EditionNav {
    let id: String
    let title: String
    let href: String
    let isDraft: Bool
    let periodText: String
    let links: [NavLink]
}

/// A link in a navigation list; `current` marks the page being shown (`aria-current`).
struct NavLink {
    let text: String
    let href: String
    let current: Bool
}

/// A notice at the top of a page: a draft edition, or one a later edition supersedes.
struct Notice {
    let isDraft: Bool
    let heading: String
    let text: String
    let linkHref: String?
    let linkText: String?
}

/// One entry of "this page in other editions".
struct SwitchLink {
    let label: String
    let href: String
    let current: Bool
    /// Said when the page does not exist there and the link goes to that edition's home.
    let note: String?
}

/// A breadcrumb.
struct Crumb {
    let text: String
    let href: String
}
