import CSAModel

/// Drafts a paper's directives from the publication: a pure function of the directive and the data,
/// so a paper is redrawn with the new figures whenever the data changes.
public enum PaperDrafter {
    /// The body with every directive replaced by what it drafts, and an error for each directive that
    /// could not be drafted (its place in the body is then left empty). `paperEdition` is the paper's
    /// `edition:`, the default for directives that name none. `editions` are the ids hints offer for an
    /// edition the publication does not hold (nil: the publication's), for a publication read in part.
    public static func draft(_ body: [PaperSourceBlock], paperEdition: String?, in publication: Publication,
                             editions: [String]? = nil) -> (body: [PaperBlock], diagnostics: [Diagnostic]) {
        var blocks: [PaperBlock] = [], diagnostics: [Diagnostic] = []
        for block in body {
            switch block {
            case .block(let block): blocks.append(.block(block))
            case .directive(let directive):
                switch draft(directive, paperEdition: paperEdition, in: publication, editions: editions) {
                case .success(let drafted): blocks += drafted
                case .failure(let errors): diagnostics += errors.diagnostics
                }
            }
        }
        return (blocks, diagnostics)
    }

    /// What one directive drafts, or why it cannot.
    public static func draft(_ directive: PaperDirective, paperEdition: String?, in publication: Publication,
                             editions: [String]? = nil) -> Result<[PaperBlock], DirectiveErrors> {
        let context = DraftContext(directive: directive, paperEdition: paperEdition, publication: publication,
                                   known: editions ?? publication.editions.map(\.id))
        do throws(DirectiveErrors) {
            switch directive.name {
            case .edition: return .success(try EditionFactsDraft.draft(context))
            case .priorities: return .success(try ItemListDraft.priorities(context))
            case .themes: return .success(try ItemListDraft.themes(context))
            case .actionSummary: return .success(try ActionSummaryDraft.draft(context))
            case .actions: return .success(try ActionTableDraft.draft(context))
            case .measures: return .success(try MeasureDraft.draft(context))
            case .changes: return .success(try ChangesDraft.draft(context))
            }
        } catch {
            return .failure(error)
        }
    }
}

/// What a directive is drafted from: the directive, the paper's edition and the publication, with the
/// look-ups every directive shares (an edition, a priority), each failing with a located error.
struct DraftContext {
    let directive: PaperDirective
    let paperEdition: String?
    let publication: Publication
    /// The edition ids hints offer.
    let known: [String]

    var line: Int { directive.line }
    var name: String { directive.name.rawValue }

    /// The form asked for with `as=`, or the directive's default (the first it allows).
    var form: String { directive.value("as") ?? directive.name.options.first { $0.name == "as" }?.values?.first ?? "" }

    func error(_ location: SourceLocation, _ message: String, hint: String) -> DirectiveErrors {
        DirectiveErrors([Diagnostic(at: location, message, hint: hint)])
    }

    /// Stops drafting without a new error: an option it needs was written wrong, and that was reported.
    static let alreadyReported = DirectiveErrors([])

    /// The edition the `option` names, or else the paper's edition (not when the option was written wrong).
    func edition(_ option: String = "edition") throws(DirectiveErrors) -> Edition {
        if directive.value(option) == nil && directive.misread.contains(option) { throw Self.alreadyReported }
        guard let id = directive.value(option) ?? paperEdition else {
            throw error(directive.location, "directive '\(name)' names no edition, and the paper has no 'edition:'",
                        hint: "add \(option)=<id> to the directive, such as \(option)=\(known.last ?? "2024-25"), or 'edition: <id>' to the paper's front matter")
        }
        return try edition(id, at: directive.location(of: option))
    }

    func edition(_ id: String, at location: SourceLocation) throws(DirectiveErrors) -> Edition {
        guard let edition = publication.edition(id) else {
            throw error(location, "directive '\(name)' names edition '\(DisplayText.escaped(id))', which the content does not have",
                        hint: NearestName.hint(id, from: known, listing: { "the editions are \($0)" },
                                               none: "there are no editions yet: add a folder editions/<id>/ to the content"))
        }
        return edition
    }

    /// The priority `priority=` names in `edition`, or nil for `priority=all` or none given.
    func priority(in edition: Edition) throws(DirectiveErrors) -> Priority? {
        if directive.value("priority") == nil && directive.misread.contains("priority") { throw Self.alreadyReported }
        guard let id = directive.value("priority"), id != "all" else { return nil }
        guard let priority = edition.priority(id) else {
            let known = edition.priorities.map(\.id)
            throw error(directive.location(of: "priority"), "edition \(edition.id) has no priority '\(DisplayText.escaped(id))'",
                        hint: NearestName.hint(id, from: known, listing: { "its priorities are \($0), or write priority=all" },
                                               none: "edition \(edition.id) has no priorities: write priority=all, or leave 'priority=' out"))
        }
        return priority
    }

    func paragraph(_ text: String) -> PaperBlock { DraftText.paragraph(text, line: line) }
    func cell(_ text: String) -> [Inline] { DraftText.inlines(text, line: line) }
}
