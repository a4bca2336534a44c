import Foundation
import Testing

/// The whole-document page is the printable CSA: chapters, priorities, themes, then the action plan and
/// the measures as appendices, listed in its contents, with the edition's name on every printed page.
@Suite struct PrintableDocumentTests {
    @Test func documentHasBothAppendicesInItsContents() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let page = site.text("2024-25/document.html")
        // The edition's own appendix (A: source papers) comes first; the action plan and measures follow it.
        #expect(page.contains("<li><a href=\"#chapter-source-papers\">Appendix A: Source papers</a></li>"))
        #expect(page.contains("<li><a href=\"#action-plan\">Appendix B: Action plan</a></li>"))
        #expect(page.contains("<li><a href=\"#measures\">Appendix C: Measures</a></li>"))
        #expect(page.contains("<h2 id=\"measures\"><span class=\"caption\">Appendix C</span> Measures</h2>"))
        #expect(site.text("2011-14/document.html").contains("<li><a href=\"#action-plan\">Appendix A: Action plan</a></li>"))
        // Every measure of the edition is in the appendix, with its data table.
        let measures = try String(contentsOf: BuildCommandTests.content.appendingPathComponent("editions/2024-25/measures.yml"), encoding: .utf8)
        let ids = measures.split(separator: "\n").filter { $0.hasPrefix("- id: ") }.map { $0.dropFirst(6) }
        #expect(!ids.isEmpty)
        for id in ids { #expect(page.contains("<h4 id=\"appendix-measure-\(id)\">"), "measure \(id) missing from the document") }
    }

    @Test func printedPagesNameTheirEdition() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        #expect(site.text("2024-25/document.html").contains(#"<style media="print">@page { @top-left { content: "Kent Community Safety Agreement 2024\2d 25"; } }</style>"#))
        #expect(site.text("2018-19/chapters/introduction.html").contains(#"content: "Kent Community Safety Agreement 2018\2d 19 \28 draft\29 ";"#))
        #expect(site.text("assets/print.css").contains(#"@bottom-right { content: "Page " counter(page) " of " counter(pages);"#))
    }
}
