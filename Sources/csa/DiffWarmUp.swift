import CSADiff
import CSAMarkdown
import CSAModel

/// The one-time work of a process's first comparison, done ahead beside ArgumentParser (as
/// `ReadingWarmUp` does for reading): two chapters of its own, a few blocks each, compared block by block
/// and word by word, page in the comparison's code and have the Swift runtime instantiate its types. It
/// reads and writes no file and changes nothing any comparison gives.
enum DiffWarmUp {
    static func run() {
        let old = "## Warm-up\n\nThe plan was agreed in May.\n\n- one item\n- two items\n\nA paragraph that moves.\n"
        let new = "## Warm-up\n\nA paragraph that moves.\n\nThe plan was agreed in June by the board.\n\n- one item\n- three items\n"
        let ahead = ChaptersAhead(old: "old", new: "new")
        for (text, edition) in [(old, "old"), (new, "new")] {
            guard let body = try? MarkdownParser.parse(text) else { return }
            ahead.offer(Chapter(id: "warm-up", title: "Warm-up", order: 1, summary: "Warm-up.", body: body, bodyStartLine: 1,
                                location: SourceLocation(file: "warm-up.md")), edition: edition)
        }
    }
}
