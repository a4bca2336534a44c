@testable import csa
import Foundation
import Testing

/// The format `csa diff` writes, taken from `--output`'s extension when `--format` is not given, and a
/// `--format` the extension contradicts refused; every hint naming a file names one of the format in use.
@Suite struct DiffFormatTests {
    @Test func theExtensionNamesTheFormat() {
        let cases: [(String, DiffFormat?)] = [
            ("changes.md", .markdown), ("changes.markdown", .markdown), ("changes.html", .html), ("changes.htm", .html),
            ("changes.json", .json), ("changes.docx", .docx), ("changes.txt", .terminal), ("out/CHANGES.HTML", .html),
            ("changes.Docx", .docx), ("changes", nil), ("changes.pdf", nil), (".md", nil), ("notes.md/changes", nil), ("a.b.json", .json),
        ]
        for (path, format) in cases { #expect(DiffFormat.named(by: path) == format, "\(path)") }
    }

    @Test func anExplicitFormatMustAgreeWithAKnownExtension() throws {
        #expect(try DiffFormat.chosen(nil, output: nil) == .terminal)
        #expect(try DiffFormat.chosen(nil, output: "changes.docx") == .docx)
        #expect(try DiffFormat.chosen(nil, output: "changes.out") == .terminal)
        #expect(try DiffFormat.chosen(.json, output: "changes.out") == .json)
        #expect(try DiffFormat.chosen(.html, output: "changes.htm") == .html)
        #expect(throws: CommandError.self) { try DiffFormat.chosen(.terminal, output: "changes.docx") }
        #expect(throws: CommandError.self) { try DiffFormat.chosen(.markdown, output: "changes.txt") }
    }

    static func folder() throws -> URL { try DiffCommandTests.temporaryFolder() }

    @Test(arguments: [("changes.docx", "PK"), ("changes.html", "<!DOCTYPE html>"), ("changes.htm", "<!DOCTYPE html>"),
                      ("changes.md", "# Changes from 2018-19 to 2024-25\n"), ("changes.markdown", "# Changes from 2018-19 to 2024-25\n"),
                      ("changes.json", "{\"format\":\"csa-diff\""), ("changes.txt", "Changes from 2018-19 to 2024-25\n"),
                      ("changes.out", "Changes from 2018-19 to 2024-25\n")])
    func withoutFormatTheExtensionChooses(_ file: (name: String, start: String)) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(file.name).path
        let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--output", path])
        #expect(result.status == 0 && result.stderr == "", "\(result.stderr)")
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.starts(with: Data(file.start.utf8)), "\(file.name)")
    }

    @Test func aFormatTheExtensionContradictsIsRefusedAndNothingIsWritten() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let content = CSAProgram.packageRoot.appendingPathComponent("Content").path
        for (format, name, said, hint) in [("terminal", "changes.docx", "a Word document", "name a file for plain text, such as --output changes.txt"),
                                           ("html", "changes.md", "Markdown", "name a file for HTML, such as --output changes.html"),
                                           ("docx", "changes.json", "JSON", "name a file for a Word document, such as --output changes.docx"),
                                           ("json", "changes.txt", "plain text", "name a file for JSON, such as --output changes.json")] {
            let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--content", content, "--format", format, "--output", name], in: dir)
            let named = DiffFormat.named(by: name)?.rawValue ?? ""
            #expect(result.status == 1)
            #expect(result.stderr == "error: --format \(format) does not match --output '\(name)', whose extension is for \(said)\n"
                    + "    hint: leave out --format and the extension chooses \(named), or \(hint)\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
    }

    /// Hints that suggest a file name suggest one of the format being written.
    @Test(arguments: DiffFormat.allCases)
    func hintsNameAFileOfTheFormatInUse(_ format: DiffFormat) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let content = CSAProgram.packageRoot.appendingPathComponent("Content").path
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("out"), withIntermediateDirectories: true)
        for output in ["out", "out/", "", "missing/x"] {
            let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--content", content, "--format", format.rawValue, "--output", output], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasSuffix("such as --output \(format.exampleFile)\n"), "\(format) \(output): \(result.stderr)")
            #expect(result.stderr.components(separatedBy: "\n").count == 3, "one line and its hint: \(result.stderr)")
        }
    }
}
