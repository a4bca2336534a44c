import CSAMarkdown
import CSAModel
import Testing

/// Markdown nested tens of thousands of levels deep is refused with where and how deep, not a stack overflow.
@Suite struct NestingTests {
    func refusal(_ text: String) -> MarkdownNesting? {
        do {
            _ = try MarkdownParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func deepBlockQuotesAreRefused() {
        let problem = refusal("Intro.\n\n" + String(repeating: ">", count: 40000) + " deep\n")
        #expect(problem == MarkdownNesting(kind: .blocks, depth: 40000, line: 3, column: 101))
        #expect(problem?.message("chapter") == "chapter nests block quotes and lists 40000 levels deep; at most 100 levels are allowed")
        #expect(problem?.hint == "a line starting with many '>' or list markers nests that many levels; flatten the quotes and lists")
    }

    @Test func deepListsAreRefused() {
        // "- - - x" is a list in a list in a list: each marker opens a list two columns further in.
        let problem = refusal(String(repeating: "- ", count: 30000) + "x\n")
        #expect(problem == MarkdownNesting(kind: .blocks, depth: 30000, line: 1, column: 201))
    }

    @Test func quotesAndListsCountTogether() {
        let problem = refusal(String(repeating: "> - ", count: 60) + "x\n")
        #expect(problem == MarkdownNesting(kind: .blocks, depth: 120, line: 1, column: 201))
    }

    @Test func deepEmphasisIsRefused() {
        let n = 20000
        let problem = refusal("Text " + String(repeating: "*a ", count: n) + "b" + String(repeating: " c*", count: n) + "\n")
        #expect(problem?.kind == .inlines)
        #expect(problem?.depth == n)
        #expect(problem?.line == 1)
        #expect(problem?.message("chapter") == "chapter nests emphasis, links and images 20000 levels deep; at most 100 levels are allowed")
    }

    @Test func deepImagesAreRefused() {
        let n = 5000
        let problem = refusal(String(repeating: "![", count: n) + "x" + String(repeating: "](u)", count: n) + "\n")
        #expect(problem?.kind == .inlines)
        #expect(problem?.depth == n)
    }

    @Test func theLimitItselfIsAllowed() throws {
        let limit = MarkdownParser.maximumNesting
        #expect(limit == 100)
        let document = try MarkdownParser.parse(String(repeating: ">", count: limit) + " x\n")
        var depth = 0
        var blocks = document.blocks
        while case .blockQuote(let inner)? = blocks.first?.kind {
            depth += 1
            blocks = inner
        }
        #expect(depth == limit)
        #expect(refusal(String(repeating: ">", count: limit + 1) + " x\n") == MarkdownNesting(kind: .blocks, depth: 101, line: 1, column: 101))
        #expect(refusal(String(repeating: "*a ", count: limit) + "b" + String(repeating: " c*", count: limit)) == nil)
    }

    @Test func manySiblingsAreNotNesting() throws {
        let document = try MarkdownParser.parse(String(repeating: "> quote\n\n", count: 5000))
        #expect(document.blocks.count == 5000)
    }
}
