import CSAModel
import CSAReaders
import Foundation
import Testing

/// The valid fixture reads into the model with every field in place.
@Suite struct ContentReaderTests {
    @Test func validFixtureReadsWithoutDiagnostics() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let reading = fixture.read()
        #expect(fixture.messages() == [])
        let publication = try #require(reading.publication)
        #expect(publication.site.partnership == "Testshire Community Safety Partnership")
        #expect(publication.editions.map(\.id) == ["2023-24", "2024-25"])
        let latest = try #require(publication.edition("2024-25"))
        #expect(latest.status == .draft)
        #expect(latest.supersedes == "2023-24")
        #expect(latest.priorities.first?.replaces == ["asb"])
        #expect(latest.priorities.first?.themes == ["prevention"])
        #expect(latest.actions.first?.status == .amber)
        #expect(latest.actions.first?.illustrative == false)
        #expect(latest.actions.first?.updates == [ProgressUpdate(date: CalendarDate(year: 2024, month: 10, day: 1)!, text: "Two workshops held.")])
        #expect(latest.measures.first?.values.map(\.value) == [1200, 1100])
        #expect(latest.measures.first?.illustrative == true)
        let chapter = try #require(latest.chapters.first)
        #expect(chapter.title == "Introduction")
        #expect(chapter.bodyStartLine == 7)
        #expect(chapter.body.blocks.first?.kind == .heading(level: 2, [Inline(.text("Purpose"), line: 2)]))
        #expect(publication.latestApproved?.id == "2023-24")
        let previous = try #require(publication.edition("2023-24"))
        #expect(previous.themes.isEmpty && previous.actions.isEmpty && previous.measures.isEmpty, "[] reads as no items")
        #expect(previous.chapters.isEmpty)
        #expect(previous.approval == Approval(date: CalendarDate(iso: "2023-03-20")!, body: "tcsp"))
    }

    @Test func actionsCanBeMarkedIllustrative() throws {
        let actions = ContentFixture.files["editions/2024-25/actions.yml"]!
            .replacingOccurrences(of: "status: amber", with: "status: amber\n  illustrative: true")
        let fixture = try ContentFixture(replacing: ["editions/2024-25/actions.yml": actions])
        defer { fixture.remove() }
        let publication = try #require(fixture.read().publication, "\(fixture.messages())")
        #expect(publication.edition("2024-25")?.actions.map(\.illustrative) == [true])
    }

    /// Only the named editions' chapter files are read: another edition's broken chapter is not reported,
    /// and its chapters are left empty; the named editions are read in full.
    @Test func chaptersOfChosenEditionsOnly() throws {
        let broken = "---\nid: broken\ntitle: Broken\norder: 1\nsummary: x\n---\n\n<b>raw</b>\n"
        let fixture = try ContentFixture(replacing: ["editions/2023-24/chapters/01-broken.md": broken])
        defer { fixture.remove() }
        #expect(fixture.read().publication == nil, "read in full, the broken chapter is an error")
        let reading = ContentReader.read(contentDirectory: fixture.root.path, chaptersOf: ["2024-25"])
        #expect(reading.diagnostics.all == [])
        let publication = try #require(reading.publication)
        #expect(publication.edition("2023-24")?.chapters == [])
        #expect(publication.edition("2024-25")?.chapters.map(\.id) == ["introduction"])
    }
}
