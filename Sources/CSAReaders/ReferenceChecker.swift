import CSAModel

/// Checks what can only be checked once every file is read: ids unique within an edition, and every
/// reference (lead, priority, theme, `replaces:`, `supersedes:`) naming something that exists.
enum ReferenceChecker {
    /// What references in one edition folder are checked against; there even when the folder's edition.yml
    /// could not be read.
    struct Items {
        let id: String
        /// The edition it supersedes, when its edition.yml says so.
        let supersedes: String?
        let priorities: [Priority]
        let themes: [Theme]

        func priority(_ id: String) -> Priority? { priorities.first { $0.id == id } }
        func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
    }

    /// `folders` are the edition ids `supersedes:` may name, or nil when they cannot all be known
    /// (`ContentReader.checkable`): then `supersedes:` is not checked against them.
    static func check(_ editions: [Items], folders: [String]?, site: SiteInfo?, supersedes: [String: Located<String>],
                      _ context: inout ReadContext) {
        var diagnostics = context.diagnostics
        defer { context.diagnostics = diagnostics }
        let byID = Dictionary(editions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (edition, declared) in context.declarations.sorted(by: { $0.key < $1.key }) {
            checkUnique(declared, edition: edition, &diagnostics)
        }
        for (id, target) in supersedes.sorted(by: { $0.key < $1.key }) {
            guard let folders, !folders.contains(target.value) else { continue }
            // Never the edition itself, which cannot supersede itself.
            let others = folders.filter { $0 != id }
            diagnostics.error(target.location, "edition \(id) supersedes '\(target.value)', which is not an edition in this content",
                              hint: NearestName.hint(target.value, from: others,
                                                     listing: { "name the folder of the edition this one follows: \($0)" },
                                                     none: "there is no other edition for it to follow: remove 'supersedes' (the first edition has none)"))
        }
        let looping = checkLoops(supersedes, &diagnostics)
        for reference in context.references {
            guard let edition = byID[reference.edition] else { continue }
            let id = reference.id.value
            let siteWide = reference.target == .body || reference.target == .source
            if context.isUnreadable(edition: siteWide ? "site" : edition.id, kind: reference.target, id: id) { continue }
            switch reference.target {
            case .source:
                guard let site else { continue }
                if site.source(id) == nil {
                    diagnostics.error(reference.id.location, "\(reference.from) names source '\(id)', which site.yml does not list under 'sources'",
                                      hint: SiteReader.unknownSourceHint(id, site.sources.map(\.id) + context.unreadableIDs(edition: "site", kind: .source)))
                }
            case .body:
                guard let site else { continue }
                if site.body(id) == nil {
                    diagnostics.error(reference.id.location, "\(reference.from) names body '\(id)', which site.yml does not list",
                                      hint: SiteReader.unknownBodyHint(id, site.bodies.map(\.id) + context.unreadableIDs(edition: "site", kind: .body)))
                }
            case .priority:
                if edition.priority(id) == nil {
                    diagnostics.error(reference.id.location, "\(reference.from) refers to priority '\(id)', which edition \(edition.id) does not have",
                                      hint: NearestName.hint(id, from: edition.priorities.map(\.id) + context.unreadableIDs(edition: edition.id, kind: .priority),
                                                             listing: { "its priorities are \($0); name one of them, or add '\(id)' to priorities.yml" },
                                                             none: "edition \(edition.id) has no priorities yet: add '\(id)' to its priorities.yml, or remove the reference"))
                }
            case .theme:
                if edition.theme(id) == nil {
                    diagnostics.error(reference.id.location, "\(reference.from) refers to theme '\(id)', which edition \(edition.id) does not have",
                                      hint: NearestName.hint(id, from: edition.themes.map(\.id) + context.unreadableIDs(edition: edition.id, kind: .theme),
                                                             listing: { "its themes are \($0); name one of them, or add '\(id)' to themes.yml" },
                                                             none: "edition \(edition.id) has no themes yet: add '\(id)' to its themes.yml, or remove the reference"))
                }
            case .supersededItem:
                // Which edition it really supersedes is unknown until the loop is mended.
                if looping.contains(edition.id) { continue }
                guard let previousID = edition.supersedes else {
                    diagnostics.error(reference.id.location, "\(reference.from) replaces '\(id)', but edition \(edition.id) supersedes no edition",
                                      hint: "add 'supersedes: <previous edition id>' to edition.yml")
                    continue
                }
                guard let previous = byID[previousID],
                      !context.isUnreadable(edition: previousID, kind: .priority, id: id),
                      !context.isUnreadable(edition: previousID, kind: .theme, id: id) else { continue }
                if previous.priority(id) == nil && previous.theme(id) == nil {
                    let known = previous.priorities.map(\.id) + previous.themes.map(\.id)
                        + context.unreadableIDs(edition: previousID, kind: .priority) + context.unreadableIDs(edition: previousID, kind: .theme)
                    diagnostics.error(reference.id.location,
                                      "\(reference.from) replaces '\(id)', but the superseded edition \(previousID) has no priority or theme with that id",
                                      hint: NearestName.hint(id, from: known,
                                                             listing: { "its priorities and themes are \($0); 'replaces' names one of them" },
                                                             none: "edition \(previousID) has no priorities or themes: remove 'replaces'"))
                }
            }
        }
    }

    /// Reports each loop of `supersedes:` (a supersedes b supersedes a) once, at the `supersedes:` of the edition in it
    /// with the lowest id, and returns every edition in a loop. An edition that supersedes itself is in a loop too, but
    /// is reported where its edition.yml is read.
    private static func checkLoops(_ supersedes: [String: Located<String>], _ diagnostics: inout Diagnostics) -> Set<String> {
        var looping: Set<String> = []
        for start in supersedes.keys.sorted() {
            var chain = [start]
            while let next = supersedes[chain[chain.count - 1]]?.value, !chain.contains(next) { chain.append(next) }
            guard supersedes[chain[chain.count - 1]]?.value == start else { continue }
            looping.insert(start)
            guard chain.count > 1, chain.min() == start, let location = supersedes[start]?.location else { continue }
            let steps = chain.dropFirst(2).map { ", which supersedes \($0)" }.joined()
            diagnostics.error(location, "editions supersede each other in a loop: \(start) supersedes \(chain[1])\(steps), which supersedes \(start)",
                              hint: "each edition supersedes the one before it, and the first edition has no 'supersedes'")
        }
        return looping
    }

    /// Reports each id declared twice in the same namespace of an edition, pointing at the first.
    private static func checkUnique(_ declarations: [(namespace: String, id: Located<String>)], edition: String,
                                    _ diagnostics: inout Diagnostics) {
        var seen: [String: SourceLocation] = [:]
        for (namespace, id) in declarations {
            let key = "\(namespace)\u{0}\(id.value)"
            if let first = seen[key] {
                diagnostics.error(id.location, "duplicate \(namespace) '\(id.value)' in edition \(edition)", hint: "first defined at \(first)")
            } else {
                seen[key] = id.location
            }
        }
    }
}
