import CSAModel
import CSAReaders
import Foundation
import Testing

/// A symbolic link in the content folder is followed only when it stays inside the folder; one that leads
/// outside (a chapter linked to /etc/passwd) or nowhere is an error at its path, and its target is never read;
/// that one error, not "missing" as well.
@Suite struct SymbolicLinkTests {
    static let outsideHint = "copy the file into the content folder instead of linking to it; links are followed only when they stay inside it"

    static func link(_ path: String, to target: String) -> (ContentFixture) throws -> Void {
        { fixture in
            let url = fixture.root.appendingPathComponent(path)
            try? FileManager.default.removeItem(at: url)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
    }

    @Test func chapterLinkedToAFileOutsideIsNotRead() throws {
        let got = try BadInput.messages(prepare: Self.link(BadInput.chapterPath, to: "/etc/passwd"))
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:1:1: error: symbolic link to '/etc/passwd' leads outside the content folder, so it is not read
                hint: \(Self.outsideHint)
            """])
    }

    @Test func relativeLinkThatClimbsOutIsRefused() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("csa-outside-\(UUID().uuidString).yml")
        try Data("[]\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let got = try BadInput.messages(prepare: Self.link("editions/2024-25/measures.yml", to: "../../../\(outside.lastPathComponent)"))
        #expect(got == ["""
            C/editions/2024-25/measures.yml:1:1: error: symbolic link to '../../../\(outside.lastPathComponent)' leads outside the content folder, so it is not read
                hint: \(Self.outsideHint)
            """])
    }

    @Test func editionFolderAndSiteFileLinkedOutside() throws {
        let got = try BadInput.messages(prepare: { fixture in
            try Self.link("site.yml", to: "/etc/hostname")(fixture)
            try Self.link("editions/2025-26", to: "/etc")(fixture)
        })
        #expect(got == ["""
            C/editions/2025-26:1:1: error: symbolic link to '/etc' leads outside the content folder, so it is not read
                hint: \(Self.outsideHint)
            """, """
            C/site.yml:1:1: error: symbolic link to '/etc/hostname' leads outside the content folder, so it is not read
                hint: \(Self.outsideHint)
            """])
    }

    @Test func linkThatLeadsNowhere() throws {
        let got = try BadInput.messages(prepare: Self.link("editions/2024-25/themes.yml", to: "themes-old.yml"))
        #expect(got == ["""
            C/editions/2024-25/themes.yml:1:1: error: symbolic link to 'themes-old.yml' leads nowhere: it does not exist
                hint: remove the link, or put the file itself here
            """])
    }

    @Test func linkThatStaysInsideIsFollowed() throws {
        // The older edition shares the newer one's themes file and chapter.
        let got = try BadInput.messages(prepare: { fixture in
            try Self.link("editions/2023-24/actions.yml", to: "../2024-25/themes.yml")(fixture)
            try Self.link("editions/2023-24/chapters/01-introduction.md", to: "../../2024-25/chapters/01-introduction.md")(fixture)
        })
        // The linked file is read as the older edition's actions.yml: its theme is no action, which shows it was followed.
        #expect(got == ["""
            C/editions/2023-24/actions.yml:1:3: error: missing required field 'priorities' in action 'prevention'
                hint: add a line 'priorities: ...'
            """, """
            C/editions/2023-24/actions.yml:1:3: error: missing required field 'due' in action 'prevention'
                hint: add a line 'due: ...'
            """, """
            C/editions/2023-24/actions.yml:1:3: error: missing required field 'status' in action 'prevention'
                hint: add a line 'status: ...'
            """, """
            C/editions/2023-24/actions.yml:2:3: error: unknown field 'title' in action 'prevention'
                hint: known fields are id, priorities, themes, description, lead, due, status, updates, source, illustrative
            """])
    }

    @Test func contentFolderGivenThroughALinkIsRead() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("csa-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: fixture.root.path)
        defer { try? FileManager.default.removeItem(at: link) }
        let reading = ContentReader.read(contentDirectory: link.path)
        #expect(reading.diagnostics.all.map(\.description) == [])
        #expect(reading.publication?.editions.count == 2)
    }
}
