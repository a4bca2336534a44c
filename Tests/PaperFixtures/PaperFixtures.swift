import CSAMarkdown
import CSAModel

/// Hand-made committee papers for the writers' tests, shaped like the seed papers (in their own
/// words): `cabinetCommittee` has seed 003's anatomy (the full county council header, sections with
/// numbered paragraphs, a footnote, a table, two appendices and contacts under two headings);
/// `partnershipUpdate` is a partnership paper like seed 002; `decision` a decision paper like seed 001.
public enum PaperFixtures {
    /// Markdown parsed into blocks; the fixtures' Markdown is valid, so a refusal gives no blocks.
    public static func blocks(_ markdown: String) -> [Block] {
        (try? MarkdownParser.parse(markdown).blocks) ?? []
    }

    /// One line of Markdown as inlines (the content of its first paragraph).
    public static func inlines(_ markdown: String) -> [Inline] {
        guard case .paragraph(let content)? = blocks(markdown).first?.kind else { return [] }
        return content
    }

    static func body(_ markdown: String) -> [PaperBlock] { blocks(markdown).map { .block($0) } }

    /// A date the fixtures know exists.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day) ?? CalendarDate(year: 2000, month: 1, day: 1)!
    }

    public static let cabinetCommittee: Paper = {
        var body = PaperFixtures.body("""
            ## Background

            The Crime and Disorder Act 1998 made councils, the police and their partners jointly responsible for reducing crime and disorder in their area.

            As the upper tier authority, the County Council leads the work on the county agreement.

            ## Kent Community Safety Agreement

            The agreement is owned by the Kent Community Safety Partnership and refreshed each year.

            ### Priorities

            - Anti-Social Behaviour
            - Domestic Abuse
            - Road Safety

            A new agreement is being drafted for 2018/19, and its draft priorities are shown below.
            """)
        // The first paragraph refers to footnote 1, as seed 003's first paragraph does.
        if case .block(var first)? = body.dropFirst().first, case .paragraph(var content) = first.kind {
            content.append(Inline(.footnoteReference("kcsp"), line: first.line))
            first.kind = .paragraph(content)
            body[1] = .block(first)
        }
        body.append(.table(PaperTable(caption: "Action plan status, 2018/19", header: ["Status", "Actions"],
                                      rows: [[inlines("Amber (in progress)"), inlines("26")], [inlines("Red"), inlines("0")]], line: 22)))
        body += PaperFixtures.body("""
            ## Financial Implications

            Each partner contributes £16,000 a year to a pooled budget.

            ## Recommendation(s)

            The Cabinet Committee is asked to:

            1. endorse the agreement; and
            2. note the progress made.
            """)
        let header = PaperHeader(
            from: [PaperPerson(name: "Mike Hill", role: "Cabinet Member for Community & Regulatory Services"),
                   PaperPerson(name: "Barbara Cooper", role: "Corporate Director of Growth, Environment & Transport")],
            to: "Environment and Transport Cabinet Committee", meetingDate: date(2018, 3, 20),
            subject: "The Kent Community Safety Agreement and the integrated Kent Community Safety Team",
            classification: "Unrestricted", pastPathway: nil, futurePathway: nil, electoralDivision: "Countywide",
            summary: blocks("This report presents the agreement's draft priorities for 2018/19 and the team's progress."),
            recommendations: PaperRecommendations(leadIn: inlines("The Cabinet Committee is asked to:"), marker: .lettered,
                                                  items: [inlines("endorse the agreement; and"), inlines("note the **progress** made.")]),
            backgroundDocuments: [inlines("None")],
            appendices: [PaperAppendix(label: "Appendix 1", title: inlines("The Kent Community Safety Agreement")),
                         PaperAppendix(label: "Appendix 2", title: inlines("Memorandum of Understanding"))],
            contacts: [PaperContact(heading: "Report Author", name: "Shafick Peerbux", role: "Head of Community Safety",
                                    phone: "03000 413431", email: "shafick.peerbux@kent.gov.uk"),
                       PaperContact(heading: "Relevant Director", name: "Katie Stewart", role: "Director of Environment, Planning and Enforcement",
                                    phone: "03000 418827", email: "katie.stewart@kent.gov.uk")])
        return Paper(id: "cabinet-committee-2018", layout: "council", header: header, body: body,
                     footnotes: [PaperFootnote(label: "kcsp", content: inlines("The county strategy group of every partner."))],
                     edition: "2018-19")
    }()

    public static let partnershipUpdate: Paper = {
        let header = PaperHeader(
            by: [PaperPerson(name: "Shafick Peerbux", role: "Head of Community Safety, KCC")],
            to: "Kent Community Safety Partnership", meetingDate: date(2024, 11, 21),
            subject: "Kent Community Safety Agreement Update", classification: "For Information",
            summary: blocks("Progress with the action plan and the coming strategic assessments."),
            contacts: [PaperContact(heading: "For further information", name: "Shirley Brinson", role: "Community Safety Team Leader",
                                    email: "shirley.brinson@kent.gov.uk")])
        return Paper(id: "partnership-update-2024", layout: "partnership", header: header, body: PaperFixtures.body("""
            ## Background

            The agreement is refreshed every year.

            ## Action Plan Update

            All of the actions are in progress.

            The plan remains a live document.

            ## Appendix A: Performance Monitoring

            Each measure is compared with the same period of the previous year.
            """))
    }()

    public static let decision: Paper = {
        let header = PaperHeader(
            by: [PaperPerson(name: "Mike Hill", role: "Cabinet Member, Customer & Communities")],
            to: "County Council", meetingDate: date(2012, 9, 13),
            subject: "Community Safety Framework 2012-2015", classification: "Unrestricted",
            summary: blocks("Approval of the council's framework for community safety."),
            backgroundDocuments: [inlines("A Framework for Community Safety in Kent 2012 – 2015.")],
            contacts: [PaperContact(heading: "Contact", name: "Jim Parris", role: "Community Safety Manager, KCC",
                                    email: "james.parris@kent.gov.uk")])
        return Paper(id: "framework-decision-2012", layout: "decision", header: header, body: PaperFixtures.body("""
            ## Introduction

            The framework shows how council services help to prevent crime.

            ## Community Safety Framework

            The Crime and Disorder Act 1998 created a duty to work together.

            Community safety remains a high priority for the council.

            ## Recommendation

            The County Council approves the framework.
            """))
    }()
}

