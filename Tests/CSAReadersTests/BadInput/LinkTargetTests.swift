import CSAModel
import CSAReaders
import Foundation
import Testing

/// Links and images may point only at relative addresses, `#anchors`, and `https:`, `http:` and `mailto:`
/// addresses; any other scheme is an error, however it is disguised.
@Suite struct LinkTargetTests {
    static func error(_ line: Int, _ column: Int, _ noun: String, _ target: String, _ scheme: String) -> String {
        """
        C/editions/2024-25/chapters/01-introduction.md:\(line):\(column): error: \(noun) target '\(target)' uses the '\(scheme):' scheme, which is not published
            hint: \(MarkdownHint.link)
        """
    }

    @Test func allowedTargetsPass() throws {
        let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("""

            [a](https://example.org/) [b](HTTP://example.org) [c](mailto:team@example.org) [d](#purpose)
            [e](../2023-24/index.html) [f](page.html?x=a:b) [g](/about/) <https://example.org/x> <team@example.org>
            ![h](images/chart.png) [i](//example.org/path) [j](:colon-first)

            """)])
        // No errors; the content lint may still warn (an http: link, a page that is not a chapter).
        #expect(got.filter { $0.contains(": error: ") } == [])
    }

    @Test func scriptAndOtherSchemesAreErrors() throws {
        let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("""

            [a](javascript:alert(1)) and [b](JaVaScRiPt:alert(1))
            [c](vbscript:msgbox) ![d](data:image/png;base64,AAAA) [e](file:///etc/passwd)
            [f](ftp://example.org/) <javascript:alert(2)>

            """)])
        #expect(got == [
            Self.error(8, 5, "link", "javascript:alert(1)", "javascript"),
            Self.error(8, 34, "link", "JaVaScRiPt:alert(1)", "javascript"),
            Self.error(9, 5, "link", "vbscript:msgbox", "vbscript"),
            Self.error(9, 27, "image", "data:image/png;base64,AAAA", "data"),
            Self.error(9, 59, "link", "file:///etc/passwd", "file"),
            Self.error(10, 5, "link", "ftp://example.org/", "ftp"),
            Self.error(10, 26, "link", "javascript:alert(2)", "javascript"),
        ])
    }

    @Test func disguisedSchemesAreStillFound() throws {
        // A tab inside the scheme and a space and a line break before it (written as character references): browsers ignore them.
        // Each is reported where its target is written, character references and all.
        let got = try BadInput.messages([BadInput.chapterPath: BadInput.chapter("""

            [a](java&#9;script:alert(1))

            [b](<&#32;&#10;javascript:alert(1)>)

            [c](&#x6A;avascript:alert(1))

            [d][ref]

            [ref]: javascript:alert(3)

            """)])
        #expect(got == [
            Self.error(8, 5, "link", "java\\tscript:alert(1)", "javascript"),
            Self.error(10, 6, "link", " \\njavascript:alert(1)", "javascript"),
            Self.error(12, 5, "link", "javascript:alert(1)", "javascript"),
            // A reference link's target is reported where it is written: in its definition.
            Self.error(16, 8, "link", "javascript:alert(3)", "javascript"),
        ])
    }

    @Test func linksInDescriptionsAreChecked() throws {
        let got = try BadInput.messages(["editions/2024-25/themes.yml": """
            - id: prevention
              title: Early intervention
              lead: tcsp
              description: |
                Acting [early](javascript:void(0)).

            """])
        #expect(got == ["""
            C/editions/2024-25/themes.yml:5:20: error: link target 'javascript:void(0)' uses the '\("javascript"):' scheme, which is not published
                hint: \(MarkdownHint.link)
            """])
    }
}
