import CSAModel

/// A request for facts from the content, written in a paper as a fenced code block whose info string
/// is `csa` and whose one line is the directive: `priorities edition=2024-25 as=table`. Drafting
/// replaces it with the paragraphs, lists and tables it asks for.
public struct PaperDirective: Hashable, Sendable {
    public var name: DirectiveName
    /// The options as written, by name.
    public var options: [String: DirectiveOption]
    /// Where the directive's name is written.
    public var location: SourceLocation
    /// The line of the block's opening fence: the drafted blocks carry it.
    public var line: Int
    /// Options written but not read, their mistakes already reported (`as=tabel`, `edtion=2024-25`): drafting
    /// does not fall back to their defaults and report what follows (one mistake, one error).
    public var misread: Set<String>

    public init(name: DirectiveName, options: [String: DirectiveOption], location: SourceLocation, line: Int, misread: Set<String> = []) {
        self.name = name
        self.options = options
        self.location = location
        self.line = line
        self.misread = misread
    }

    /// The value of an option, or nil when it is not given.
    public func value(_ option: String) -> String? { options[option]?.value }

    /// Where an option's value is written, or the directive's name when the option is not given.
    public func location(of option: String) -> SourceLocation { options[option]?.location ?? location }
}

/// One `name=value` option of a directive, with where its value is written.
public struct DirectiveOption: Hashable, Sendable {
    public var value: String
    public var location: SourceLocation

    public init(value: String, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// The directives there are, each with the options it takes.
public enum DirectiveName: String, CaseIterable, Hashable, Sendable {
    /// The edition's title, period and approval.
    case edition
    /// The edition's priorities, as a list or a table, with their leads.
    case priorities
    /// The edition's cross-cutting themes, as a list or a table, with their leads.
    case themes
    /// How many actions have each status: a sentence, or a table of counts.
    case actionSummary = "action-summary"
    /// The actions of one priority, or of all, as a table.
    case actions
    /// Each measure's latest figure against the previous period: a table, or a sentence.
    case measures
    /// What changed between two editions: the comparison's summary as a list or a table, or each
    /// priority and theme added, ended or renamed.
    case changes

    /// The options the directive takes, in the order the documentation gives them.
    public var options: [DirectiveOptionRule] {
        let edition = DirectiveOptionRule(name: "edition", values: nil)
        let priority = DirectiveOptionRule(name: "priority", values: nil)
        switch self {
        case .edition: return [edition, .as(["text", "table"])]
        case .priorities, .themes: return [edition, .as(["list", "table"]), DirectiveOptionRule(name: "leads", values: ["yes", "no"])]
        case .actionSummary: return [edition, priority, .as(["text", "table"])]
        case .actions: return [edition, priority]
        case .measures: return [edition, priority, .as(["table", "text"])]
        case .changes: return [DirectiveOptionRule(name: "from", values: nil), DirectiveOptionRule(name: "to", values: nil), .as(["text", "table", "items"])]
        }
    }
}

/// An option a directive takes: its name, and the words its value may be (nil: an id, checked when drafting).
public struct DirectiveOptionRule: Hashable, Sendable {
    public var name: String
    public var values: [String]?

    /// `as=`: the form of the output; the first value is the default.
    static func `as`(_ forms: [String]) -> DirectiveOptionRule { DirectiveOptionRule(name: "as", values: forms) }
}

/// A paper's body as read: Markdown blocks, and directives still to draft.
public enum PaperSourceBlock: Hashable, Sendable {
    case block(Block)
    case directive(PaperDirective)
}

/// Why a directive could not be read or drafted: every problem, each at its place in the paper.
public struct DirectiveErrors: Error, Hashable, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
