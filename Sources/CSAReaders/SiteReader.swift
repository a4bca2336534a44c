import CSAModel
import Foundation

/// Reads `site.yml`: the partnership, its bodies, licence and accessibility contact.
enum SiteReader {
    static let fields = ["partnership", "title", "base_url", "language", "licence", "accessibility_contact", "bodies",
                         "sources", "unpublished_editions", "accessibility_statement"]

    static let webHint = "write the full address, such as https://www.example.gov.uk/csa/"

    /// What to do about a `source:` that names no listed source paper: the nearest listed id, or the ids listed.
    static func unknownSourceHint(_ id: String, _ listed: [String]) -> String {
        NearestName.hint(id, from: listed, listing: { "the sources are \($0); name one of them, or add the paper under 'sources' in site.yml" },
                         none: "add the paper under 'sources' in site.yml, with its id, title, body and date")
    }

    /// What to do about a lead or `body:` that names no listed body: the nearest listed id, or how to add it.
    static func unknownBodyHint(_ id: String, _ listed: [String]) -> String {
        NearestName.hint(id, from: listed) ?? "add it under 'bodies' in site.yml, with its id and name"
    }

    /// A field holding a web address (`WebAddress.problem`), reported at its value when it is not one.
    static func webAddress(_ key: String, in m: YAMLMapping, _ d: inout Diagnostics) -> String? {
        guard let text = m.string(key, &d) else { return nil }
        if let problem = key == "base_url" ? WebAddress.siteProblem(text) : WebAddress.problem(text, kind: .web) {
            d.error(m.valueLocation(key) ?? m.location, "field '\(key)' in \(m.what) \(problem), but it is \(MarkdownCheck.quoted(text))",
                    hint: webHint)
            return nil
        }
        return text
    }

    /// A field holding a plain email address (no `mailto:` or other scheme), reported at its value otherwise.
    static func emailAddress(_ key: String, in m: YAMLMapping, _ d: inout Diagnostics) -> String? {
        guard let text = m.string(key, &d) else { return nil }
        if let problem = EmailAddress.problem(text) {
            d.error(m.valueLocation(key) ?? m.location, "field '\(key)' in \(m.what) \(problem), but it is \(MarkdownCheck.quoted(text))",
                    hint: "write just the address, such as community.safety@example.org")
            return nil
        }
        return text
    }

    static func read(_ url: URL, display: String, _ context: inout ReadContext) -> SiteInfo? {
        guard let text = context.text(of: url, display: display) else { return nil }
        let source = YAMLFile(file: display, lineOffset: 0)
        guard let root = context.yaml(text, in: source),
              let map = YAMLMapping(root, in: source, what: "site.yml", allowed: fields, diagnostics: &context.diagnostics)
        else { return nil }
        var d = context.diagnostics
        defer { context.diagnostics = d }

        let partnership = map.string("partnership", &d)
        let title = map.string("title", &d)
        var baseURL = webAddress("base_url", in: map, &d)
        if let url = baseURL, !url.hasSuffix("/") { baseURL = url + "/" }
        let language = map.string("language", &d)
        // Every field of a mapping is read before any is found missing, so each mistake in it is reported.
        let licence = map.mapping("licence", what: "licence", allowed: ["name", "url"], &d).flatMap { m -> Licence? in
            let name = m.string("name", &d), url = webAddress("url", in: m, &d)
            guard let name, let url else { return nil }
            return Licence(name: name, url: url)
        }
        let contact = map.mapping("accessibility_contact", what: "accessibility_contact", allowed: ["name", "email", "phone"], &d)
            .flatMap { m -> Contact? in
                let name = m.string("name", &d), email = emailAddress("email", in: m, &d), phone = m.string("phone", required: false, &d)
                guard let name, let email else { return nil }
                return Contact(name: name, email: email, phone: phone)
            }
        var bodies: [Body] = []
        var pendingSources: [(Located<String>, String)] = []
        var seen: [String: SourceLocation] = [:]
        let bodyNodes = map.sequence("bodies", &d)
        if bodyNodes == nil { context.markUnreadable(edition: "site", kind: .body) }
        for node in bodyNodes ?? [] {
            guard let m = YAMLMapping(node, in: source, what: "body", kind: "body", allowed: ["id", "name", "abbreviation", "role", "source"],
                                      diagnostics: &d)
            else {
                context.markUnreadable(edition: "site", kind: .body)
                continue
            }
            let id = m.id("id", &d)
            // Without its id no lead can be checked against it, so leads are not reported.
            if id == nil { context.markUnreadable(edition: "site", kind: .body) }
            let name = m.string("name", &d)
            let abbreviation = m.string("abbreviation", required: false, &d)
            let role = m.string("role", required: false, &d)
            let roleSources = ProvenanceField.ids(m, "source", &d)
            if role != nil, !m.written("source"), map.has("sources") {
                d.error(m.location, "\(m.what) has a role but names no source",
                        hint: "add 'source: <paper id>' naming the paper its role is taken from, or remove the role")
            }
            pendingSources += roleSources.map { ($0, m.what) }
            guard let id, let name else {
                if let id { context.markUnreadable(edition: "site", kind: .body, id: id.value) }
                continue
            }
            if let first = seen[id.value] {
                d.error(id.location, "duplicate body id '\(id.value)'", hint: "first defined at \(first)")
                continue
            }
            seen[id.value] = id.location
            bodies.append(Body(id: id.value, name: name, abbreviation: abbreviation, role: role, sources: roleSources.map(\.value), location: m.location))
        }
        let sources = readSources(map, bodies: bodies, &d, &context)
        // A source whose id is fine but whose other fields are not is still a source (its mistake was reported).
        let read = context  // what was read so far, for the closure, which cannot capture an inout parameter
        let isSource = { (id: String) in sources.contains { $0.id == id } || read.isUnreadable(edition: "site", kind: .source, id: id) }
        for (id, from) in pendingSources where !isSource(id.value) {
            d.error(id.location, "\(from) names source '\(id.value)', which site.yml does not list under 'sources'",
                    hint: unknownSourceHint(id.value, sources.map(\.id)))
        }
        let unpublished = readUnpublished(map, sources: sources, isSource: isSource, &d)
        let statement = readStatement(map, &d)
        guard let partnership, let title, let baseURL, let language, let licence, let contact, let statement else { return nil }
        return SiteInfo(partnership: partnership, title: title, baseURL: baseURL, language: language, licence: licence,
                        accessibilityContact: contact, bodies: bodies, sources: sources, unpublished: unpublished,
                        accessibility: statement, location: source.start)
    }
}
