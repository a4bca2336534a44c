import ArgumentParser

/// The `csa` command: publishes a Community Safety Agreement from a content folder.
@main
struct CSA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csa",
        abstract: "Publish a Community Safety Agreement from Markdown chapters and YAML data.",
        version: "csa \(Version.current)",
        subcommands: [CheckCommand.self, BuildCommand.self, DiffCommand.self, PaperCommand.self]
    )

    /// Runs the command line: a usual `csa diff` straight away (`DiffArguments`), anything else through ArgumentParser.
    static func main() {
        guard let diff = DiffArguments.run(Array(CommandLine.arguments.dropFirst())) else {
            main(nil)
            return
        }
        do {
            try diff.run()
        } catch {
            exit(withError: error)
        }
    }
}
