#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import csa
import Foundation
import Testing

/// `csa paper --output FOLDER`: files csa wrote are replaced, anything else is refused before
/// anything is written, the folder's manifest records what csa wrote, and nothing is made until the
/// files are written.
@Suite struct PaperOutputTests {
    static let foreign = "is already there and csa did not write it, or it was changed after csa wrote it\n"
        + "    hint: move it away (or delete it) first, or choose another --output folder"

    @Test func replacesItsOwnFilesAndRefusesOthers() throws {
        let sandbox = try Sandbox()
        let output = try PaperOutput.prepare(sandbox.root.appendingPathComponent("out").path, content: sandbox.project.appendingPathComponent("Content").path)
        try output.write([("p.html", Array("one".utf8)), ("p.docx", [1, 2, 3])])
        #expect(try String(contentsOfFile: output.folder + "/p.html", encoding: .utf8) == "one")
        #expect(try String(contentsOfFile: output.folder + "/.csa-papers.json", encoding: .utf8) == """
            {
              "generator" : "csa",
              "files" : {
                "p.docx" : "\(PaperManifest.checksum([1, 2, 3]))",
                "p.html" : "\(PaperManifest.checksum(Array("one".utf8)))"
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
            #expect(error?.message == "\(output.shown)/\(expected) \(Self.foreign)")
        }
        #expect(try String(contentsOfFile: output.folder + "/p.html", encoding: .utf8) == "two")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output.folder + "/p.docx")) == Data([9, 9]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.folder).sorted() == [".csa-papers.json", "p.docx", "p.html", "q.pdf"])
    }

    /// Checking the folder makes nothing; writing makes it.
    @Test func anAbsentFolderIsMadeOnlyWhenTheFilesAreWritten() throws {
        let sandbox = try Sandbox()
        let content = sandbox.project.appendingPathComponent("Content").path
        for given in ["out", "out/", "out//"] {
            let output = try PaperOutput.prepare(sandbox.root.path + "/" + given, content: content)
            #expect(output.isNew)
            #expect(output.folder == sandbox.root.path + "/out")
            #expect(!FileManager.default.fileExists(atPath: output.folder))
        }
        let output = try PaperOutput.prepare(sandbox.root.path + "/out", content: content)
        try output.write([("p.html", Array("one".utf8))])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.folder).sorted() == [".csa-papers.json", "p.html"])
    }

    /// A run killed while putting its files in place leaves a manifest whose pending entries name the
    /// files' new bytes: the next run takes a file with either the recorded or the pending bytes as its own,
    /// settles the manifest, and removes the temporary files of runs that are gone (and only those).
    @Test func whatAKilledRunLeftIsTakenBackByTheNext() throws {
        let sandbox = try Sandbox()
        try sandbox.makeFolder("out")
        let output = try PaperOutput.prepare(sandbox.root.path + "/out", content: sandbox.project.appendingPathComponent("Content").path)
        let old = Array("old".utf8), new = Array("new".utf8)
        let killed = PaperManifest(files: ["a.html": PaperManifest.checksum(old), "b.html": PaperManifest.checksum(old)],
                                   pending: ["a.html": PaperManifest.checksum(new), "b.html": PaperManifest.checksum(new), "c.html": PaperManifest.checksum(new)])
        try sandbox.write(String(decoding: killed.bytes, as: UTF8.self), to: "out/.csa-papers.json")
        try sandbox.write("new", to: "out/a.html")   // put in place before the kill
        try sandbox.write("old", to: "out/b.html")   // not yet
        let gone = try #require((40000..<4_000_000).first { kill(Int32($0), 0) != 0 && errno == ESRCH })
        for name in [".c.html.csa-paper-\(gone)", ".csa-papers.json.csa-paper-\(gone)", ".c.html.csa-paper-1", ".c.html.csa-paper-x\(gone)"] {
            try sandbox.write("left", to: "out/" + name)
        }
        try output.write([("a.html", Array("a".utf8)), ("b.html", Array("b".utf8))])
        #expect(try String(contentsOfFile: output.folder + "/a.html", encoding: .utf8) == "a")
        #expect(try String(contentsOfFile: output.folder + "/b.html", encoding: .utf8) == "b")
        // c.html never reached its place: it is not csa's, and the settled manifest has no pending entries.
        #expect(PaperManifest.read(folder: output.folder) == PaperManifest(files: ["a.html": PaperManifest.checksum(Array("a".utf8)),
                                                                                   "b.html": PaperManifest.checksum(Array("b".utf8))]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.folder).sorted()
                == [".c.html.csa-paper-1", ".c.html.csa-paper-x\(gone)", ".csa-papers.json", "a.html", "b.html"])
        // A file with neither the recorded nor the pending bytes was changed by someone else: refused.
        try sandbox.write(String(decoding: PaperManifest(files: ["a.html": PaperManifest.checksum(old)], pending: ["a.html": PaperManifest.checksum(new)]).bytes,
                                 as: UTF8.self), to: "out/.csa-papers.json")
        try sandbox.write("edited", to: "out/a.html")
        let error = #expect(throws: CommandError.self) { try output.write([("a.html", Array("a".utf8))]) }
        #expect(error?.message == "\(output.shown)/a.html \(Self.foreign)")
        #expect(try String(contentsOfFile: output.folder + "/a.html", encoding: .utf8) == "edited")
    }

    @Test func theManifestListsPendingFilesOnlyWhileARunIsUnderWay() {
        #expect(String(decoding: PaperManifest(files: [:]).bytes, as: UTF8.self) == "{\n  \"generator\" : \"csa\",\n  \"files\" : {}\n}\n")
        #expect(String(decoding: PaperManifest(files: ["a": "1"], pending: ["b": "2"]).bytes, as: UTF8.self) == """
            {
              "generator" : "csa",
              "files" : {
                "a" : "1"
              },
              "pending" : {
                "b" : "2"
              }
            }

            """)
    }

    @Test func checksumIsFNV1a() {
        #expect(PaperManifest.checksum([]) == "cbf29ce484222325")
        #expect(PaperManifest.checksum(Array("a".utf8)) == "af63dc4c8601ec8c")
    }
}
