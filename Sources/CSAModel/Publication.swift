/// Everything the content folder holds: the site's shared information and every edition, oldest first.
public struct Publication: Hashable, Sendable {
    public var site: SiteInfo
    public var editions: [Edition]
    /// The committee papers in `papers/`, drafted, in id order.
    public var papers: [Paper]

    public init(site: SiteInfo, editions: [Edition], papers: [Paper] = []) {
        self.site = site
        self.editions = editions
        self.papers = papers
    }

    public func edition(_ id: String) -> Edition? { editions.first { $0.id == id } }

    /// The approved edition with the latest period: the one the site shows at its root.
    public var latestApproved: Edition? {
        editions.filter { $0.status == .approved }.max { ($0.period.start, $0.id) < ($1.period.start, $1.id) }
    }

    /// The edition that supersedes the given one, if any.
    public func successor(of id: String) -> Edition? { editions.first { $0.supersedes == id } }
}
