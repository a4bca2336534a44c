import CSAMarkdown
import CSAModel
import Yams

/// Reads a paper's front matter: the layout, the edition it reports on, the header block (from/by, to,
/// meeting date, subject, classification, pathway, electoral division, decision number, summary,
/// recommendations, background documents, appendices, attachments, contacts) and where its facts come
/// from. Every problem is reported at its field, and reading carries on.
enum PaperHeaderReader {
    static let fields = ["layout", "edition", "from", "by", "to", "meeting_date", "subject", "classification", "past_pathway",
                         "future_pathway", "electoral_division", "decision_number", "summary", "recommendations",
                         "background_documents", "appendices", "attachments", "contacts", "source", "illustrative"]
    /// The fields `illustrative:` may name: every field of the header.
    static let markable = fields.filter { !["layout", "edition", "source", "illustrative"].contains($0) }
    static let personFields = ["name", "role"]
    static let recommendationFields = ["lead_in", "marker", "items"]
    static let appendixFields = ["label", "title"]
    static let contactFields = ["heading", "name", "role", "phone", "email"]

    /// What the front matter gives; nil parts could not be read (their errors are reported).
    struct Header {
        var layout: String?
        var edition: String?
        /// True when `edition:` names no edition: its directives are then not drafted, as their
        /// default edition is unknown (one mistake, one error).
        var editionUnknown = false
        var header: PaperHeader?
        var provenance = Provenance()
    }

    /// `editions` are the edition ids in the content (nil when they cannot all be known, as when an edition
    /// folder's name is not a valid id: then `edition:` is not checked, and not drafted); `layouts` the layouts
    /// the templates offer (nil: not known, so any layout is taken, and the command that writes the paper finds out).
    static func read(_ m: YAMLMapping, editions: [String]?, layouts: [String]?, site: SiteInfo?, _ context: inout ReadContext) -> Header {
        var result = Header()
        let provenance = ProvenanceField.read(m, markable: markable, edition: "", &context)
        result.provenance = provenance
        var d = context.diagnostics
        defer { context.diagnostics = d }
        if let site {
            // The ids again with their places; ProvenanceField.read has already reported any that is not an id.
            var again = Diagnostics()
            // A source listed but not read (its mistake was reported) is not reported again here.
            for id in ProvenanceField.ids(m, "source", &again)
            where site.source(id.value) == nil && !context.isUnreadable(edition: "site", kind: .source, id: id.value) {
                d.error(id.location, "\(m.what) names source '\(id.value)', which site.yml does not list under 'sources'",
                        hint: SiteReader.unknownSourceHint(id.value, site.sources.map(\.id)))
            }
        }
        if let layout = m.string("layout", &d) {
            if layouts?.contains(layout) ?? true {
                result.layout = layout
            } else if let layouts, let at = m.valueLocation("layout") {
                let files = "each layout is a file in the templates folder's papers/"
                if layouts.isEmpty {
                    d.error(at, "field 'layout' in \(m.what) is '\(DisplayText.escaped(layout))', but the templates have no paper layouts",
                            hint: "\(files): add \(DisplayText.escaped(layout)).yml there; see docs/PAPERS.md")
                } else {
                    d.error(at, "field 'layout' in \(m.what) must be one of \(layouts.joined(separator: ", ")), but it is '\(DisplayText.escaped(layout))'",
                            hint: NearestName.hint(layout, from: layouts) ?? "\(files) (\(layouts.map { "\($0).yml" }.joined(separator: ", "))); to make a new one, add its file there; see docs/PAPERS.md")
                }
            }
        }
        if let edition = m.string("edition", required: false, &d) {
            if let editions, editions.contains(edition) {
                result.edition = edition
            } else if let editions, let at = m.valueLocation("edition") {
                result.editionUnknown = true
                d.error(at, "\(m.what) reports on edition '\(DisplayText.escaped(edition))', which is not an edition in this content",
                        hint: NearestName.hint(edition, from: editions, listing: { "the editions are \($0)" },
                                               none: "there are no editions yet: add a folder editions/<id>/, or remove 'edition:'"))
            } else {
                // The editions are not all known (reported where they are): neither checked nor drafted.
                result.editionUnknown = true
            }
        }
        let from = people("from", m, &d), by = people("by", m, &d)
        if from.isEmpty && by.isEmpty && !m.written("from") && !m.written("by") {
            d.error(m.location, "\(m.what) names nobody under 'from' or 'by'",
                    hint: "add 'from:' (a council committee paper) or 'by:' (a partnership paper) with each person's name and role")
        }
        let to = m.string("to", &d)
        let meeting = m.date("meeting_date", &d)
        let subject = m.string("subject", &d)
        let classification = m.string("classification", &d)
        let optional = { (key: String) in m.string(key, required: false, &d) }
        let pastPathway = optional("past_pathway"), futurePathway = optional("future_pathway")
        let division = optional("electoral_division"), decision = optional("decision_number")
        var summary: [Block] = []
        if let document = m.markdown("summary", required: false, &d) {
            let place = place(m, "summary", &d)
            MarkdownCheck.check(document, at: place, &d)
            summary = MarkdownLines.blocks(document.blocks) { line in place.firstLine.map { $0 + line - 1 } ?? place.fallback.line }
        }
        let recommendations = readRecommendations(m, &d)
        let background = inlineList("background_documents", m, &d)
        let appendices = readAppendices(m, &d)
        let attachments = inlineList("attachments", m, &d)
        let contacts = readContacts(m, &d)
        guard let to, let meeting, let subject, let classification else { return result }
        result.header = PaperHeader(from: from, by: by, to: to, meetingDate: meeting, subject: subject, classification: classification,
                                    pastPathway: pastPathway, futurePathway: futurePathway, electoralDivision: division,
                                    decisionNumber: decision, summary: summary, recommendations: recommendations,
                                    backgroundDocuments: background, appendices: appendices, attachments: attachments, contacts: contacts)
        return result
    }

