import CSAModel
@testable import CSASite
import Foundation
import PaperFixtures
import Testing

/// The papers' pages written through the real templates from hand-made papers: the header block in
/// each layout's order and labels, numbers as text, tables, footnotes, closing fields, the papers
/// list, and the standalone document the PDF is made from.
@Suite struct PaperPagesTests {
    static let papers = [PaperFixtures.cabinetCommittee, PaperFixtures.partnershipUpdate, PaperFixtures.decision]

    static func writer() throws -> SiteWriter {
        var theme = try HostilePublication.theme()
        theme.paperLayouts = PaperFixtures.layouts
        return try SiteWriter(theme: theme)
    }

    static func publication(papers: [Paper] = papers) -> Publication {
        var publication = HostilePublication.make()
        publication.papers = papers
        return publication
    }

    static func site(pdf: Bool = true) throws -> [String: String] {
        let files = try writer().write(publication(), paperPDFs: pdf)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
    }

    static let councilPage = "papers/cabinet-committee-2018.html"

    @Test func papersGetTheirPagesTheListAndTheirStylesheet() throws {
        let site = try Self.site()
        #expect(site.keys.filter { $0.hasPrefix("papers/") || $0.hasPrefix("assets/papers/") }.sorted() == [
            "assets/papers/paper.css", "papers/cabinet-committee-2018.html", "papers/framework-decision-2012.html",
            "papers/index.html", "papers/partnership-update-2024.html",
        ])
        let page = try #require(site[Self.councilPage])
        #expect(page.contains("; } }</style>\n<link rel=\"stylesheet\" href=\"../assets/papers/paper.css\">\n<link rel=\"alternate\""))
        #expect(page.contains("<span class=\"caption\">Environment and Transport Cabinet Committee – 20 March 2018</span>\n"
            + "<h1 class=\"title\">The Kent Community Safety Agreement and the integrated Kent Community Safety Team</h1>"))
        #expect(page.contains("<p class=\"paper-downloads no-print\">Download this paper as a <a href=\"cabinet-committee-2018.docx\">Word document"
            + "<span class=\"visually-hidden\"> (.docx)</span></a> or a <a href=\"cabinet-committee-2018.pdf\">PDF</a>.</p>"))
        #expect(page.contains("<li><a href=\"index.html\">Committee papers</a></li>"))
        for (path, html) in site where path.hasSuffix(".html") && path != "404.html" {
            #expect(html.contains("<li><a href=\"\(SiteLinks.relative(from: path, to: "papers/index.html"))\">Committee papers</a></li>"), "\(path) links the papers from its footer")
        }
        #expect(site["index.html"]?.contains("<a href=\"papers/index.html\">Read the committee papers</a>") == true)
        let sitemap = try #require(site["sitemap.xml"])
        #expect(sitemap.contains("papers/index.html</loc>") && sitemap.contains("papers/framework-decision-2012.html</loc>"))
    }

    @Test func withoutPapersNothingOfThemIsWritten() throws {
        let files = try Self.writer().write(Self.publication(papers: []))
        #expect(!files.contains { $0.path.hasPrefix("papers/") || $0.path.hasPrefix("assets/papers/") })
        #expect(!files.contains { $0.text.contains("Committee papers") || $0.text.contains("paper.css") })
        let plain = try SiteWriter(theme: HostilePublication.theme()).write(Self.publication(papers: []))
        #expect(files == plain)
    }

    @Test func councilHeaderFollowsTheLayoutsOrderAndLabels() throws {
        let page = try #require(try Self.site()[Self.councilPage])
        let rows = page.components(separatedBy: "<div class=\"summary-list__row\"><dt>").dropFirst().map { $0.components(separatedBy: "</dt>")[0] }
        #expect(rows == ["From", "To", "Subject", "Classification", "Past Pathway of Paper", "Future Pathway of Paper",
                         "Electoral Division", "Summary", "Recommendation(s)"])
        #expect(page.contains("<dt>From</dt><dd><span class=\"paper-line\">Mike Hill, Cabinet Member for Community &amp; Regulatory Services</span>"
            + "<span class=\"paper-line\">Barbara Cooper, Corporate Director of Growth, Environment &amp; Transport</span>\n</dd>"))
        #expect(page.contains("<dt>Past Pathway of Paper</dt><dd><span class=\"paper-line\">N/A</span>"))
        #expect(page.contains("<dt>Recommendation(s)</dt><dd><p>The Cabinet Committee is asked to:</p><ol class=\"paper-marked\">"
            + "<li><span class=\"paper-number\">(a)</span> endorse the agreement; and</li>"
            + "<li><span class=\"paper-number\">(b)</span> note the <strong>progress</strong> made.</li></ol>"))
    }

    @Test func councilSectionsAndParagraphsAreNumberedAsText() throws {
        let page = try #require(try Self.site()[Self.councilPage])
        #expect(page.contains("<h2 class=\"paper-heading\" id=\"background\"><span class=\"paper-number\">1.</span> Background</h2>\n"
            + "<p class=\"paper-para paper-para--numbered\" id=\"paragraph-1-1\"><span class=\"paper-number\">1.1</span> The Crime and Disorder Act 1998"))
        #expect(page.contains("in their area.<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" aria-label=\"Footnote 1\">1</a></sup></p>"))
        #expect(page.contains("<p class=\"paper-para paper-para--numbered\" id=\"paragraph-2-2\"><span class=\"paper-number\">2.2</span> A new agreement"))
        #expect(page.contains("<div class=\"paper-block paper-block--heading\"><h3 id=\"priorities-2\">Priorities</h3>"))
        #expect(page.contains("<h2 class=\"paper-heading\" id=\"recommendations\"><span class=\"paper-number\">4.</span> Recommendation(s)</h2>"))
        #expect(page.contains("""
            <div class="table-wrap" role="region" aria-label="Action plan status, 2018/19" tabindex="0">
            <table class="table paper-table">
            <caption>Action plan status, 2018/19</caption>
            <thead><tr><th scope="col">Status</th><th scope="col">Actions</th></tr></thead>
            <tbody>
            <tr><td>Amber (in progress)</td><td>26</td></tr>
            <tr><td>Red</td><td>0</td></tr>
            </tbody>
            </table>
            </div>
            """))
        #expect(page.contains("<li id=\"fn-1\"><span class=\"paper-number\">1</span> The county strategy group of every partner. "
            + "<a class=\"paper-footnotes__back\" href=\"#fnref-1\">Back to the text<span class=\"visually-hidden\"> at footnote 1</span></a></li>"))
    }

    @Test func councilClosingFieldsAndContacts() throws {
        let page = try #require(try Self.site()[Self.councilPage])
        #expect(page.contains("<h2 class=\"paper-heading\" id=\"appendices\">Appendices</h2>\n"
            + "<p>Appendix 1: The Kent Community Safety Agreement</p>\n<p>Appendix 2: Memorandum of Understanding</p>"))
        #expect(page.contains("<h3>Relevant Director</h3>\n<p class=\"paper-contact\"><span class=\"paper-line\">Katie Stewart</span>"
            + "<span class=\"paper-line\">Director of Environment, Planning and Enforcement</span><span class=\"paper-line\">03000 418827</span>"
            + "<span class=\"paper-line\"><a href=\"mailto:katie.stewart@kent.gov.uk\">katie.stewart@kent.gov.uk</a></span></p>"))
        let order = ["id=\"background-documents\"", "id=\"appendices\"", "id=\"contact-details\"", "id=\"paper-notes\""].map { page.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { ($0 ?? page.startIndex) < ($1 ?? page.startIndex) })
    }

    @Test func partnershipNumbersSectionsPointZeroAndLeavesTheAppendixUnnumbered() throws {
        let page = try #require(try Self.site()["papers/partnership-update-2024.html"])
        let rows = page.components(separatedBy: "<div class=\"summary-list__row\"><dt>").dropFirst().map { $0.components(separatedBy: "</dt>")[0] }
        #expect(rows == ["By", "To", "Classification", "Subject", "Summary"])
        #expect(page.contains("<span class=\"paper-number\">1.0</span> Background</h2>"))
        #expect(page.contains("<span class=\"paper-number\">2.2</span> The plan remains a live document.</p>"))
        #expect(page.contains("<section class=\"paper-section paper-appendix\" aria-labelledby=\"appendix-a-performance-monitoring\">\n"
            + "<h2 class=\"paper-heading\" id=\"appendix-a-performance-monitoring\">Appendix A: Performance Monitoring</h2>\n"
            + "<p class=\"paper-para\">Each measure is compared"))
    }

    @Test func decisionNumbersSubParagraphsOnlyWhereASectionHasSeveral() throws {
        let page = try #require(try Self.site()["papers/framework-decision-2012.html"])
        #expect(page.contains("<span class=\"paper-number\">1.</span> Introduction</h2>\n<p class=\"paper-para\">The framework shows"))
        #expect(page.contains("<p class=\"paper-para paper-para--numbered\" id=\"paragraph-2-1\"><span class=\"paper-number\">(1)</span> The Crime"))
        #expect(page.contains("<p class=\"paper-para paper-para--numbered\" id=\"paragraph-2-2\"><span class=\"paper-number\">(2)</span> Community"))
        #expect(page.contains("<h2 class=\"paper-heading\" id=\"background-documents\"><span class=\"paper-number\">4.</span> Background Documents</h2>\n"
            + "<p>A Framework for Community Safety in Kent 2012 – 2015.</p>"))
    }

    @Test func theListIsNewestFirstAndLinksEveryFormat() throws {
        let list = try #require(try Self.site(pdf: false)["papers/index.html"])
        let items = list.components(separatedBy: "<ul class=\"link-list paper-list\">")[1].components(separatedBy: "</ul>")[0]
        let subjects = items.components(separatedBy: "<li><a href=\"").dropFirst().map { $0.components(separatedBy: "\"")[0] }
        #expect(subjects == ["partnership-update-2024.html", "cabinet-committee-2018.html", "framework-decision-2012.html"])
        #expect(list.contains("<span class=\"hint\">County Council – 13 September 2012</span><br><span class=\"hint\">Also as a "
            + "<a href=\"framework-decision-2012.docx\">Word document<span class=\"visually-hidden\"> of Community Safety Framework 2012-2015</span></a></span></li>"))
        #expect(!list.contains(".pdf"))
        #expect(try Self.site(pdf: false)[Self.councilPage]?.contains(".pdf") == false)
    }

    @Test func theStandaloneDocumentHoldsItsStylesAndTheMeetingDate() throws {
        let html = try #require(try Self.writer().paperDocument(PaperFixtures.cabinetCommittee, in: Self.publication()))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>The Kent Community Safety Agreement and the integrated Kent Community Safety Team</title>"))
        #expect(html.contains("<meta name=\"author\" content=\"Mike Hill, Barbara Cooper\">"))
        #expect(html.contains("<meta name=\"dcterms.created\" content=\"2018-03-20\">\n<meta name=\"dcterms.modified\" content=\"2018-03-20\">"))
        #expect(html.contains("<style media=\"print\">\n/* Print: the text and nothing around it"))
        #expect(html.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"))
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(html.contains("<p class=\"caption\">Environment and Transport Cabinet Committee – 20 March 2018</p>\n"
            + "<h1 class=\"title paper-title\">The Kent Community Safety Agreement and the integrated Kent Community Safety Team</h1>"))
        #expect(!html.contains("<link") && !html.contains("<script") && !html.contains("<header"))
        #expect(html.contains("<span class=\"paper-number\">1.1</span> The Crime and Disorder Act 1998"))
        var unknown = PaperFixtures.decision
        unknown.layout = "minutes"
        #expect(try Self.writer().paperDocument(unknown, in: Self.publication()) == nil)
        #expect(try Self.writer().missingLayouts(in: Self.publication(papers: [unknown, PaperFixtures.decision])).map(\.id) == ["framework-decision-2012"])
    }

    @Test func hostileTextInAPaperIsEscaped() throws {
        var paper = PaperFixtures.decision
        paper.header.subject = "<script>alert(1)</script>"
        paper.header.classification = "\"><img src=x>"
        paper.header.contacts[0].email = "a\"b@example.org"
        let files = try Self.writer().write(Self.publication(papers: [paper]))
        let page = try #require(files.first { $0.path == "papers/framework-decision-2012.html" }?.text)
        #expect(!page.contains("<script>alert(1)") && !page.contains("<img src=x"))
        #expect(page.contains("<h1 class=\"title\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(page.contains("<a href=\"mailto:a&quot;b@example.org\">"))
    }

    /// The fixture papers' site (a plain Kent site with no editions), written into
    /// `CSA_PAPER_SITE_OUTPUT` when set, for looking at the pages and checking them with the built-site
    /// checks before the bundled content has papers of its own.
    @Test func writesTheFixtureSite() throws {
        let files = try SiteWriter(theme: PaperFixtures.theme()).write(PaperFixtures.publication(), paperPDFs: false)
        #expect(files.filter { $0.path.hasPrefix("papers/") }.map(\.path) == [
            "papers/cabinet-committee-2018.html", "papers/framework-decision-2012.html", "papers/index.html", "papers/partnership-update-2024.html",
        ])
        guard let folder = ProcessInfo.processInfo.environment["CSA_PAPER_SITE_OUTPUT"], !folder.isEmpty else { return }
        for file in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }
}
