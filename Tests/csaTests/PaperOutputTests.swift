@testable import csa
import Foundation
import Testing

/// `csa paper --output FOLDER`: files csa wrote are replaced, anything else is refused before
/// anything is written, and the folder's manifest records what csa wrote.
@Suite struct PaperOutputTests {
    @Test func replacesItsOwnFilesAndRefusesOthers() throws {
        let sandbox = try Sandbox()
        let output = try PaperOutput.prepare(sandbox.root.appendingPathComponent("out").path, content: sandbox.project.appendingPathComponent("Content").path)
        try output.write([("p.html", Array("one".utf8)), ("p.docx", [1, 2, 3])])
        #expect(try String(contentsOfFile: output.folder + "/p.html", encoding: .utf8) == "one")
        #expect(try String(contentsOfFile: output.folder + "/.csa-papers.json", encoding: .utf8) == """
            {
              "generator" : "csa",
              "files" : {
                "p.docx" : "\(PaperOutput.checksum([1, 2, 3]))",
                "p.html" : "\(PaperOutput.checksum(Array("one".utf8)))"
              }
            }

            """)
        try output.write([("p.html", Array("two".utf8))])
        #expect(try String(contentsOfFile: output.folder + "/p.html", encoding: .utf8) == "two")
        // A clerk edits the Word document: csa will not overwrite the edit, and writes nothing else either.
        try Data([9, 9]).write(to: URL(fileURLWithPath: output.folder + "/p.docx"))
        try sandbox.write("mine", to: "out/q.pdf")
        for (name, expected) in [("p.docx", "p.docx"), ("q.pdf", "q.pdf")] {
            let error = #expect(throws: CommandError.self) { try output.write([("p.html", Array("three".utf8)), (name, [0])]) }
            #expect(error?.message == "\(output.shown)/\(expected) is already there and csa did not write it, or it was changed after csa wrote it; "
                + "move it away (or delete it) first, or choose another --output folder")
        }
        #expect(try String(contentsOfFile: output.folder + "/p.html", encoding: .utf8) == "two")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output.folder + "/p.docx")) == Data([9, 9]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.folder).sorted() == [".csa-papers.json", "p.docx", "p.html", "q.pdf"])
    }

    @Test func checksumIsFNV1a() {
        #expect(PaperOutput.checksum([]) == "cbf29ce484222325")
        #expect(PaperOutput.checksum(Array("a".utf8)) == "af63dc4c8601ec8c")
    }
}
