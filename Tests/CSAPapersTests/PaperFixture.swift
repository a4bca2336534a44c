import CSAModel
import CSAPapers

/// A small publication built in code for drafting tests, and helpers that parse a directive line and
/// show drafted blocks as plain lines.
enum PaperFixture {
    static let here = SourceLocation(file: "fixture")

    static func date(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { preconditionFailure("fixture date \(text)") }
        return date
    }

    static func measure(_ id: String, priority: String, title: String, unit: String, values: [(String, Double)],
                        illustrative: Bool) -> Measure {
        Measure(id: id, priority: priority, title: title, unit: unit, better: .lower,
                values: values.map { MeasureValue(period: $0.0, value: $0.1) }, source: "Police records",
                provenance: Provenance(sources: illustrative ? [] : ["paper-2024"], illustrative: illustrative ? .fields(["values"]) : .none),
                location: here)
    }

    static var publication: Publication {
        let site = SiteInfo(partnership: "Testshire Community Safety Partnership", title: "Testshire Community Safety Agreement",
                            baseURL: "https://csa.example.org/", language: "en-GB",
                            licence: Licence(name: "OGL", url: "https://example.org/ogl"),
                            accessibilityContact: Contact(name: "Team", email: "team@example.org"),
                            bodies: [Body(id: "tcsp", name: "Testshire Community Safety Partnership", location: here), Body(id: "police", name: "Testshire Police", location: here)],
                            location: here)
        let old = Edition(
            id: "2023-24", title: "Testshire Community Safety Agreement 2023-24",
            period: Period(start: date("2023-04-01"), end: date("2024-03-31")), status: .approved,
            approval: Approval(date: date("2023-03-20"), body: "tcsp"), supersedes: nil,
            priorities: [Priority(id: "asb", title: "Anti-social behaviour", description: Document(blocks: []), lead: "police", themes: [], replaces: [], location: here)],
            actions: [Action(id: "asb-01", priorities: ["asb"], themes: [], description: "Run ASB workshops.", lead: "tcsp",
                             due: date("2024-03-31"), status: .green, updates: [], illustrative: false, location: here)],
            location: here)
        let new = Edition(
            id: "2024-25", title: "Testshire Community Safety Agreement 2024-25",
            period: Period(start: date("2024-04-01"), end: date("2025-03-31")), status: .approved,
            approval: Approval(date: date("2024-03-21"), body: "tcsp", illustrative: true), supersedes: "2023-24",
            priorities: [
                Priority(id: "neighbourhood-crime", title: "Neighbourhood crime and ASB", description: Document(blocks: []), lead: "police",
                         themes: ["prevention"], replaces: ["asb"], provenance: Provenance(sources: ["paper-2024"], illustrative: .fields(["lead"])), location: here),
                Priority(id: "road-safety", title: "Road safety", description: Document(blocks: []), lead: "tcsp", themes: [], replaces: [], location: here),
            ],
            themes: [Theme(id: "prevention", title: "Early intervention and prevention", description: Document(blocks: []), lead: "tcsp", replaces: [], location: here)],
            actions: [
                Action(id: "nc-01", priorities: ["neighbourhood-crime"], themes: ["prevention"],
                       description: "Run ASB workshops\nfor partners.\n", lead: "tcsp", due: date("2025-03-31"), status: .amber,
                       updates: [ProgressUpdate(date: date("2024-06-01"), text: "Planned."), ProgressUpdate(date: date("2024-10-01"), text: "Two workshops held.")],
                       provenance: Provenance(sources: ["paper-2024"]), location: here),
                Action(id: "nc-02", priorities: ["neighbourhood-crime"], themes: [], description: "Map repeat victims.", lead: "police",
                       due: date("2025-01-31"), status: .red, updates: [], illustrative: true, location: here),
                Action(id: "rs-01", priorities: ["road-safety"], themes: [], description: "Speed awareness week.", lead: "police",
                       due: date("2024-09-30"), status: .complete, updates: [],
                       provenance: Provenance(sources: ["paper-2024"], illustrative: .fields(["due", "status"])), location: here),
            ],
            measures: [
                measure("asb-incidents", priority: "neighbourhood-crime", title: "ASB incidents reported", unit: "incidents",
                        values: [("2022-23", 1250), ("2023-24", 1200), ("2024-25", 1100)], illustrative: true),
                measure("ksi", priority: "road-safety", title: "People killed or seriously injured", unit: "casualties",
                        values: [("2023-24", 50), ("2024-25", 55)], illustrative: false),
                measure("repeat-victims", priority: "neighbourhood-crime", title: "Repeat victims", unit: "%",
                        values: [("2023-24", 30.9), ("2024-25", 32.4)], illustrative: false),
            ],
            location: here)
        return Publication(site: site, editions: [old, new])
    }

    /// Parses `line` as the one line of a `csa` block whose fence is on line 10 of `paper.md`.
    static func directive(_ line: String) -> Result<PaperDirective, DirectiveErrors> {
        let lines: [Substring] = Array(repeating: "", count: 9) + ["```csa", Substring(line), "```"]
        return DirectiveParser.parse(line, file: "paper.md", fenceLine: 10, lines: lines)
    }

    /// Drafts `line` against the fixture (or `publication`), shown as plain lines, or the errors as printed.
    static func drafted(_ line: String, paperEdition: String? = "2024-25", in publication: Publication = publication) -> [String] {
        switch directive(line) {
        case .failure(let errors): return errors.diagnostics.map(\.description)
        case .success(let directive):
            switch PaperDrafter.draft(directive, paperEdition: paperEdition, in: publication) {
            case .failure(let errors): return errors.diagnostics.map(\.description)
            case .success(let blocks): return DraftedLines.lines(blocks)
            }
        }
    }
}

/// Drafted blocks as plain lines: a paragraph is its text, a list item starts "- ", a table is its
/// caption ("Table: …") and rows of cells joined by " | ".
enum DraftedLines {
    static func lines(_ blocks: [PaperBlock]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .table(let table):
                return ["Table: \(table.caption)", table.header.joined(separator: " | ")] + table.rows.map { $0.map(\.plainText).joined(separator: " | ") }
            case .block(let block):
                switch block.kind {
                case .paragraph(let inlines): return [inlines.plainText]
                case .list(_, _, let items): return items.map { "- " + $0.map { b -> String in
                    if case .paragraph(let inlines) = b.kind { return inlines.plainText }
                    return "?"
                }.joined() }
                default: return ["? \(block.kind)"]
                }
            }
        }
    }
}
