import ArgumentParser
@testable import csa
import Testing

/// The usual `csa diff` command lines read without ArgumentParser: read exactly as ArgumentParser reads
/// them, and every other command line left to it.
@Suite struct DiffArgumentsTests {
    /// What ArgumentParser makes of `arguments`, as a run.
    static func parsed(_ arguments: [String]) throws -> DiffRun? {
        guard let diff = try CSA.parseAsRoot(arguments) as? DiffCommand else { return nil }
        return DiffRun(old: diff.old, new: diff.new, content: diff.content, format: diff.format, output: diff.output,
                       chapter: diff.chapter, author: diff.author)
    }

    @Test func usualCommandLinesAreReadAsArgumentParserReadsThem() throws {
        let lines: [[String]] = [
            ["diff", "2018-19", "2024-25"],
            ["diff", "2024-25", "2018-19", "--format", "json"],
            ["diff", "--format", "json", "2018-19", "2024-25", "--output", "changes.json"],
            ["diff", "2018-19", "--content", "Other Content/", "2024-25"],
            ["diff", "old", "new", "--format", "docx", "--output", "a=b.docx", "--author", "Kent Community Safety Partnership"],
            ["diff", "old", "new", "--chapter", "priorities", "--format", "markdown", "--content", "diff"],
            ["diff", "ünïcode", "édition", "--format", "html", "--output", "x y.html"],
            ["diff", "a", "b", "--format", "terminal"],
        ]
        for line in lines {
            let fast = try #require(DiffArguments.run(line), "\(line)")
            #expect(fast == (try Self.parsed(line)), "\(line)")
        }
        #expect(DiffArguments.run(["diff", "a", "b", "--output", "o.json", "--format", "json"]) ==
                DiffRun(old: "a", new: "b", content: "Content", format: .json, output: "o.json"))
    }

    @Test func otherCommandLinesAreLeftToArgumentParser() {
        let lines: [[String]] = [
            [], ["check"], ["--version"], ["diff"], ["diff", "a"], ["diff", "a", "b", "c"],
            ["diff", "--help"], ["diff", "a", "b", "-h"], ["diff", "a", "b", "--format=json"],
            ["diff", "a", "b", "--format", "xml"], ["diff", "a", "b", "--format", "JSON"],
            ["diff", "a", "b", "--output"], ["diff", "a", "b", "--output", "-"], ["diff", "a", "b", "--output", "--format"],
            ["diff", "a", "b", "--content", "x", "--content", "y"], ["diff", "--", "a", "b"], ["diff", "-1", "b"],
            ["diff", "a", "b", "--unknown", "v"], ["diff", "", "b"], ["build", "a", "b"],
        ]
        for line in lines {
            #expect(DiffArguments.run(line) == nil, "\(line)")
        }
    }
}
