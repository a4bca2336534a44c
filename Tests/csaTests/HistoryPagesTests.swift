import Foundation
import Testing

/// The history pages of the bundled Kent content: every line exactly as the data records it (kept ids
/// and `replaces:`), with the editions not published here, items that ended and items that began;
/// and the way readers reach the pages.
@Suite struct HistoryPagesTests {
    static let gap1 = "1 April 2014 to 31 March 2018 | Editions not published here | The line passes through these editions."
    static let gap2 = "1 April 2019 to 31 March 2024 | Editions not published here | The line passes through these editions."

    /// The steps of one line on a history page, each as "edition | item | status", with tags removed,
    /// links shown as `title [href]` and entities decoded.
    static func rows(_ anchor: String, in html: String) throws -> [String] {
        let start = try #require(html.range(of: "<section class=\"history-line\" aria-labelledby=\"\(anchor)\">"), "no line \(anchor)").upperBound
        let end = try #require(html[start...].range(of: "</section>")).lowerBound
        return html[start..<end].components(separatedBy: "<li class=\"history-step").dropFirst().map { step in
            step.drop { $0 != ">" }.dropFirst().components(separatedBy: "</p>").dropLast().map(text).joined(separator: " | ")
        }
    }

    /// A cell's text: links shown as `title [href]`, `<br>` as " / ".
    static func text(_ cell: String) -> String {
        var s = cell.replacingOccurrences(of: "<br>", with: " / ")
        s = s.replacingOccurrences(of: #"<a href="([^"]*)">([^<]*)</a>"#, with: "$2 [$1]", options: .regularExpression)
        s = s.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: character)
        }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func antiSocialBehaviourThroughTwoRenamesAndBothGaps() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        #expect(try Self.rows("priority-neighbourhood-crime-asb", in: site.text("2024-25/history.html")) == [
            "2011-14 | Priority: Anti-social behaviour including environmental [../2011-14/priorities/anti-social-behaviour.html] | In the earliest edition published here.",
            Self.gap1,
            "2018-19 (draft) | Priority: Anti-Social Behaviour [../2018-19/priorities/anti-social-behaviour.html] | Carried on from 2011-14, renamed from “Anti-social behaviour including environmental”.",
            Self.gap2,
            "2024-25 (this edition) | Priority: Preventing Neighbourhood Crime & ASB [priorities/neighbourhood-crime-asb.html] | Carried on from 2018-19, renamed from “Anti-Social Behaviour”.",
        ])
        // The same line on the first edition's page, marked there as that edition's.
        #expect(try Self.rows("priority-anti-social-behaviour", in: site.text("2011-14/history.html")) == [
            "2011-14 (this edition) | Priority: Anti-social behaviour including environmental [priorities/anti-social-behaviour.html] | In the earliest edition published here.",
            Self.gap1,
            "2018-19 (draft) | Priority: Anti-Social Behaviour [../2018-19/priorities/anti-social-behaviour.html] | Carried on from 2011-14, renamed from “Anti-social behaviour including environmental”.",
            Self.gap2,
            "2024-25 | Priority: Preventing Neighbourhood Crime & ASB [../2024-25/priorities/neighbourhood-crime-asb.html] | Carried on from 2018-19, renamed from “Anti-Social Behaviour”.",
        ])
    }

    @Test func domesticAbuseAndRoadSafetyKeepTheirIds() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        // "Domestic abuse" and "Domestic Abuse" differ only in capitals: not called a rename.
        #expect(try Self.rows("priority-domestic-abuse", in: site.text("2024-25/history.html")) == [
            "2011-14 | Priority: Domestic abuse [../2011-14/priorities/domestic-abuse.html] | In the earliest edition published here.",
            Self.gap1,
            "2018-19 (draft) | Priority: Domestic Abuse [../2018-19/priorities/domestic-abuse.html] | Carried on from 2011-14.",
            Self.gap2,
            "2024-25 (this edition) | Priority: Domestic Abuse [priorities/domestic-abuse.html] | Carried on from 2018-19.",
        ])
        #expect(try Self.rows("priority-road-safety", in: site.text("2018-19/history.html")) == [
            "2011-14 | Priority: Road safety [../2011-14/priorities/road-safety.html] | In the earliest edition published here.",
            Self.gap1,
            "2018-19 (draft, this edition) | Priority: Road Safety [priorities/road-safety.html] | Carried on from 2011-14.",
            Self.gap2,
            "2024-25 | Priority: Road Safety [../2024-25/priorities/road-safety.html] | Carried on from 2018-19.",
        ])
    }

    @Test func itemsThatEndedAndItemsThatBegan() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        #expect(try Self.rows("priority-acquisitive-crime", in: site.text("2011-14/history.html")) == [
            "2011-14 (this edition) | Priority: Acquisitive crime [priorities/acquisitive-crime.html] | In the earliest edition published here.",
            "2018-19 (draft) | Not in this edition | “Acquisitive crime” not carried into 2018-19, the next edition published here: its last edition was 2011-14 or one of the editions between them, which are not published here.",
        ])
        let new = "New since 2018-19, the previous edition published here: its first edition was 2024-25 or one of the editions between them, which are not published here"
        let page = site.text("2024-25/history.html")
        #expect(try Self.rows("priority-vawg", in: page) == ["2024-25 (this edition) | Priority: Violence against women and girls [priorities/vawg.html] | \(new)."])
        #expect(try Self.rows("priority-preventing-extremism-hate", in: page) == [
            "2024-25 (this edition) | Priority: Preventing Extremism and Hate [priorities/preventing-extremism-hate.html] | \(new).",
        ])
        // Serious and Organised Crime: no item of 2011-14 is recorded as its forerunner; renamed in 2024-25.
        #expect(try Self.rows("priority-serious-violence-organised-crime", in: page) == [
            "2018-19 (draft) | Priority: Serious and Organised Crime [../2018-19/priorities/serious-organised-crime.html] | New since 2011-14, the previous edition published here: its first edition was 2018-19 or one of the editions between them, which are not published here.",
            Self.gap2,
            "2024-25 (this edition) | Priority: Serious Violence and Organised Crime [priorities/serious-violence-organised-crime.html] | Carried on from 2018-19, renamed from “Serious and Organised Crime”.",
        ])
    }

    @Test func aThemeRenamedTwiceLinksToTheThemesPages() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        #expect(try Self.rows("theme-reducing-reoffending-supporting-victims", in: site.text("2024-25/history.html")) == [
            "2011-14 | Cross-cutting theme: Reducing re-offending [../2011-14/themes.html#theme-reducing-reoffending] | In the earliest edition published here.",
            Self.gap1,
            "2018-19 (draft) | Cross-cutting theme: Reducing re-offending and supporting victims [../2018-19/themes.html#theme-reducing-reoffending-supporting-victims] | Carried on from 2011-14, renamed from “Reducing re-offending”.",
            Self.gap2,
            "2024-25 (this edition) | Cross-cutting theme: Reduce re-offending and support victims [themes.html#theme-reducing-reoffending-supporting-victims] | Carried on from 2018-19, renamed from “Reducing re-offending and supporting victims”.",
        ])
        #expect(try Self.rows("theme-vulnerable-households", in: site.text("2011-14/history.html")) == [
            "2011-14 (this edition) | Cross-cutting theme: Vulnerable households and individuals [themes.html#theme-vulnerable-households] | In the earliest edition published here.",
            "2018-19 (draft) | Not in this edition | “Vulnerable households and individuals” not carried into 2018-19, the next edition published here: its last edition was 2011-14 or one of the editions between them, which are not published here.",
        ])
    }

    @Test func everyItemHasOneLineAndOtherLinesAreLinked() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        for (edition, items) in [("2011-14", 11), ("2018-19", 9), ("2024-25", 13)] {
            #expect(site.count("<section class=\"history-line\"", in: "\(edition)/history.html") == items, "\(edition)")
        }
        let page = site.text("2024-25/history.html")
        let ended = try #require(page.components(separatedBy: "<h3>Ended before this edition</h3>").last?.components(separatedBy: "</ul>").first)
        #expect(ended.components(separatedBy: "<li>").dropFirst().map(Self.text) == [
            "Acquisitive crime [../2011-14/history.html#priority-acquisitive-crime] / Priority in 2011-14",
            "Violent crime [../2011-14/history.html#priority-violent-crime] / Priority in 2011-14",
            "Priority neighbourhoods / geographic focus [../2011-14/history.html#theme-priority-neighbourhoods] / Cross-cutting theme in 2011-14",
            "Vulnerable households and individuals [../2011-14/history.html#theme-vulnerable-households] / Cross-cutting theme in 2011-14",
            "Safeguarding children and young people [../2011-14/history.html#theme-safeguarding-children] / Cross-cutting theme in 2011-14",
        ])
        #expect(!page.contains("<h3>Began after this edition</h3>"))
        let first = site.text("2011-14/history.html")
        let began = try #require(first.components(separatedBy: "<h3>Began after this edition</h3>").last?.components(separatedBy: "</ul>").first)
        #expect(began.components(separatedBy: "<li>").dropFirst().map(Self.text) == [
            "Safeguarding Vulnerable People [../2018-19/history.html#priority-safeguarding-vulnerable-people] / Priority in 2018-19 (draft)",
            "Serious and Organised Crime [../2018-19/history.html#priority-serious-organised-crime] / Priority in 2018-19 (draft)",
            "Improving quality of life and enhancing community resilience [../2018-19/history.html#theme-quality-of-life-resilience] / Cross-cutting theme in 2018-19 (draft)",
            "Preventing Extremism and Hate [history.html#priority-preventing-extremism-hate] / Priority in 2024-25",
            "Violence against women and girls [history.html#priority-vawg] / Priority in 2024-25",
            "Support mental health and wellbeing [history.html#theme-mental-health-wellbeing] / Cross-cutting theme in 2024-25",
            "Response and Recovery from Significant Community Events [history.html#theme-significant-community-events] / Cross-cutting theme in 2024-25",
        ].map { $0.replacingOccurrences(of: "[history.html", with: "[../2024-25/history.html") })
        #expect(!first.contains("<h3>Ended before this edition</h3>"))
    }

    @Test func readersReachTheHistoryFromPrioritiesThemesAndOtherEditions() throws {
        let (_, site) = try BuildCommandTests.sharedBuild.get()
        #expect(site.text("2024-25/priorities/vawg.html").contains("<dt>History</dt><dd>Not in the Kent Community Safety Agreement 2018-19, "
            + "the previous edition published here. <a href=\"../history.html#priority-vawg\">Its history in every edition</a></dd>"))
        #expect(site.text("2011-14/priorities/acquisitive-crime.html").contains("<dt>History</dt><dd><a href=\"../history.html#priority-acquisitive-crime\">Its history in every edition</a></dd>"))
        let themes = site.text("2024-25/themes.html")
        #expect(themes.contains("<a href=\"history.html\">history of priorities and themes</a>"))
        #expect(themes.contains("<a href=\"history.html#theme-mental-health-wellbeing\">Its history<span class=\"visually-hidden\">, Support mental health and wellbeing,</span> in every edition</a>"))
        let history = site.text("2018-19/history.html")
        #expect(site.element("title", in: "2018-19/history.html") == "History of priorities and themes – Kent Community Safety Agreement 2018-19")
        #expect(history.contains("<li><a href=\"../2024-25/history.html\">Kent Community Safety Agreement 2024-25 (current)</a></li>"))
        #expect(history.contains("<li><a href=\"../2011-14/history.html\">Kent Community Safety Agreement 2011-14</a></li>"))
        #expect(history.contains("<a class=\"notice__link\" href=\"../2024-25/history.html\">Read this page in the current edition"))
        for e in ["2011-14", "2018-19", "2024-25"] {
            #expect(site.text("sitemap.xml").contains("<loc>https://csa.example.org/kent/\(e)/history.html</loc>"))
        }
    }
}