    /// Where a Markdown field's lines are: a literal block (`|`) keeps its lines; any other style is placed at the value.
    private static func place(_ m: YAMLMapping, _ key: String, _ d: inout Diagnostics) -> MarkdownPlace {
        let node = m.node(key, required: false, &d)
        let at = node.map { m.source.location($0) } ?? m.location
        var firstLine: Int?
        if case .scalar(let scalar)? = node, scalar.style == .literal { firstLine = at.line + 1 }
        var place = MarkdownPlace(file: at.file, lines: SourceLines(m.source.lines), firstLine: firstLine, fallback: at)
        if case .scalar(let scalar)? = node, !m.source.lines.isEmpty {
            place.region = YAMLScalarSource(lines: place.lines, start: at, style: scalar.style).region
        }
        return place
    }

    /// One line of Markdown (a recommendation, a document's name): it must be one paragraph.
    static func inlines(_ node: Node, _ what: String, _ m: YAMLMapping, _ d: inout Diagnostics) -> [Inline]? {
        guard case .scalar(let scalar) = node else {
            d.error(m.source.location(node), "\(what) must be text, but it is \(YAMLFile.describe(node))",
                    hint: "write it as one line of text (in double quotes if it contains ': ' or starts with '[', '{' or '-')")
            return nil
        }
        let at = m.source.location(node)
        let document = MarkdownText.parse(scalar.string, holder: what, at: { _, _ in at }, &d)
        var place = MarkdownPlace(file: at.file, lines: SourceLines(m.source.lines), firstLine: nil, fallback: at)
        if !m.source.lines.isEmpty { place.region = YAMLScalarSource(lines: place.lines, start: at, style: scalar.style).region }
        MarkdownCheck.check(document, at: place, &d)
        guard document.blocks.count == 1, case .paragraph(let inlines) = document.blocks[0].kind else {
            d.error(at, "\(what) must be one paragraph of text, but it is \(document.blocks.isEmpty ? "empty" : "\(document.blocks.count == 1 ? "a list, heading or other block" : "\(document.blocks.count) blocks")")",
                    hint: "write it on one line, or as one paragraph in quotes; Markdown emphasis and links are allowed")
            return nil
        }
        return MarkdownLines.inlines(inlines) { _ in at.line }
    }

    private static func inlineList(_ key: String, _ m: YAMLMapping, _ d: inout Diagnostics) -> [[Inline]] {
        (m.sequence(key, required: false, &d) ?? []).compactMap { inlines($0, "each entry of '\(key)' in \(m.what)", m, &d) }
    }

