/// One problem found in the content, with where it is and, when one helps, what to do about it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is: errors stop a build, warnings do not.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message`, then the hint on its own line when there is one.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// The diagnostics of one run, in the order they were found; readers add to it and never stop at the first.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    /// An error must say what to do about it: the hint is required, as a compiler's fix-it would be.
    public mutating func error(_ location: SourceLocation, _ message: String, hint: String) {
        all.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        all.append(Diagnostic(.warning, at: location, message, hint: hint))
    }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { all.append(contentsOf: other.all) }

    public var errorCount: Int { all.filter { $0.severity == .error }.count }
    public var hasErrors: Bool { errorCount > 0 }

    /// Sorted by file, then line, then column, so output is stable whatever order files were read in.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            let (l, r) = (a.element.location, b.element.location)
            if l.file != r.file { return l.file < r.file }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
