/// The plain spellings of `csa paper` read without ArgumentParser: `paper ID` then any of `--content`,
/// `--templates`, `--format` and `--output`, each once, as `--name value` or `--name=value`.
/// ArgumentParser builds every command's options by reflection before it reads a word, which costs
/// about a tenth of a short paper's run; anything else (help, a mistake, another spelling, another
/// command) gives nil and is left to ArgumentParser, so what a user sees is never different.
enum PaperArguments {
    static func command(_ arguments: [String]) -> PaperCommand? {
        guard arguments.first == "paper" else { return nil }
        var paper: String?
        var values: [String: String] = [:]
        var rest = arguments.dropFirst()[...]
        while let word = rest.popFirst() {
            guard word.hasPrefix("-") else {
                guard paper == nil, !word.isEmpty, word != "help" else { return nil }
                paper = word
                continue
            }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            guard ["--content", "--templates", "--format", "--output"].contains(name), values[name] == nil else { return nil }
            let value: String
            if parts.count == 2 {
                value = String(parts[1])
            } else {
                guard let next = rest.popFirst() else { return nil }
                value = next
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            values[name] = value
        }
        guard let paper else { return nil }
        var format = PaperFormat.all
        if let written = values["--format"] {
            guard let known = PaperFormat(rawValue: written) else { return nil }
            format = known
        }
        var command = PaperCommand()
        command.paper = paper
        command.content = values["--content"] ?? "Content"
        command.templates = values["--templates"] ?? "Templates"
        command.format = format
        command.output = values["--output"]
        return command
    }
}
