import CSAModel
@testable import CSAReaders
import Foundation
import Testing

/// Chapter files are read in parallel; the diagnostics still come in the order a serial reading gives
/// them (edition by edition, chapter file by chapter file, then the links between chapters), every time.
@Suite struct ParallelReadingTests {
    static func chapter(_ n: Int, edition: String) -> (path: String, text: String) {
        let id = String(format: "part-%02d", n)
        return ("editions/\(edition)/chapters/\(String(format: "%02d", n))-\(id).md", """
            ---
            id: \(id)
            title: Part \(n)
            order: \(n)
            summary: Part \(n) of the agreement.
            ---

            ## Part \(n)

            Text with <br> in it, and a [link](99-missing-\(n).md).

            """)
    }

    @Test func diagnosticsKeepTheSerialOrder() throws {
        var files: [String: String?] = ["editions/2024-25/chapters/01-introduction.md": nil]
        let chapters = ["2023-24", "2024-25"].flatMap { edition in (1...40).map { Self.chapter($0, edition: edition) } }
        for chapter in chapters { files[chapter.path] = chapter.text }
        let fixture = try ContentFixture(replacing: files)
        defer { fixture.remove() }

        // Per edition: each chapter's raw HTML error and vague link text in file order, then each chapter's
        // broken link in file order.
        var expected: [String] = []
        for edition in ["2023-24", "2024-25"] {
            let own = chapters.filter { $0.path.hasPrefix("editions/\(edition)/") }
            expected += own.flatMap { ["C/\($0.path):10:11: error: raw HTML '<br>' is not published",
                                       "C/\($0.path):10:29: warning: link text 'link' does not say where the link goes"] }
            expected += own.enumerated().map { index, chapter in
                "C/\(chapter.path):10:29: warning: link to '99-missing-\(index + 1).md' goes nowhere: edition \(edition) has no chapter '99-missing-\(index + 1).md'"
            }
        }
        let first = fixture.read().diagnostics.all.map { $0.description.replacingOccurrences(of: fixture.root.path, with: "C") }
        #expect(first.map { String($0.prefix { $0 != "\n" }) } == expected)
        for _ in 1...5 {
            #expect(fixture.read().diagnostics.all.map { $0.description.replacingOccurrences(of: fixture.root.path, with: "C") } == first)
        }
    }

    /// Chapter files are taken edition by edition in turn (the first of each edition, then the second, ...),
    /// so that a chapter's namesakes in the other editions are read close together.
    @Test func chaptersAreTakenEditionByEditionInTurn() {
        #expect(ContentReader.inTurn([3, 2, 0, 4]) == [0, 3, 5, 1, 4, 6, 2, 7, 8])
        #expect(ContentReader.inTurn([2]) == [0, 1])
        #expect(ContentReader.inTurn([]) == [])
    }
}