    /// People under `from:` or `by:`: each a name, or a mapping with `name` and `role`.
    private static func people(_ key: String, _ m: YAMLMapping, _ d: inout Diagnostics) -> [PaperPerson] {
        guard let items = m.sequence(key, required: false, &d) else { return [] }
        if items.isEmpty { d.error(m.keyLocation(key) ?? m.location, "'\(key)' in \(m.what) is an empty list", hint: "name each person with 'name:' and 'role:'") }
        return items.compactMap { item in
            if case .scalar(let scalar) = item, !scalar.string.isEmpty { return PaperPerson(name: scalar.string) }
            guard let p = YAMLMapping(item, in: m.source, what: "a person under '\(key)' in \(m.what)", allowed: personFields, diagnostics: &d)
            else { return nil }
            let name = p.string("name", &d), role = p.string("role", required: false, &d)
            guard let name else { return nil }
            return PaperPerson(name: name, role: role)
        }
    }

    private static func readRecommendations(_ m: YAMLMapping, _ d: inout Diagnostics) -> PaperRecommendations? {
        guard let r = m.mapping("recommendations", what: "'recommendations' in \(m.what)", allowed: recommendationFields, required: false, &d) else { return nil }
        let leadIn = r.node("lead_in", required: false, &d).flatMap { inlines($0, "'lead_in' of the recommendations in \(m.what)", r, &d) } ?? []
        var marker = PaperRecommendations.Marker.lettered
        if let word = r.string("marker", required: false, &d) {
            if let chosen = PaperRecommendations.Marker(rawValue: word) {
                marker = chosen
            } else if let at = r.valueLocation("marker") {
                d.error(at, "field 'marker' of the recommendations in \(m.what) must be lettered or numbered, but it is '\(DisplayText.escaped(word))'",
                        hint: NearestName.hint(word, from: ["lettered", "numbered"]) ?? "lettered gives (a), (b); numbered gives 1, 2")
            }
        }
        guard let nodes = r.sequence("items", &d) else { return nil }
        if nodes.isEmpty { d.error(r.keyLocation("items") ?? r.location, "the recommendations in \(m.what) have no items", hint: "write each recommendation as a '- ' line under 'items:'") }
        let items = nodes.compactMap { inlines($0, "each recommendation in \(m.what)", r, &d) }
        return PaperRecommendations(leadIn: leadIn, marker: marker, items: items)
    }

    private static func readAppendices(_ m: YAMLMapping, _ d: inout Diagnostics) -> [PaperAppendix] {
        (m.sequence("appendices", required: false, &d) ?? []).compactMap { node in
            guard let a = YAMLMapping(node, in: m.source, what: "an appendix in \(m.what)", allowed: appendixFields, diagnostics: &d) else { return nil }
            let label = a.string("label", &d)
            let title = a.node("title", required: true, &d).flatMap { inlines($0, "the title of an appendix in \(m.what)", a, &d) }
            guard let label, let title else { return nil }
            return PaperAppendix(label: label, title: title)
        }
    }

    private static func readContacts(_ m: YAMLMapping, _ d: inout Diagnostics) -> [PaperContact] {
        (m.sequence("contacts", required: false, &d) ?? []).compactMap { node in
            guard var c = YAMLMapping(node, in: m.source, what: "a contact in \(m.what)", allowed: contactFields, diagnostics: &d) else { return nil }
            let name = c.string("name", &d)
            if let name { c.what = "contact '\(name)' in \(m.what)" }
            let heading = c.string("heading", &d)
            let role = c.string("role", required: false, &d)
            var phone = c.string("phone", required: false, &d)
            if let number = phone, let at = c.valueLocation("phone"), !isPhoneNumber(number) {
                d.error(at, "field 'phone' in \(c.what) must be a telephone number, but it is '\(DisplayText.escaped(number))'",
                        hint: "write digits, spaces and, if needed, a leading +, such as 03000 413427")
                phone = nil
            }
            var email = c.string("email", required: false, &d)
            if let address = email, let at = c.valueLocation("email"), let problem = EmailAddress.problem(address) {
                d.error(at, "field 'email' in \(c.what) \(problem)", hint: "write the address alone, such as name@kent.gov.uk")
                email = nil
            }
            guard let name, let heading else { return nil }
            return PaperContact(heading: heading, name: name, role: role, phone: phone, email: email)
        }
    }

    /// Digits, spaces, brackets, hyphens and a leading plus, with at least one digit.
    static func isPhoneNumber(_ text: String) -> Bool {
        text.contains { $0.isASCII && $0.isNumber }
            && text.enumerated().allSatisfy { i, c in (c.isASCII && c.isNumber) || " ()-".contains(c) || (c == "+" && i == 0) }
    }
}
