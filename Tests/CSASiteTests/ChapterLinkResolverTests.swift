@testable import CSASite
import CSAModel
import Testing

/// Links to a chapter's file (`03-priorities.md#part`) lead to its page, or to its place on the
/// whole-document page; anything else, and a document without such links, is left as it is.
@Suite struct ChapterLinkResolverTests {
    static let edition = LongPublication.make(editions: 1, chapters: 12).editions[0]

    static func link(_ destination: String) -> Document {
        Document(blocks: [Block(.paragraph([Inline(.emphasis([Inline(.link(destination: destination, title: "", [Inline(.text("x"), line: 1)]), line: 1)]), line: 1)]), line: 1)])
    }

    static func destination(_ document: Document) -> String? {
        guard case .paragraph(let inlines) = document.blocks.first?.kind, case .emphasis(let inner) = inlines.first?.kind,
              case .link(let destination, _, _) = inner.first?.kind else { return nil }
        return destination
    }

    @Test func aChapterFileNameLeadsToItsPageOrItsPlaceInTheDocument() {
        let page = ChapterLinkResolver(edition: Self.edition, page: .chapter(Self.edition.id, "chapter-1"))
        let document = ChapterLinkResolver(edition: Self.edition, page: .document(Self.edition.id))
        #expect(Self.destination(page.resolve(Self.link("03-chapter-3.md"))) == "chapter-3.html")
        #expect(Self.destination(page.resolve(Self.link("12-chapter-12.md#section"))) == "chapter-12.html#section")
        #expect(Self.destination(document.resolve(Self.link("12-chapter-12.md#section"))) == "#chapter-12-section")
        #expect(Self.destination(document.resolve(Self.link("03-chapter-3.md"))) == "#chapter-chapter-3")
    }

    /// A link to a heading of the same text takes the prefix the text's heading ids take on the page (a
    /// chapter's on the whole-document page), and is left as it is where they take none.
    @Test func aLinkToAHeadingOfTheSameTextFollowsItsIds() {
        let onItsPage = ChapterLinkResolver(edition: Self.edition, page: .chapter(Self.edition.id, "chapter-1"))
        let inTheDocument = ChapterLinkResolver(edition: Self.edition, page: .document(Self.edition.id), fragmentPrefix: "chapter-1-")
        #expect(Self.destination(onItsPage.resolve(Self.link("#purpose"))) == "#purpose")
        #expect(Self.destination(inTheDocument.resolve(Self.link("#purpose"))) == "#chapter-1-purpose")
        #expect(Self.destination(inTheDocument.resolve(Self.link("#"))) == "#")
        #expect(Self.destination(inTheDocument.resolve(Self.link("https://example.org/#x"))) == "https://example.org/#x")
    }

    @Test func aNameThatIsNoChaptersFileNameIsLeftAsItIs() {
        let page = ChapterLinkResolver(edition: Self.edition, page: .chapter(Self.edition.id, "chapter-1"))
        for destination in ["3-chapter-3.md", "04-chapter-3.md", "03-chapter-4.md", "chapter-3.md", "-03-chapter-3.md", "03-chapter-3.md.md",
                            "a/03-chapter-3.md", "https://example.org/03-chapter-3.md", "13-chapter-13.md"] {
            #expect(Self.destination(page.resolve(Self.link(destination))) == destination)
        }
        #expect(page.href("3-chapter-3.md") == nil)
    }

    @Test func aDocumentWithoutChapterLinksIsReturnedUnchanged() {
        let page = ChapterLinkResolver(edition: Self.edition, page: .chapter(Self.edition.id, "chapter-1"))
        let document = Self.link("https://example.org/page")
        #expect(page.resolve(document) == document)
    }
}
