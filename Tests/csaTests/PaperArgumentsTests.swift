@testable import csa
import Testing

/// `csa paper`'s plain spellings read without ArgumentParser give the very command ArgumentParser
/// gives; everything else is left to ArgumentParser.
@Suite struct PaperArgumentsTests {
    @Test(arguments: [
        ["paper", "kcsp-2024-11"],
        ["paper", "kcsp-2024-11", "--format", "docx"],
        ["paper", "--format=html", "kcsp-2024-11"],
        ["paper", "Content/papers/kcsp-2024-11.md", "--content", "Content", "--templates", "My Templates", "--format", "pdf", "--output", "papers"],
        ["paper", "--output=out", "--content=C", "update", "--templates=T", "--format=all"],
        ["paper", "~", "--output", "~/papers"],
    ])
    func plainSpellingsAreReadAsArgumentParserReadsThem(arguments: [String]) throws {
        let quick = try #require(PaperArguments.command(arguments))
        let parsed = try #require(try CSA.parseAsRoot(arguments) as? PaperCommand)
        #expect(quick.paper == parsed.paper)
        #expect(quick.content == parsed.content)
        #expect(quick.templates == parsed.templates)
        #expect(quick.format == parsed.format)
        #expect(quick.output == parsed.output)
    }

    @Test(arguments: [
        [], ["check"], ["build", "--output", "Site"], ["paper"], ["paper", "--help"], ["paper", "-h"], ["paper", "help"],
        ["paper", "a", "b"], ["paper", "a", "--format", "rtf"], ["paper", "a", "--format"], ["paper", "a", "--format", "docx", "--format", "html"],
        ["paper", "a", "--output", "--format"], ["paper", "a", "--output="], ["paper", "a", "--colour"], ["paper", "a", "-o", "x"],
        ["paper", "--", "a"], ["paper", ""], ["paper", "a", "--version"],
    ])
    func everythingElseIsLeftToArgumentParser(arguments: [String]) {
        #expect(PaperArguments.command(arguments) == nil)
    }
}
