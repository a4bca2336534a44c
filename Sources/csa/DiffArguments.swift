/// Reads the usual `csa diff` command line without ArgumentParser, whose start-up (it reflects over
/// every command's options, and looks up their types' conformances in the whole program) costs several
/// milliseconds, more than a comparison's own parsing of its options. Only command lines whose meaning
/// is plain are read here: `diff OLD NEW` with options written `--name value`, each at most once, no
/// value that begins with `-`, and a known format. Anything else (help, `--name=value`, `--`, a repeated
/// or unknown option, a missing or extra argument, a bad format) is left to ArgumentParser, so that its
/// help and its error messages stay exactly as they are.
enum DiffArguments {
    /// The run that `arguments` (after the program's name) ask for, or nil when ArgumentParser must read them.
    static func run(_ arguments: [String]) -> DiffRun? {
        guard arguments.first == "diff" else { return nil }
        var positional: [String] = []
        var options: [String: String] = [:]
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("-") {
                guard ["--content", "--format", "--output", "--chapter", "--author"].contains(argument),
                      options[argument] == nil, index + 1 < arguments.count else { return nil }
                let value = arguments[index + 1]
                guard !value.hasPrefix("-") else { return nil }
                options[argument] = value
                index += 2
            } else {
                guard !argument.isEmpty else { return nil }
                positional.append(argument)
                index += 1
            }
        }
        guard positional.count == 2 else { return nil }
        var run = DiffRun(old: positional[0], new: positional[1])
        if let content = options["--content"] { run.content = content }
        if let format = options["--format"] {
            guard let known = DiffFormat(rawValue: format) else { return nil }
            run.format = known
        }
        run.output = options["--output"]
        run.chapter = options["--chapter"]
        run.author = options["--author"]
        return run
    }
}
