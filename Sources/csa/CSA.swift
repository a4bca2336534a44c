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

    /// `csa paper` in its plain spellings starts without ArgumentParser's reflection (`PaperArguments`);
    /// everything else is ArgumentParser's.
    static func main() {
        if let paper = PaperArguments.command(Array(CommandLine.arguments.dropFirst())) {
            do {
                try paper.run()
            } catch {
                PaperCommand.exit(withError: error)
            }
            return
        }
        main(nil)
    }
}
