import CSAModel
import CSAReaders
import Foundation
import Testing

/// File-system faults while reading are sentences with the path and the reason, never a bare "cannot read
/// file" or a Foundation error. (Tests run as root, for whom permissions do not fail, so permission denied is
/// not tested here; its wording comes from the same code as the faults below.)
@Suite struct FileFaultTests {
    static let fileHint = "check that it is a readable text file, then run the check again"

    @Test func siteFileThatIsAFolder() throws {
        let got = try BadInput.messages(["site.yml": nil], prepare: { fixture in
            try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("site.yml"), withIntermediateDirectories: true)
        })
        #expect(got == ["""
            C/site.yml:1:1: error: site.yml is a folder, not a file
                hint: remove or rename the folder, and put the site's settings in a file site.yml; see docs/CONTENT.md
            """])
    }

    @Test func editionsThatIsAFile() throws {
        let got = try BadInput.messages(prepare: { fixture in
            try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("editions"))
            try fixture.write(Data("x".utf8), to: "editions")
        })
        // One mistake, one error: not "no editions found" as well.
        #expect(got == ["""
            C/editions:1:1: error: editions is a file, not a folder
                hint: make editions a folder with one folder per edition; see docs/CONTENT.md
            """])
    }

    @Test func yamlFileThatIsAFolder() throws {
        let got = try BadInput.messages(["editions/2024-25/themes.yml": nil], prepare: { fixture in
            try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("editions/2024-25/themes.yml"), withIntermediateDirectories: true)
        })
        // One mistake, one error: not "missing themes.yml" as well.
        #expect(got == ["""
            C/editions/2024-25/themes.yml:1:1: error: unexpected folder 'themes.yml' in edition 2024-25
                hint: themes.yml must be a file, not a folder: move the folder's contents away and write the file themes.yml in its place
            """])
    }

    @Test func namedPipeWhereAChapterShouldBeDoesNotHang() throws {
        let got = try BadInput.messages([BadInput.chapterPath: nil], prepare: { fixture in
            try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent("editions/2024-25/chapters"), withIntermediateDirectories: true)
            #expect(mkfifo(fixture.root.appendingPathComponent(BadInput.chapterPath).path, 0o644) == 0)
        })
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:1:1: error: cannot read this file: it is not a regular file
                hint: \(Self.fileHint)
            """])
    }

    @Test func chapterLinkedToAFolderInside() throws {
        let got = try BadInput.messages(prepare: SymbolicLinkTests.link(BadInput.chapterPath, to: "../../2023-24"))
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:1:1: error: unexpected folder '01-introduction.md' in the chapters folder of edition 2024-25
                hint: the chapters folder holds only Markdown chapter files named like '01-introduction.md'
            """])
    }
}
