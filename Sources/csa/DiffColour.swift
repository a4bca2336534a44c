/// Whether `csa diff` colours its report: only on a terminal that can show colour, and not when the
/// user asked for none. As no-color.org has it, `NO_COLOR` turns colour off only when it is set to
/// something (an empty `NO_COLOR=` does not); a terminal that says `TERM=dumb` gets no escape codes.
enum DiffColour {
    static func wanted(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }
}
