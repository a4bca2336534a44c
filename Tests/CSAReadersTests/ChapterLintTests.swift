import CSAModel
import CSAReaders
import Foundation
import Testing
import TestSupport

/// Content lint: warnings, with their line and column, for what a chapter may contain but reads badly or
/// breaks on the site. Warnings never stop the content from being read.
@Suite struct ChapterLintTests {
    static let path = "editions/2024-25/chapters/01-introduction.md"

    func lint(_ body: String) throws -> (messages: [String], published: Bool) {
        let fixture = try ContentFixture(replacing: [Self.path: TestshireContent.introductionFrontMatter + body])
        defer { fixture.remove() }
        return (fixture.messages(), fixture.read().publication != nil)
    }

    @Test func linkToAChapterThatDoesNotExist() throws {
        let got = try lint("See [the priorities](03-priorites.md#list) and [the introduction](01-introduction.md).\n")
        #expect(got.published)
        #expect(got.messages == ["""
            C/editions/2024-25/chapters/01-introduction.md:7:5: warning: link to '03-priorites.md#list' goes nowhere: edition 2024-25 has no chapter '03-priorites.md'
                hint: link to another chapter by its file name, such as '01-introduction.md'
            """])
    }

    @Test func linkToAPageNameSuggestsTheChapterFile() throws {
        let got = try lint("Read [the introduction](introduction.html) and [the start](introductoin.html).\n")
        #expect(got.messages == ["""
            C/editions/2024-25/chapters/01-introduction.md:7:48: warning: link to 'introductoin.html' goes nowhere: edition 2024-25 has no chapter 'introductoin.html'
                hint: did you mean '01-introduction.md'? link to another chapter by its file name, such as '01-introduction.md'
            """])
    }

    /// A link that leaves the chapters by a relative path, or to another site without a scheme, and an
    /// image csa would not publish, are warnings; chapter files, anchors and full addresses are not.
    @Test func linksAndImagesThatLeadNowhereOnTheSite() throws {
        let got = try lint("""
            [a](//evil.example/x) [b](/etc/passwd) [c](../../x) [d](../2018-19/chapters/x.html)

            ![A chart](images/chart.png) [e](01-introduction.md#top) [f](#top) [g](https://example.org/a/b) [h](mailto:a@example.org)

            """)
        #expect(got.published)
        #expect(got.messages == [
            "C/editions/2024-25/chapters/01-introduction.md:7:1: warning: link '//evil.example/x' leads to another site without saying how ('//' with no 'https:')\n    hint: write the full address, starting with https://",
            "C/editions/2024-25/chapters/01-introduction.md:7:23: warning: link to '/etc/passwd' leaves the chapters: a relative address other than a chapter's file name leads nowhere on the published site\n    hint: link to a chapter by its file name, such as '03-priorities.md', or give a full https:// address",
            "C/editions/2024-25/chapters/01-introduction.md:7:40: warning: link to '../../x' leaves the chapters: a relative address other than a chapter's file name leads nowhere on the published site\n    hint: link to a chapter by its file name, such as '03-priorities.md', or give a full https:// address",
            "C/editions/2024-25/chapters/01-introduction.md:7:53: warning: link to '../2018-19/chapters/x.html' leaves the chapters: a relative address other than a chapter's file name leads nowhere on the published site\n    hint: link to a chapter by its file name, such as '03-priorities.md', or give a full https:// address",
            "C/editions/2024-25/chapters/01-introduction.md:9:1: warning: image 'images/chart.png' is not published: csa copies no image files into the site\n    hint: give the image's full https:// address, or describe it in words instead",
        ])
    }

    /// A footnote marker is shown as written in a chapter (only committee papers have footnotes): a warning
    /// at the marker; a caret in ordinary text is not one.
    @Test func footnoteMarkersAreShownAsWritten() throws {
        let got = try lint("The duty applies[^1] to every partner.\n\n[^1]: Crime and Disorder Act 1998.\n\nTwo^3 is eight, and [x^y] is no footnote.\n")
        #expect(got.published)
        #expect(got.messages == [
            "C/editions/2024-25/chapters/01-introduction.md:7:17: warning: '[^1]' looks like a footnote, which a chapter shows as written\n    hint: chapters have no footnotes (committee papers do): put the note in the text, or in a list at the end of the chapter",
            "C/editions/2024-25/chapters/01-introduction.md:9:1: warning: '[^1]' looks like a footnote, which a chapter shows as written\n    hint: chapters have no footnotes (committee papers do): put the note in the text, or in a list at the end of the chapter",
        ])
    }

    @Test func imageWithoutAltText() throws {
        let got = try lint("A map:\n\n![](https://example.org/map.png)\n")
        #expect(got.published)
        #expect(got.messages == ["""
            C/editions/2024-25/chapters/01-introduction.md:9:1: warning: image 'https://example.org/map.png' has no alt text
                hint: describe what the image shows between the brackets: ![Map of Kent's districts](...)
            """])
    }

    @Test func skippedHeadingLevel() throws {
        let got = try lint("## Background\n\n#### Detail\n\n## Next\n\n### Fine\n")
        #expect(got.messages == ["""
            C/editions/2024-25/chapters/01-introduction.md:9:1: warning: heading 'Detail' skips from level 2 to level 4
                hint: use a level-3 heading ('###') here; screen reader users move through headings by level
            """])
    }

    @Test func firstHeadingMustBeLevelTwo() throws {
        let got = try lint("### Too deep\n")
        #expect(got.messages.first?.hasPrefix("C/editions/2024-25/chapters/01-introduction.md:7:1: warning: heading 'Too deep' skips from level 1 to level 3") == true)
    }

    @Test func vagueLinkText() throws {
        let got = try lint("For the law, [click here](https://www.legislation.gov.uk/ukpga/1998/37).\n")
        #expect(got.messages == ["""
            C/editions/2024-25/chapters/01-introduction.md:7:14: warning: link text 'click here' does not say where the link goes
                hint: use words that name the page, such as 'the Serious Violence Duty guidance'; screen reader users often list links out of context
            """])
    }

    @Test func insecureHTTPLink() throws {
        let got = try lint("See [the Act](http://www.legislation.gov.uk/ukpga/1998/37).\n")
        #expect(got.messages == ["""
            C/editions/2024-25/chapters/01-introduction.md:7:5: warning: link uses an insecure 'http:' address: http://www.legislation.gov.uk/ukpga/1998/37
                hint: use the 'https://' address if the site has one
            """])
    }

    @Test func pipeTable() throws {
        let got = try lint("Changes:\n\n| Priority | Change |\n|---|---|\n| Domestic Abuse | continued |\n")
        #expect(got.published)
        #expect(got.messages == ["""
            C/editions/2024-25/chapters/01-introduction.md:9:1: warning: this looks like a pipe table, which CommonMark shows as plain text
                hint: set the rows out as a list, for example '- **Domestic Abuse**: continued'
            """])
    }

    @Test func cleanChapterHasNoWarnings() throws {
        let got = try lint("## Background\n\nSee [the introduction](01-introduction.md#background) and [the Act](https://www.legislation.gov.uk/).\n\n![Map of Kent](https://example.org/map.png)\n")
        #expect(got.messages == [])
        #expect(got.published)
    }
}
