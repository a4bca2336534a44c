import Foundation
import Testing

/// `csa build` end to end on the bundled Kent content: the pages that must exist and nothing else,
/// titles, links between editions, notices, determinism and atomic replacement.
@Suite(.serialized) struct BuildCommandTests {
    static let content = CSAProgram.packageRoot.appendingPathComponent("Content")

    /// Builds the bundled content into a new folder, reads it back into memory and removes the folder.
    static func build() throws -> (CSAProgram.Result, SiteTree) {
        let out = TempDir.make("site")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CSAProgram.run(["build", "--output", out.path, "--quiet"])
        return (result, try SiteTree(out))
    }

    /// One build of the bundled content, shared by the tests that only read it.
    static let sharedBuild = Result { try build() }

    /// The files the bundled content must produce, worked out from the content folder by listing it,
    /// independently of the tool's own code.
    static func expectedFiles() throws -> Set<String> {
        var files: Set<String> = [".csa-site.json", ".csa-build-cache", "index.html", "accessibility.html", "404.html", "sitemap.xml", "feed.xml",
                                  "assets/csa.css", "assets/print.css", "assets/search.js"]
        for set in ["priorities", "themes", "actions", "updates", "measures", "all"] { files.insert("data/schema/\(set).schema.json") }
        // Each committee paper: its page, Word document and PDF (WeasyPrint is installed for the tests), and
        // the papers' list and stylesheet, only when there are papers.
        let papersFolder = content.appendingPathComponent("papers").path
        let papers = ((try? FileManager.default.contentsOfDirectory(atPath: papersFolder)) ?? []).filter { $0.hasSuffix(".md") }
        if !papers.isEmpty { files.formUnion(["papers/index.html", "assets/papers/paper.css"]) }
        for paper in papers {
            for format in ["html", "docx", "pdf"] { files.insert("papers/\(paper.dropLast(3)).\(format)") }
        }
        let editions = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("editions").path)
        for e in editions {
            for page in ["index", "document", "themes", "action-plan", "measures", "about", "data", "search", "history"] { files.insert("\(e)/\(page).html") }
            // An edition that supersedes another has a "What changed" page.
            let edition = try String(contentsOf: content.appendingPathComponent("editions/\(e)/edition.yml"), encoding: .utf8)
            if edition.split(separator: "\n").contains(where: { $0.hasPrefix("supersedes: ") }) { files.insert("\(e)/changes.html") }
            for set in ["priorities", "themes", "actions", "updates", "measures"] {
                files.insert("\(e)/data/\(set).csv")
                files.insert("\(e)/data/\(set).json")
            }
            files.insert("\(e)/data/all.json")
            let chapters = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("editions/\(e)/chapters").path)
            for c in chapters where c.hasSuffix(".md") {
                let id = c.dropLast(3).drop { $0.isNumber }.dropFirst() // 01-introduction.md → introduction
                files.insert("\(e)/chapters/\(id).html")
            }
            let priorities = try String(contentsOf: content.appendingPathComponent("editions/\(e)/priorities.yml"), encoding: .utf8)
            for line in priorities.split(separator: "\n") where line.hasPrefix("- id: ") {
                files.insert("\(e)/priorities/\(line.dropFirst(6)).html")
            }
        }
        return files
    }

    @Test func buildsExactlyTheExpectedFiles() throws {
        let (result, site) = try Self.sharedBuild.get()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")
        let expected = try Self.expectedFiles()
        // Pagefind writes the search index; its file names are hashes of the index's content.
        let index = Set(site.files.keys.filter { $0.hasPrefix("pagefind/") })
        for e in ["2011-14", "2018-19", "2024-25"] {
            #expect(index.contains("pagefind/\(e)/pagefind.js") && index.contains { $0.hasPrefix("pagefind/\(e)/fragment/") }, "no search index for \(e)")
            // Only the WebAssembly its script loads for the site's language (en-GB) is published.
            #expect(index.filter { $0.hasPrefix("pagefind/\(e)/wasm.") } == ["pagefind/\(e)/wasm.en-gb.pagefind"])
        }
        let actual = Set(site.files.keys).subtracting(index)
        #expect(actual.subtracting(expected).sorted() == [], "unexpected output files")
        #expect(expected.subtracting(actual).sorted() == [], "missing output files")
        #expect(actual.count > 90)
    }

    @Test func pagesHaveTheirTitlesAndOneH1() throws {
        let (_, site) = try Self.sharedBuild.get()
        #expect(site.element("title", in: "index.html") == "Kent Community Safety Agreement")
        #expect(site.element("title", in: "2024-25/index.html") == "Kent Community Safety Agreement 2024-25")
        #expect(site.element("title", in: "2024-25/action-plan.html") == "Action plan – Kent Community Safety Agreement 2024-25")
        #expect(site.element("title", in: "2011-14/chapters/introduction.html") == "Chapter 1: Introduction – Kent Community Safety Agreement 2011-14")
        #expect(site.element("title", in: "2024-25/document.html") == "Whole document – Kent Community Safety Agreement 2024-25")
        // Every page's title is its own (WCAG 2.4.2): a chapter called as one of csa's pages is, the whole
        // document and the edition's overview, which share a heading, included.
        var titles: [String: String] = [:]
        for path in site.files.keys.sorted() where path.hasSuffix(".html") && path != "404.html" {
            let title = site.element("title", in: path) ?? ""
            #expect(titles[title] == nil, "\(path) has the title of \(titles[title] ?? "")")
            titles[title] = path
        }
        #expect(site.element("title", in: "2024-25/priorities/domestic-abuse.html") == "Domestic Abuse – Kent Community Safety Agreement 2024-25")
        #expect(site.element("title", in: "accessibility.html") == "Accessibility statement – Kent Community Safety Agreement")
        for path in site.files.keys where path.hasSuffix(".html") {
            #expect(site.count("<h1", in: path) == 1, "\(path) should have exactly one h1")
            #expect(site.text(path).contains("href=\"") && site.text(path).contains("Accessibility statement</a>"), "\(path) links the accessibility statement")
        }
    }

    @Test func homeShowsTheLatestApprovedEditionAndListsEveryEdition() throws {
        let (_, site) = try Self.sharedBuild.get()
        let home = site.text("index.html")
        #expect(home.contains("Preventing Neighbourhood Crime &amp; ASB"))
        #expect(home.contains("Approved by the Kent Community Safety Partnership on 21 March 2024 (an example date: no source paper gives it)"))
        for e in ["2024-25", "2018-19", "2011-14"] { #expect(home.contains("href=\"\(e)/index.html\"")) }
        #expect(home.contains(">Draft</strong>"))
        #expect(home.contains(">Superseded</strong>"))
    }

    @Test func versionNoticesAndSwitcher() throws {
        let (_, site) = try Self.sharedBuild.get()
        let old = site.text("2011-14/chapters/introduction.html")
        #expect(old.contains("This edition has been superseded"))
        #expect(old.contains("<a class=\"notice__link\" href=\"../../2024-25/chapters/introduction.html\">Read this page in the current edition"))
        // No source says Safeguarding Vulnerable People continues any 2011-14 item, so no link claims it does.
        #expect(site.text("2018-19/priorities/safeguarding-vulnerable-people.html").contains(
            "<a href=\"../../2011-14/index.html\">Kent Community Safety Agreement 2011-14</a> <span class=\"switcher__note\">(this page is not in that edition"))
        // A draft that later editions superseded says so, on every page.
        let draft = site.text("2018-19/action-plan.html")
        #expect(draft.contains("<h2 class=\"notice__title\" id=\"notice-title\">This draft has been superseded</h2>"))
        #expect(draft.contains("<p class=\"notice__text\">This is a draft of the Kent Community Safety Agreement 2018-19, kept here as it stood. Later editions have superseded it; the current edition is the Kent Community Safety Agreement 2024-25.</p>"))
        for page in site.files.keys where page.hasPrefix("2018-19/") && page.hasSuffix(".html") {
            #expect(site.text(page).contains(">This draft has been superseded</h2>"), "\(page)")
        }
        #expect(draft.contains("href=\"../2024-25/action-plan.html\""))
        let current = site.text("2024-25/chapters/introduction.html")
        #expect(!current.contains("class=\"notice"))
        #expect(current.contains("<li><a href=\"../../2011-14/chapters/introduction.html\">Kent Community Safety Agreement 2011-14</a></li>"))
        // A renamed priority links to its successor: 2011-14 anti-social behaviour → 2024-25 neighbourhood crime & ASB.
        let asb = site.text("2011-14/priorities/anti-social-behaviour.html")
        #expect(asb.contains("href=\"../../2024-25/priorities/neighbourhood-crime-asb.html\""))
        // A priority that ended links to the other edition's overview and says why.
        let acquisitive = site.text("2011-14/priorities/acquisitive-crime.html")
        #expect(acquisitive.contains("<a href=\"../../2024-25/index.html\">Kent Community Safety Agreement 2024-25 (current)</a> <span class=\"switcher__note\">(this page is not in that edition"))
    }

    /// Each action appears once in the action plan: under the first priority it names, or in a group of
    /// its own when it serves every priority; each other priority it serves links to it.
    @Test func actionPlanListsEachActionOnce() throws {
        let (_, site) = try Self.sharedBuild.get()
        let page = "2024-25/action-plan.html"
        let actionsFile = try String(contentsOf: Self.content.appendingPathComponent("editions/2024-25/actions.yml"), encoding: .utf8)
        let ids = actionsFile.split(separator: "\n").filter { $0.hasPrefix("- id: ") }.map { $0.dropFirst(6) }
        #expect(ids.count == 26)
        for id in ids { #expect(site.count("<li class=\"action\" id=\"action-\(id)\">", in: page) == 1, "action \(id)") }
        #expect(site.count("<li class=\"action\"", in: page) == ids.count)
        let html = site.text(page)
        func position(_ s: String) throws -> String.Index { try #require(html.range(of: s), "\(s)").lowerBound }
        // vawg-02 serves VAWG first, then Domestic Abuse: listed under VAWG, linked from Domestic Abuse.
        let da = try position("<h2 id=\"actions-domestic-abuse\">"), substance = try position("<h2 id=\"actions-substance-misuse\">")
        let vawg = try position("<h2 id=\"actions-vawg\">"), vawg02 = try position("id=\"action-vawg-02\"")
        #expect(vawg < vawg02)
        #expect(site.count("<a href=\"#action-vawg-02\">vawg-02</a>", in: page) == 1)
        #expect(html[da..<substance].contains("<a href=\"#action-vawg-02\">vawg-02</a>"))
        // xc-01 serves all eight priorities: listed in the last group, linked from each priority.
        let every = try position("<h2 id=\"actions-for-every-priority\">Actions serving every priority</h2>")
        #expect(try position("id=\"action-xc-01\"") > every)
        #expect(site.count("<a href=\"#action-xc-01\">xc-01</a>", in: page) == 8)
        // The whole-document page does the same with its own anchors.
        #expect(site.count("id=\"plan-action-xc-01\"", in: "2024-25/document.html") == 1)
        #expect(site.count("<a href=\"#plan-action-xc-01\">xc-01</a>", in: "2024-25/document.html") == 8)
    }

    @Test func openDataIsLinkedAndDescribed() throws {
        let (_, site) = try Self.sharedBuild.get()
        let data = site.text("2011-14/data.html")
        #expect(data.contains("<script type=\"application/ld+json\">"))
        #expect(data.contains("\"@type\" : \"Dataset\""))
        #expect(data.contains("\"supersededBy\" : {"))
        #expect(site.text("2024-25/action-plan.html").contains("href=\"data/actions.csv\""))
        // Every page that shows a dataset links its files.
        for (page, links) in ["index.html": ["2024-25/data/priorities.csv", "2024-25/data/themes.json"],
                              "2024-25/themes.html": ["data/themes.csv", "data/themes.json"],
                              "2024-25/priorities/vawg.html": ["../data/priorities.csv", "../data/priorities.json"],
                              "2024-25/measures.html": ["data/measures.csv", "data/measures.json"]] {
            for link in links { #expect(site.text(page).contains("href=\"\(link)\""), "\(page) → \(link)") }
        }
        let csv = site.text("2024-25/data/actions.csv")
        #expect(csv.hasPrefix("edition,id,priorities,themes,description,lead_id,lead,due,status,illustrative,latest_update_date,latest_update\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == 26)
        let json = try JSONSerialization.jsonObject(with: site.files["2024-25/data/measures.json"]!) as? [String: Any]
        #expect(json?["supersedes"] as? String == "2018-19")
        #expect((json?["measures"] as? [Any])?.count == 8)
        #expect(site.text("2024-25/measures.html").contains("Every figure on this page is an example, made up to show how the measures are presented: none is a published statistic."))
        // Examples in actions are said so on every page that shows them, and in the data.
        let note = "Parts of every action here are examples, not taken from a source paper; each action says which."
        for page in ["index.html", "2024-25/index.html", "2024-25/action-plan.html", "2024-25/document.html",
                     "2024-25/priorities/domestic-abuse.html", "2024-25/themes.html"] {
            #expect(site.text(page).contains(note), "\(page)")
        }
        #expect(site.text("2011-14/action-plan.html").contains(note))
        // The July 2012 paper reports every status as amber: only the nine wholly invented actions call their status an example.
        #expect(site.count("<strong class=\"tag tag--illustrative\">Example status</strong></dd>", in: "2011-14/action-plan.html") == 9)
        #expect(csv.components(separatedBy: "\r\n")[1].contains(",amber,true,"))
        #expect(data.contains("<td>6 priorities</td>"))
        #expect(data.contains("<td>16 actions</td>"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let (_, first) = try Self.build()
        let (_, second) = try Self.build()
        #expect(first.files.count == second.files.count)
        for (path, bytes) in first.files { #expect(second.files[path] == bytes, "\(path) differs between builds") }
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        let out = TempDir.make("atomic")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CSAProgram.run(["build", "--output", out.path, "--quiet"]).status == 0)
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.html"))
        let before = try SiteTree(out)

        let broken = TempDir.make("broken")
        defer { try? FileManager.default.removeItem(at: broken) }
        try FileManager.default.copyItem(at: Self.content, to: broken)
        try Data("title: [oops\n".utf8).write(to: broken.appendingPathComponent("editions/2024-25/edition.yml"))
        let failed = try CSAProgram.run(["build", "--content", broken.path, "--output", out.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("editions/2024-25/edition.yml:2:1: error: YAML syntax error"))
        #expect(failed.stderr.hasSuffix("\(out.path) was left as it was.\n"))
        let after = try SiteTree(out)
        #expect(after.files == before.files)

        #expect(try CSAProgram.run(["build", "--output", out.path, "--quiet"]).status == 0)
        #expect(try SiteTree(out).files["notes.html"] == Data("mine".utf8), "a file the user put in the site is kept")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.contains(out.lastPathComponent + ".csa-") }, "no staging folders left behind")
    }

    @Test func templateErrorsNameTheFileAndLine() throws {
        let templates = TempDir.make("templates")
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.copyItem(at: CSAProgram.packageRoot.appendingPathComponent("Templates"), to: templates)
        try Data("<p>\n{{#frame}}\n{{title}}\n{{/fram}}\n".utf8).write(to: templates.appendingPathComponent("about.mustache"))
        try FileManager.default.removeItem(at: templates.appendingPathComponent("feed.mustache"))
        // A misspelt partial would otherwise render as nothing: the superseded notice would vanish.
        let layoutURL = templates.appendingPathComponent("layout.mustache")
        let layout = try String(contentsOf: layoutURL, encoding: .utf8)
        let noticeLine = try #require(layout.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{{>partials/notice}}") }) + 1
        try layout.replacingOccurrences(of: "{{>partials/notice}}", with: "{{>partials/notise}}").write(to: layoutURL, atomically: true, encoding: .utf8)
        let out = TempDir.make("tplout")
        let result = try CSAProgram.run(["build", "--templates", templates.path, "--output", out.path])
        #expect(result.status == 1)
        let lines = result.stderr.replacingOccurrences(of: templates.path, with: "T").split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("T/about.mustache:4:") == true, "\(lines)")
        #expect(lines.first?.contains(": error: template syntax:") == true)
        #expect(lines.contains("feed.mustache:1:1: error: missing template 'feed'"))
        #expect(lines.contains("T/layout.mustache:\(noticeLine):1: error: template 'layout' uses 'partials/notise', but there is no partials/notise.mustache"), "\(lines)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func summaryLineReportsPagesEditionsFilesAndTime() throws {
        let out = TempDir.make("summary")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CSAProgram.run(["build", "--output", out.path])
        let pattern = #"^built .+: \d+ pages, 3 editions, \d+ files in \d+\.\d\ds \(\d+ written, \d+ unchanged\)\n$"#
        #expect(result.stdout.range(of: pattern, options: .regularExpression) != nil, "\(result.stdout)")
    }

    @Test func baseURLOptionSetsAbsoluteLinks() throws {
        let out = TempDir.make("base")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CSAProgram.run(["build", "--output", out.path, "--quiet", "--base-url", "https://safer.example.gov.uk/csa"]).status == 0)
        let site = try SiteTree(out)
        #expect(site.text("sitemap.xml").contains("<loc>https://safer.example.gov.uk/csa/2024-25/index.html</loc>"))
        #expect(site.text("feed.xml").contains("<link rel=\"self\" href=\"https://safer.example.gov.uk/csa/feed.xml\"/>"))
        #expect(site.text("404.html").contains("href=\"https://safer.example.gov.uk/csa/index.html\""))
        #expect(site.text("2024-25/index.html").contains("href=\"../assets/csa.css\""))
    }

    /// `Site/` in the repository is the published site: it must be exactly what `csa build` makes from
    /// `Content/` and `Templates/` now, so a reviewer reading a change sees its effect on the pages.
    @Test func committedSiteIsWhatTheBuildMakes() throws {
        let (_, built) = try Self.sharedBuild.get()
        let committed = try SiteTree(CSAProgram.packageRoot.appendingPathComponent("Site"))
        // The build cache is not published content: its keys hold a digest of the program that made the site,
        // so it differs between a debug and a release build. It is not committed (.gitignore).
        let stale = Set(built.files.keys).union(committed.files.keys).filter { $0 != ".csa-build-cache" && built.files[$0] != committed.files[$0] }.sorted()
        #expect(stale == [], "Site/ is out of date in these files; run `make site` and commit Site/")
    }
}
