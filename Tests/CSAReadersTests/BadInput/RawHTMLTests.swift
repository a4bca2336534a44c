import CSAModel
import CSAReaders
import Foundation
import Testing

/// Raw HTML in Markdown is never published, so it is an error where it was written rather than being
/// dropped without a word: in chapters and in the Markdown descriptions of priorities and themes.
@Suite struct RawHTMLTests {
    @Test func htmlBlocksAndInlineHTMLInAChapter() throws {
        let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("""

            ## Purpose

            <div class="box">
            Boxed.
            </div>

            > <!-- a comment -->

            Text with <span style="x">inline</span> HTML and `<code>` that is fine.

            """)])
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:10:1: error: raw HTML '<div class="box">\\nBoxed.\\n</div>' is not published
                hint: \(MarkdownHint.html)
            """, """
            C/editions/2024-25/chapters/01-introduction.md:14:3: error: raw HTML '<!-- a comment -->' is not published
                hint: \(MarkdownHint.html)
            """, """
            C/editions/2024-25/chapters/01-introduction.md:16:11: error: raw HTML '<span style="x">' is not published
                hint: \(MarkdownHint.html)
            """, """
            C/editions/2024-25/chapters/01-introduction.md:16:33: error: raw HTML '</span>' is not published
                hint: \(MarkdownHint.html)
            """])
    }

    @Test func longHTMLIsShortenedInTheMessage() throws {
        let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("\n<script>alert('a very long script indeed, longer than forty')</script>\n")])
        #expect(got == ["""
            C/editions/2024-25/chapters/01-introduction.md:8:1: error: raw HTML '<script>alert('a very long script indeed…' is not published
                hint: \(MarkdownHint.html)
            """])
    }

    @Test func htmlInALiteralDescriptionIsOnItsFileLine() throws {
        let got = try BadInput.messages(["editions/2024-25/themes.yml": """
            - id: prevention
              title: Early intervention
              lead: tcsp
              description: |
                Acting early.

                Before <em>harm</em>.

            """])
        #expect(got == ["""
            C/editions/2024-25/themes.yml:7:12: error: raw HTML '<em>' is not published
                hint: \(MarkdownHint.html)
            """, """
            C/editions/2024-25/themes.yml:7:20: error: raw HTML '</em>' is not published
                hint: \(MarkdownHint.html)
            """])
    }

    /// A folded description's lines are joined, but a problem is still found where it is written.
    @Test func htmlInAFoldedDescriptionIsWhereItIsWritten() throws {
        let got = try BadInput.messages(["editions/2024-25/priorities.yml": """
            - id: neighbourhood-crime
              title: Neighbourhood crime and ASB
              lead: police
              themes: [prevention]
              replaces: [asb]
              description: >
                Burglary, theft
                and <br> nuisance.

            """])
        #expect(got == ["""
            C/editions/2024-25/priorities.yml:8:9: error: raw HTML '<br>' is not published
                hint: \(MarkdownHint.html)
            """])
    }
}
