import CSAModel

/// What a page says about where an item's facts come from: the source papers, and which parts are
/// examples. Either line is nil when there is nothing to say.
struct Marking {
    /// "Source: Kent Community Safety Agreement Update, a report to the Kent Community Safety Partnership, 21 November 2024".
    let sourceText: String?
    /// "Source" or "Sources", for a summary list's key.
    let sourceKey: String
    /// The papers alone, for a summary list's value.
    let papers: String?
    /// "Its lead and due date are examples: no source paper gives them."
    let exampleText: String?
    let hasAny: Bool

    init(sources: [String], site: SiteInfo, exampleText: String?) {
        let papers = MarkingWording.papers(sources, site: site), key = sources.count == 1 ? "Source" : "Sources"
        self.papers = papers
        sourceKey = key
        sourceText = papers.map { "\(key): \($0)" }
        self.exampleText = exampleText
        hasAny = papers != nil || exampleText != nil
    }
}

/// How source papers and examples are worded, in one place.
enum MarkingWording {
    /// What each field that `illustrative:` may list is called on a page.
    static let fieldWords: [String: String] = [
        "title": "title", "lead": "lead", "themes": "themes", "replaces": "link to an earlier edition's item",
        "description": "wording", "priorities": "priorities it serves", "due": "due date", "status": "status",
        "updates": "progress updates", "priority": "priority", "unit": "unit", "better": "direction of good",
        "data_source": "data source", "values": "figures",
    ]

    /// "Kent Community Safety Agreement Update, a report to the Kent Community Safety Partnership, 21 November 2024".
    static func paper(_ paper: SourcePaper, site: SiteInfo) -> String {
        "\(paper.title), a report to the \(site.body(paper.body)?.name ?? paper.body), \(paper.date.longForm)"
    }

    /// "Source: ..." or "Sources: ...; ..."; nil when there are none.
    static func sources(_ ids: [String], site: SiteInfo) -> String? {
        Marking(sources: ids, site: site, exampleText: nil).sourceText
    }

    /// The papers, separated by semicolons; nil when there are none.
    static func papers(_ ids: [String], site: SiteInfo) -> String? {
        let papers = ids.compactMap(site.source).map { paper($0, site: site) }
        return papers.isEmpty ? nil : papers.joined(separator: "; ")
    }

    /// Which parts are examples, in words: nil when none is.
    static func examples(_ parts: IllustrativeParts, noun: String) -> String? {
        switch parts {
        case .none: return nil
        case .all: return "This \(noun) is an example, made up to show how the agreement is published: no source paper reports it."
        case .fields(let fields):
            let words = fields.map { fieldWords[$0] ?? $0 }
            let list = EnglishList.and(words)
            let plural = words.count > 1 || words[0].hasSuffix("s")
            return "Its \(list) \(plural ? "are examples" : "is an example"), made up to show how the agreement is published: no source paper gives \(plural ? "them" : "it")."
        }
    }

    static func marking(_ provenance: Provenance, noun: String, site: SiteInfo) -> Marking {
        Marking(sources: provenance.sources, site: site, exampleText: examples(provenance.illustrative, noun: noun))
    }

    /// What a page that lists several actions says when parts of some are examples; nil when none has any.
    static func actionsNote(_ actions: [Action]) -> String? {
        let n = actions.filter(\.illustrative).count
        guard n > 0 else { return nil }
        let note: String
        if n == actions.count {
            note = n == 1 ? "Parts of this action are examples, not taken from a source paper; it says which."
                : "Parts of every action here are examples, not taken from a source paper; each action says which."
        } else {
            note = "Parts of \(n) of these \(actions.count) actions are examples, not taken from a source paper; each of those says which."
        }
        let statuses = actions.filter { $0.provenance.isIllustrative("status") }.count
        if statuses == 0 { return note }
        if statuses == actions.count { return note + (n == 1 ? " Its status is an example too." : " Every status is an example too, so the counts by status are examples.") }
        return note + (statuses == 1 ? " The status of one of them is an example; the others are reported."
                       : " The statuses of \(statuses) of them are examples; the others are reported.")
    }

    /// "Kent Police (example)" when the lead is an example.
    static func lead(_ name: String, illustrative: Bool) -> String { illustrative ? "\(name) (example)" : name }
}
