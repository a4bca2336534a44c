@testable import CSASite
import CSAModel
import Testing

/// How pages word sources and examples.
@Suite struct MarkingWordingTests {
    static let site = SiteInfo(partnership: "P", title: "T", baseURL: "https://x.example/", language: "en-GB",
                               licence: Licence(name: "L", url: "https://l.example/"), accessibilityContact: Contact(name: "C", email: "c@x.example"),
                               bodies: [Body(id: "kcsp", name: "Kent Community Safety Partnership", location: SourceLocation(file: "s"))],
                               sources: [SourcePaper(id: "p1", title: "Update", body: "kcsp", date: CalendarDate(iso: "2024-11-21")!, location: SourceLocation(file: "s")),
                                         SourcePaper(id: "p2", title: "Review", body: "kcsp", date: CalendarDate(iso: "2012-07-03")!, location: SourceLocation(file: "s"))],
                               location: SourceLocation(file: "s"))

    @Test func examplesAreListedInWords() {
        #expect(MarkingWording.examples(.none, noun: "action") == nil)
        #expect(MarkingWording.examples(.all, noun: "theme") == "This theme is an example, made up to show how the agreement is published: no source paper reports it.")
        #expect(MarkingWording.examples(.fields(["due"]), noun: "action") == "Its due date is an example, made up to show how the agreement is published: no source paper gives it.")
        #expect(MarkingWording.examples(.fields(["lead", "due", "updates"]), noun: "action")
                == "Its lead, due date and progress updates are examples, made up to show how the agreement is published: no source paper gives them.")
    }

    @Test func sourcesNameThePaperTheBodyAndTheDate() {
        #expect(MarkingWording.sources(["p1"], site: Self.site) == "Source: Update, a report to the Kent Community Safety Partnership, 21 November 2024")
        #expect(MarkingWording.sources(["p2", "p1"], site: Self.site)
                == "Sources: Review, a report to the Kent Community Safety Partnership, 3 July 2012; Update, a report to the Kent Community Safety Partnership, 21 November 2024")
        #expect(MarkingWording.sources([], site: Self.site) == nil)
        let marking = MarkingWording.marking(Provenance(sources: ["p1"], illustrative: .fields(["lead"])), noun: "priority", site: Self.site)
        #expect(marking.sourceKey == "Source" && marking.papers == "Update, a report to the Kent Community Safety Partnership, 21 November 2024")
        #expect(marking.exampleText == "Its lead is an example, made up to show how the agreement is published: no source paper gives it.")
    }
}