import CSAReaders
import Foundation

extension PaperFixtures {
    /// The package's own `Templates/papers/`.
    public static let layoutsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates/papers")

    /// A layout read from the package's `Templates/papers/<name>.yml`; a layout that cannot be read
    /// is a programming error in the package, reported by the layout reader's own tests.
    public static func layout(_ name: String) -> PaperLayout? {
        let file = layoutsFolder.appendingPathComponent("\(name).yml")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return try? PaperLayoutReader.read(name: name, text: text, file: "Templates/papers/\(name).yml").get()
    }

    /// Every layout in the package, by name.
    public static var layouts: [String: PaperLayout] {
        var all: [String: PaperLayout] = [:]
        for name in ["council", "partnership", "decision"] { all[name] = layout(name) }
        return all
    }
}

import CSASite

extension PaperFixtures {
    /// A publication of the fixture papers with a plain Kent site and no editions.
    public static func publication(_ papers: [Paper] = [cabinetCommittee, partnershipUpdate, decision]) -> Publication {
        let here = SourceLocation(file: "fixture")
        let site = SiteInfo(partnership: "Kent Community Safety Partnership", title: "Kent Community Safety Agreement",
                            baseURL: "https://example.org/csa/", language: "en-GB",
                            licence: Licence(name: "Open Government Licence v3.0", url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
                            accessibilityContact: Contact(name: "Kent Community Safety Team", email: "kcst@example.org", phone: nil),
                            bodies: [], location: here)
        return Publication(site: site, editions: [], papers: papers)
    }

    /// The package's own `Templates/`, read as `csa build` reads it: templates, assets and layouts.
    public static func theme() throws -> SiteTheme {
        let root = layoutsFolder.deletingLastPathComponent()
        var templates: [String: SiteTheme.TemplateSource] = [:]
        var assets: [String: [UInt8]] = [:]
        let base = root.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) ?? .init() {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            if relative.hasSuffix(".mustache") {
                templates[String(relative.dropLast(".mustache".count))] = .init(file: relative, text: try String(contentsOf: url, encoding: .utf8))
            } else if relative.hasPrefix("assets/"), !url.hasDirectoryPath {
                assets[relative] = [UInt8](try Data(contentsOf: url))
            }
        }
        return SiteTheme(templates: templates, assets: assets, paperLayouts: layouts)
    }
}
