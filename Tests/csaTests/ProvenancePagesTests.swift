import Foundation
import Testing

/// What the built pages say about sources and examples: the example wording appears exactly where the
/// content marks a field as an example, never where a source paper reports it; sources are named;
/// unpublished editions, the superseded draft and the accessibility statement say what they must.
@Suite struct ProvenancePagesTests {
    static let paper2024 = "Kent Community Safety Agreement Update, a report to the Kent Community Safety Partnership, 21 November 2024"

    /// The HTML of one action's entry on a page, up to the next action or the end of its section.
    static func action(_ id: String, in html: String) throws -> String {
        let start = try #require(html.range(of: "<li class=\"action\" id=\"action-\(id)\">"), "action \(id)").lowerBound
        let rest = html[html.index(after: start)...]
        let end = [rest.range(of: "<li class=\"action\" id=")?.lowerBound, rest.range(of: "</section>")?.lowerBound].compactMap { $0 }.min() ?? rest.endIndex
        return String(html[start..<end])
    }

    @Test func actionsSayWhichFieldsAreExamplesAndNameTheirSource() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let plan = site.text("2024-25/action-plan.html")
        // xc-02: everything but the priorities it serves is reported by the paper.
        let xc02 = try Self.action("xc-02", in: plan)
        #expect(xc02.contains("<div class=\"summary-list__row\"><dt>Source</dt><dd>\(Self.paper2024)</dd></div>"))
        #expect(xc02.contains("<div class=\"summary-list__row\"><dt>Examples</dt><dd>Its priorities it serves are examples, made up to show how the agreement is published: no source paper gives them.</dd></div>"))
        #expect(!xc02.contains("Example status"))
        #expect(!xc02.contains("(example)"))
        #expect(xc02.contains("<dt>Lead</dt><dd>Kent Community Safety Team</dd>"))
        // da-01: the paper describes the work; its lead, due date, themes and updates are examples, its status is not.
        let da01 = try Self.action("da-01", in: plan)
        #expect(da01.contains("<dt>Lead</dt><dd>Kent Community Safety Team (example)</dd>"))
        #expect(da01.contains("<dd>Its themes, lead, due date and progress updates are examples, made up to show how the agreement is published: no source paper gives them.</dd>"))
        #expect(!da01.contains("Example status"))
        // rs-02 is wholly an example: its status is said to be one, and no source is named.
        let rs02 = try Self.action("rs-02", in: plan)
        #expect(rs02.contains("<strong class=\"tag tag--illustrative\">Example status</strong>"))
        #expect(rs02.contains("<dd>This action is an example, made up to show how the agreement is published: no source paper reports it.</dd>"))
        #expect(!rs02.contains("<dt>Source</dt>"))
        // The counts by status say whether the statuses are reported.
        #expect(site.text("2018-19/action-plan.html").contains("Every status is an example too, so the counts by status are examples."))
        #expect(site.text("2011-14/action-plan.html").contains("The statuses of 9 of them are examples; the others are reported."))
        #expect(!plan.contains("Every status is an example"))
        // The overview names the paper its priorities and themes come from.
        #expect(site.text("index.html").contains("<p class=\"hint source-note\">Source: \(Self.paper2024)</p>"))
    }

    @Test func prioritiesThemesAndChaptersNameTheirSources() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let priority = site.text("2024-25/priorities/domestic-abuse.html")
        #expect(priority.contains("<dt>Lead</dt><dd>Kent Community Safety Team (example)</dd>"))
        #expect(priority.contains("<dd>Its lead and themes are examples, made up to show how the agreement is published: no source paper gives them.</dd>"))
        #expect(priority.contains("<dt>Source</dt><dd>\(Self.paper2024)</dd>"))
        #expect(priority.contains("<a href=\"../themes.html#theme-mental-health-wellbeing\">Support mental health and wellbeing</a> (examples)</dd>"))
        #expect(site.text("2024-25/themes.html").contains(" (examples: no source paper says which priorities a theme supports)</dd>"))
        // A chapter names its sources and calls nothing an example.
        let chapter = site.text("2011-14/chapters/introduction.html")
        #expect(chapter.contains("<p class=\"hint source-note\">Sources: Community Safety Agreement 2011-14, a report to the KCC Crime and Disorder Scrutiny Committee, 8 July 2011; Kent Community Safety Agreement Update – Performance Monitoring and Annual Review, a report to the Kent Community Safety Partnership, 3 July 2012</p>"))
        #expect(!chapter.contains("tag--illustrative") && !chapter.contains("are examples") && !chapter.contains("is an example"))
        // The 2011 approval is reported; the 2024 one is a stand-in, and only that one says so.
        #expect(site.text("2011-14/index.html").contains("<dd>Approved by the Kent Community Safety Partnership on 20 May 2011</dd>"))
        #expect(site.text("2011-14/about.html").contains("<dt>Approval reported in</dt><dd>Community Safety Agreement 2011-14, a report to the KCC Crime and Disorder Scrutiny Committee, 8 July 2011;"))
        #expect(site.text("2024-25/about.html").contains("<dd>Approved by the Kent Community Safety Partnership on 21 March 2024 (an example date: no source paper gives it)</dd>"))
        // Made-up measures say so; no page calls a measure's figures real.
        #expect(site.count("<strong class=\"tag tag--illustrative\">Example figures</strong>", in: "2018-19/measures.html") == 7)
    }

    @Test func unpublishedEditionsAreNamedOnTheHomeAndAboutPages() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let home = site.text("index.html")
        #expect(home.contains("<li class=\"edition-list__gap\"><strong>Editions not published here</strong>: 1 April 2014 to 31 March 2018<br>"))
        #expect(home.contains("<li class=\"edition-list__gap\"><strong>Editions not published here</strong>: 1 April 2019 to 31 March 2024<br>"))
        #expect(home.contains("Not every edition is published here: the list says where editions are missing."))
        let about = site.text("2018-19/about.html")
        #expect(about.contains("<dt>Earlier editions not published here</dt><dd>The editions covering 1 April 2014 to 31 March 2018, after the Kent Community Safety Agreement 2011-14 and before the Kent Community Safety Agreement 2018-19, are not published here.</dd>"))
        #expect(about.contains("<dt>Later editions not published here</dt><dd>The editions covering 1 April 2019 to 31 March 2024, after the Kent Community Safety Agreement 2018-19 and before the Kent Community Safety Agreement 2024-25, are not published here.</dd>"))
        #expect(about.contains("<dt>Previous edition published here</dt>"))
        #expect(!about.contains("<dt>Replaces</dt>"))
        // The first edition has only a later gap.
        let first = site.text("2011-14/about.html")
        #expect(first.contains("<dt>Later editions not published here</dt>"))
        #expect(!first.contains("<dt>Earlier editions not published here</dt>"))
        // An item kept across the gap says so without claiming a one-year step.
        #expect(site.text("2024-25/priorities/road-safety.html").contains(
            "<dd>Also in the Kent Community Safety Agreement 2018-19, the previous edition published here. <a href=\"../history.html#priority-road-safety\">Its history in every edition</a></dd>"))
    }

    @Test func appendicesHaveTheirOwnPagesAfterTheChapters() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let appendix = site.text("2024-25/chapters/source-papers.html")
        #expect(appendix.contains("<span class=\"caption\">Appendix A</span>"))
        let overview = site.text("2024-25/index.html")
        let chapters = try #require(overview.range(of: "<ol class=\"chapter-list\">")).lowerBound
        let appendices = try #require(overview.range(of: ">Appendices</h3>")).lowerBound
        #expect(chapters < appendices)
        #expect(overview.contains("<li><a href=\"chapters/source-papers.html\">Appendix A: Source papers</a>"))
        // The last chapter is still Chapter 6: appendices are not numbered as chapters.
        #expect(site.text("2024-25/chapters/community-safety-landscape.html").contains("<span class=\"caption\">Chapter 6</span>"))
        #expect(site.text("2024-25/document.html").contains("<span class=\"caption\">Appendix A</span> Source papers</h2>"))
    }

    @Test func accessibilityStatementStatesWhatTheRegulationsRequire() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let page = site.text("accessibility.html")
        #expect(page.contains("<p>This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA, because of the non-accessible content listed below.</p>"))
        #expect(page.contains("<h2>Non-accessible content</h2>"))
        #expect(page.contains("Search needs JavaScript, so readers without it cannot search the text."))
        #expect(page.contains("<p>This statement was prepared on 23 November 2026. It was last reviewed on 23 November 2026.</p>"))
        #expect(page.contains("The Equality and Human Rights Commission (EHRC) is responsible for enforcing"))
        #expect(page.contains("<a href=\"https://www.equalityadvisoryservice.com/\">Equality Advisory and Support Service (EASS)</a>"))
        #expect(page.contains("axe-core") && page.contains("Nu HTML Checker"))
    }
}
