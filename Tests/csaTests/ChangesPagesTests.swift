import Foundation
import Testing

/// The "What changed" pages of the bundled Kent content: the renames, new and ended priorities and
/// themes the data records, the summary counts, the chapters' changes marked up as insertions and
/// deletions, and the links that lead readers to the pages.
@Suite struct ChangesPagesTests {
    /// The entries under one `<h4>` group of a section, tags removed, links shown as `title [href]`.
    static func group(_ heading: String, after section: String, in html: String) throws -> [String] {
        let sectionStart = try #require(html.range(of: section), "no \(section)").upperBound
        let start = try #require(html[sectionStart...].range(of: "<h4>\(heading)</h4>"), "no group \(heading)").upperBound
        let end = try #require(html[start...].range(of: "</ul>")).lowerBound
        return html[start..<end].components(separatedBy: "<li>").dropFirst().map { item in
            HistoryPagesTests.text(item.replacingOccurrences(of: "</li>", with: ""))
        }
    }

    static let itemsSection = "<h3 id=\"changes-items\">Priorities and cross-cutting themes</h3>"

    @Test func everyEditionThatSupersedesAnotherHasOne() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        #expect(site.files["2011-14/changes.html"] == nil)
        for (edition, previous) in [("2018-19", "2011-14"), ("2024-25", "2018-19")] {
            let page = site.text("\(edition)/changes.html")
            #expect(page.contains("<h1 class=\"title\">What changed</h1>"))
            #expect(page.contains("<title>What changed – Kent Community Safety Agreement \(edition)</title>"))
            #expect(page.contains("What changed in this edition since the <a href=\"../\(previous)/index.html\">Kent Community Safety Agreement \(previous)</a>, the edition it replaces."))
            // Reached from the edition's overview and its about page.
            #expect(site.text("\(edition)/index.html").contains("<p><a href=\"changes.html\">What changed since the Kent Community Safety Agreement \(previous)</a></p>"))
            #expect(site.text("\(edition)/about.html").contains("<dt>What changed</dt><dd><a href=\"changes.html\">What changed since the Kent Community Safety Agreement \(previous)</a></dd>"))
            #expect(site.text("sitemap.xml").contains("\(edition)/changes.html</loc>"))
            // Every id on the page once.
            let ids = page.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(Set(ids).count == ids.count, "\(edition)/changes.html repeats an id")
        }
        #expect(site.text("index.html").contains("<p><a href=\"2024-25/changes.html\">What changed since the Kent Community Safety Agreement 2018-19</a></p>"))
        #expect(!site.text("2011-14/index.html").contains("changes.html"))
    }

    @Test func from2018To2024TheRenamesAndTheNewPriorities() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let page = site.text("2024-25/changes.html")
        #expect(page.contains("<p>The editions covering 1 April 2019 to 31 March 2024 are not published here, so what changed in them and in this edition is shown here as one step.</p>"))
        #expect(page.contains("<div class=\"summary-list__row\"><dt>Priorities</dt><dd>2 added, 2 renamed, 6 changed</dd></div>"))
        #expect(try Self.group("Renamed", after: Self.itemsSection, in: page) == [
            "Priority: Anti-Social Behaviour [../2018-19/priorities/anti-social-behaviour.html] is now Preventing Neighbourhood Crime & ASB [priorities/neighbourhood-crime-asb.html] / Now supports “Support mental health and wellbeing”; description changed.",
            "Priority: Serious and Organised Crime [../2018-19/priorities/serious-organised-crime.html] is now Serious Violence and Organised Crime [priorities/serious-violence-organised-crime.html] / Lead was Kent Police, now Kent and Medway Violence Reduction Unit; description changed.",
        ])
        #expect(try Self.group("New in this edition", after: Self.itemsSection, in: page) == [
            "Priority: Preventing Extremism and Hate [priorities/preventing-extremism-hate.html]",
            "Priority: Violence against women and girls [priorities/vawg.html]",
            "Cross-cutting theme: Support mental health and wellbeing [themes.html#theme-mental-health-wellbeing]",
            "Cross-cutting theme: Response and Recovery from Significant Community Events [themes.html#theme-significant-community-events]",
        ])
        #expect(!page.contains("<h4>Not carried into this edition</h4>"))
    }

    @Test func from2011To2018TheItemsThatEnded() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let page = site.text("2018-19/changes.html")
        #expect(try Self.group("Not carried into this edition", after: Self.itemsSection, in: page) == [
            "Priority: Acquisitive crime [../2011-14/priorities/acquisitive-crime.html]",
            "Priority: Violent crime [../2011-14/priorities/violent-crime.html]",
            "Cross-cutting theme: Priority neighbourhoods / geographic focus [../2011-14/themes.html#theme-priority-neighbourhoods]",
            "Cross-cutting theme: Vulnerable households and individuals [../2011-14/themes.html#theme-vulnerable-households]",
            "Cross-cutting theme: Safeguarding children and young people [../2011-14/themes.html#theme-safeguarding-children]",
        ])
        #expect(try Self.group("Renamed", after: Self.itemsSection, in: page) == [
            "Cross-cutting theme: Reducing re-offending [../2011-14/themes.html#theme-reducing-reoffending] is now Reducing re-offending and supporting victims [themes.html#theme-reducing-reoffending-supporting-victims] / Description changed.",
        ])
        #expect(try Self.group("New in this edition", after: Self.itemsSection, in: page).prefix(2) == [
            "Priority: Safeguarding Vulnerable People [priorities/safeguarding-vulnerable-people.html]",
            "Priority: Serious and Organised Crime [priorities/serious-organised-crime.html]",
        ])
    }

    @Test func actionStatusesAndMeasures() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let page = site.text("2024-25/changes.html")
        // da-01 was Green in the 2018-19 draft (an example status there) and is Amber, as the November 2024 paper reports.
        let da01 = try #require(page.components(separatedBy: "<li>").first { $0.hasPrefix("<a href=\"action-plan.html#action-da-01\">") })
        #expect(HistoryPagesTests.text(da01.components(separatedBy: "</li>")[0]).replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression) == "da-01 [action-plan.html#action-da-01] Support the 16 Days of Action campaign against domestic abuse. / Green (example) to Amber")
        #expect(page.components(separatedBy: "<span class=\"change-list__to\">to</span>").count - 1 == 10)
        #expect(try Self.group("Worse", after: "<h3 id=\"changes-measures\">Measures</h3>", in: page) == [
            "Adults completing drug treatment successfully (non-opiate users) [measures.html#measure-treatment-completions] / 39.6 in 2016-17, then 38.6 in 2024-25 (unit: %); higher is better; the figures are examples.",
            "People killed or seriously injured in road collisions [measures.html#measure-ksi-casualties] / 648 in 2016-17, then 694 in 2024-25 (unit: casualties); lower is better; the figures are examples.",
        ])
    }

    @Test func chaptersInContextWithInsertionsAndDeletionsMarked() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        let page = site.text("2024-25/changes.html")
        #expect(page.contains("<li><a href=\"#changes-chapter-source-papers\">Appendix A: Source papers</a><br><span class=\"hint\">New in this edition.</span></li>"))
        #expect(page.contains("<h3 id=\"changes-chapter-introduction\">Chapter 1: Introduction</h3>"))
        #expect(page.contains("<p class=\"diff-text diff-text--heading\">About this <del><span class=\"visually-hidden\">deleted: </span>draft</del><ins><span class=\"visually-hidden\">inserted: </span>agreement</ins></p>"))
        #expect(page.contains("<p class=\"diff-block__label\">Deleted: 2 headings, 2 paragraphs and 6 list items</p>"))
        #expect(page.contains("<p class=\"diff-text diff-text--bullet\"><del><span class=\"visually-hidden\">deleted: </span>reviews of data;</del></p>"))
        // Unchanged blocks beside a change are shown as context, labelled for screen readers; a long one is cut to its nearest words.
        #expect(page.contains("<div class=\"diff-block diff-block--context\">\n<p class=\"diff-text diff-text--heading\"><span class=\"visually-hidden\">Unchanged heading: </span>A rolling document</p>\n</div>"))
        #expect(page.contains("<span class=\"visually-hidden\">Unchanged paragraph: </span>The chapters on this site describe the agreement in their own words, from the committee papers named at the top of each page; they are …</p>"))
        #expect(page.contains("<li>Formatting: &quot;and Organised Crime&quot;: plain → bold</li>"))
        // Every <ins> and <del> carries its label for screen readers.
        #expect(page.components(separatedBy: "<ins>").count == page.components(separatedBy: "<ins><span class=\"visually-hidden\">inserted: </span>").count)
        #expect(page.components(separatedBy: "<del>").count == page.components(separatedBy: "<del><span class=\"visually-hidden\">deleted: </span>").count)
        #expect(page.components(separatedBy: "<ins>").count > 50 && page.components(separatedBy: "<del>").count > 50)
    }
}
