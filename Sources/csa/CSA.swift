import ArgumentParser
import CSAReaders

/// The `csa` command: publishes a Community Safety Agreement from a content folder.
@main
struct CSA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csa",
        abstract: "Publish a Community Safety Agreement from Markdown chapters and YAML data.",
        version: "csa \(Version.current)",
        subcommands: [CheckCommand.self, BuildCommand.self, DiffCommand.self, PaperCommand.self]
    )

    /// The commands a user runs many times in a row (`csa diff`, `csa paper`), whose start-up counts.
    /// ArgumentParser reads their arguments with that command alone as the root, which spares it the
    /// work of setting up the whole tree of commands; anything that command refuses (help, a mistake)
    /// is read again the usual way, so help and error messages are exactly ArgumentParser's. Each names
    /// `csa` as its super-command (`_superCommandName`), which marks it as a command of `csa` read on
    /// its own and spares ArgumentParser a second reading of the arguments in search of a request for
    /// a completion script (that request is `csa`'s, and is read through the whole tree); in the whole
    /// tree the setting is not used, as only the root's counts.
    static let quickCommands: [String: ParsableCommand.Type] = ["diff": DiffCommand.self, "paper": PaperCommand.self]

    /// The commands that read a content folder: for them, the first reading's one-time work starts on
    /// another core while ArgumentParser reads the arguments (`ReadingWarmUp`, and for `csa diff` the
    /// first comparison's too, `DiffWarmUp`), on a thread placed there at once (`BesideThread`).
    static let readingCommands: Set<String> = ["check", "build", "diff", "paper"]

    /// Runs the command line: a quick command straight away when its arguments read cleanly, anything
    /// else through the whole tree of commands.
    static func main() {
        StandardStreams.holdClosedDescriptors()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let name = arguments.first, readingCommands.contains(name) {
            BesideThread.start {
                ReadingWarmUp.run()
                if name == "diff" { DiffWarmUp.run() }
            }
        }
        guard let name = arguments.first, let command = quickCommands[name],
              var parsed = try? command.parseAsRoot(Array(arguments.dropFirst())),
              type(of: parsed) == command else {
            main(nil)
            return
        }
        do {
            try parsed.run()
        } catch {
            command.exit(withError: error)
        }
    }
}
