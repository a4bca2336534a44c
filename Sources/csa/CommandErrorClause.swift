extension CommandError {
    /// The error with `clause` added to its first line (`"...; Site was left as it was"`), before the
    /// `hint:` line when it has one.
    func adding(_ clause: String) -> CommandError {
        let marker = "\n    hint: "
        guard let hint = message.range(of: marker) else { return CommandError("\(message); \(clause)") }
        return CommandError("\(message[..<hint.lowerBound]); \(clause)", hint: String(message[hint.upperBound...]))
    }
}
