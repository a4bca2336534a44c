@testable import CSASite
import Testing

/// Pages stay small when an edition is long or editions are many: a chapter page lists the chapters
/// near it and links to the edition's overview for the rest, and the edition switcher lists the editions
/// near the page's own and the current one, then links to the list of all. Short sites list everything.
@Suite struct LongPagesTests {
    static func page(_ path: String, editions: Int, chapters: Int) throws -> String {
        let writer = try SiteWriter(theme: HostilePublication.theme())
        let file = try #require(writer.files(LongPublication.make(editions: editions, chapters: chapters)).first { $0.path == path })
        return String(decoding: try writer.make(file).bytes, as: UTF8.self)
    }

    /// The text of the element that starts with `start`, up to and including `end`.
    static func part(of html: String, from start: String, to end: String) throws -> String {
        let from = try #require(html.range(of: start))
        let to = try #require(html.range(of: end, range: from.upperBound..<html.endIndex))
        return String(html[from.lowerBound..<to.upperBound])
    }

    @Test func aLongEditionsChapterPageListsTheChaptersNearIt() throws {
        let html = try Self.page("2003-04/chapters/chapter-10.html", editions: 5, chapters: ChapterPages.chapterListLimit + 1)
        let list = try Self.part(of: html, from: "<nav class=\"chapters-nav\"", to: "</nav>")
        #expect(list == """
            <nav class="chapters-nav" aria-labelledby="all-chapters">
            <h2 id="all-chapters">Nearby chapters</h2>
            <ol start="7">
            <li><a href="chapter-7.html">Chapter title 7</a></li>
            <li><a href="chapter-8.html">Chapter title 8</a></li>
            <li><a href="chapter-9.html">Chapter title 9</a></li>
            <li><span aria-current="page">Chapter title 10</span></li>
            <li><a href="chapter-11.html">Chapter title 11</a></li>
            <li><a href="chapter-12.html">Chapter title 12</a></li>
            <li><a href="chapter-13.html">Chapter title 13</a></li>
            </ol>
            <p><a href="../index.html#chapters-2003-04">Every chapter of this edition, on its overview</a></p>
            </nav>
            """)
        let first = try Self.part(of: try Self.page("2003-04/chapters/chapter-1.html", editions: 5, chapters: 30),
                                  from: "<h2 id=\"all-chapters\">", to: "</ol>")
        #expect(first.hasPrefix("<h2 id=\"all-chapters\">Nearby chapters</h2>\n<ol>\n<li><span aria-current=\"page\">Chapter title 1</span></li>"))
        #expect(first.components(separatedBy: "<li>").count - 1 == 4)
    }

    @Test func aShortEditionsChapterPageListsEveryChapter() throws {
        let html = try Self.page("2003-04/chapters/chapter-2.html", editions: 5, chapters: ChapterPages.chapterListLimit)
        let list = try Self.part(of: html, from: "<nav class=\"chapters-nav\"", to: "</nav>")
        #expect(list.contains("<h2 id=\"all-chapters\">All chapters</h2>\n<ol>\n<li><a href=\"chapter-1.html\">Chapter title 1</a></li>"))
        #expect(list.components(separatedBy: "<li>").count - 1 == ChapterPages.chapterListLimit)
        #expect(!list.contains("overview"))
    }

    @Test func withManyEditionsTheSwitcherListsTheNearestAndTheCurrent() throws {
        let count = FrameBuilder.switcherLimit + 2
        let html = try Self.page("2003-04/chapters/chapter-1.html", editions: count, chapters: 2)
        let switcher = try Self.part(of: html, from: "<ul class=\"switcher__list\">", to: "</nav>")
        // Newest first: the current (approved) edition, then three either side of 2003-04.
        let current = "\(2000 + count - 2)-\(String(format: "%02d", (2000 + count - 1) % 100))"
        #expect(switcher == """
            <ul class="switcher__list">
            <li><a href="../../\(current)/chapters/chapter-1.html">Agreement \(current) (current)</a></li>
            <li><a href="../../2006-07/chapters/chapter-1.html">Agreement 2006-07</a></li>
            <li><a href="../../2005-06/chapters/chapter-1.html">Agreement 2005-06</a></li>
            <li><a href="../../2004-05/chapters/chapter-1.html">Agreement 2004-05</a></li>
            <li><span aria-current="page">Agreement 2003-04</span> <span class="switcher__note">(you are here)</span></li>
            <li><a href="../../2002-03/chapters/chapter-1.html">Agreement 2002-03</a></li>
            <li><a href="../../2001-02/chapters/chapter-1.html">Agreement 2001-02</a></li>
            <li><a href="../../2000-01/chapters/chapter-1.html">Agreement 2000-01</a></li>
            </ul>
            <p class="switcher__more"><a href="../../index.html#editions-title">All \(count) editions, on the home page</a></p>
            </nav>
            """)
    }

    @Test func withFewEditionsTheSwitcherListsThemAll() throws {
        let html = try Self.page("2003-04/index.html", editions: FrameBuilder.switcherLimit, chapters: 2)
        let switcher = try Self.part(of: html, from: "<ul class=\"switcher__list\">", to: "</nav>")
        #expect(switcher.components(separatedBy: "<li>").count - 1 == FrameBuilder.switcherLimit)
        #expect(!switcher.contains("switcher__more"))
    }
}

extension LongPagesTests {
    /// A history line through many editions shows a run of at least `HistoryPages.runLimit` editions in which
    /// the item only goes on (same id, kind and title) as one step; shorter runs, the page's own edition and
    /// a draft keep a step each.
    @Test func aLongRunOfAnItemCarriedOnIsOneStep() throws {
        let html = try Self.page("2003-04/history.html", editions: 9, chapters: 1)
        #expect(try Self.part(of: html, from: "<section class=\"history-line\"", to: "</section>") == """
            <section class="history-line" aria-labelledby="priority-p1">
            <h3 id="priority-p1">Priority</h3>
            <ol class="history-steps">
            <li class="history-step history-step--item">
            <p class="history-step__edition">2000-01</p>
            <p class="history-step__item">Priority: <a href="../2000-01/priorities/p1.html">Priority</a></p>
            <p class="history-step__status">In the earliest edition published here.</p>
            </li>
            <li class="history-step history-step--item">
            <p class="history-step__edition">2001-02</p>
            <p class="history-step__item">Priority: <a href="../2001-02/priorities/p1.html">Priority</a></p>
            <p class="history-step__status">Carried on from 2000-01.</p>
            </li>
            <li class="history-step history-step--item">
            <p class="history-step__edition">2002-03</p>
            <p class="history-step__item">Priority: <a href="../2002-03/priorities/p1.html">Priority</a></p>
            <p class="history-step__status">Carried on from 2001-02.</p>
            </li>
            <li class="history-step history-step--item history-step--current">
            <p class="history-step__edition">2003-04 (this edition)</p>
            <p class="history-step__item">Priority: <a href="priorities/p1.html">Priority</a></p>
            <p class="history-step__status">Carried on from 2002-03.</p>
            </li>
            <li class="history-step history-step--item">
            <p class="history-step__edition">2004-05 to 2007-08</p>
            <p class="history-step__item">Priority: <a href="../2004-05/priorities/p1.html">Priority</a></p>
            <p class="history-step__status">Carried on from 2003-04 into each of these 4 editions.</p>
            </li>
            <li class="history-step history-step--item">
            <p class="history-step__edition">2008-09 (draft)</p>
            <p class="history-step__item">Priority: <a href="../2008-09/priorities/p1.html">Priority</a></p>
            <p class="history-step__status">Carried on from 2007-08.</p>
            </li>
            </ol>
            </section>
            """)
    }
}
