import CSAHTML
import CSAModel
@testable import CSASite
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Hostile text in every field of the model comes out escaped for each context it lands in, and no
/// output file holds a character XML or HTML forbids: pages, JSON-LD, feed, sitemap, search index, open data.
@Suite struct HostileOutputTests {
    /// The built site, by path, as text.
    static func site() throws -> [String: String] {
        let files = try SiteWriter(theme: HostilePublication.theme()).write(HostilePublication.make())
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    static let escapedMarkup = "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;!--x {{x}} "

    @Test func noFileHoldsAForbiddenCharacterRawOrEscaped() throws {
        let site = try Self.site()
        #expect(site.count > 30)
        for (path, text) in site {
            #expect(!text.unicodeScalars.contains(where: OutputCharacters.isForbidden), "\(path) holds a forbidden character")
            if path.hasSuffix(".json") {
                let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
                #expect(Self.strings(in: value).allSatisfy { !$0.unicodeScalars.contains(where: OutputCharacters.isForbidden) },
                        "\(path) decodes to a forbidden character")
            }
        }
        #expect(site["2024-25/data/actions.json"]?.contains("\\u0000") == false)
    }

    @Test func pagesCarryHostileTextOnlyEscaped() throws {
        let pages = try Self.site().filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == 14)
        for (path, html) in pages {
            let scripts = html.components(separatedBy: "<script").count - 1
            let ours = html.components(separatedBy: "<script type=\"application/ld+json\">").count - 1
                + html.components(separatedBy: "<script src=\"").count - 1
            #expect(scripts == ours, "\(path) has a script element the templates did not write")
            // Outside the JSON-LD (checked on its own below), where a quote is harmless.
            let markup = (html.components(separatedBy: "<script type=\"application/ld+json\">").first ?? html)
                + (html.components(separatedBy: "</script>\n</head>").dropFirst().first ?? "")
            #expect(markup.contains("</main>"))
            for raw in ["<img src=x", "\"><img", "<!--x", "'-alert(1)-'", "javascript:", "onerror=alert(1)>"] {
                #expect(!markup.contains(raw), "\(path) holds \(raw) unescaped")
            }
            #expect(html.contains(Self.escapedMarkup), "\(path) does not show the site's title, escaped")
        }
        let chapter = try #require(pages["2024-25/chapters/intro.html"])
        #expect(chapter.contains("<p>" + Self.escapedMarkup + "' \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{2028}end<code>"))
        #expect(chapter.contains("<a href=\"https://evil.example/?a=1&amp;b=&#x27;-alert(1)-&#x27;%7B%7Bx%7D%7D\""))
        #expect(chapter.contains("<!-- raw HTML omitted -->"))
        let about = try #require(pages["2024-25/about.html"])
        #expect(about.contains("href=\"https://evil.example/?a=1&amp;b=&#39;-alert(1)-&#39;{{x}}\""))
    }

    @Test func changesPageCarriesHostileTextOnlyEscaped() throws {
        let files = try SiteWriter(theme: HostilePublication.theme()).write(HostilePublication.withEarlierEdition())
        let paths = files.map(\.path)
        #expect(paths.contains("2024-25/changes.html") && !paths.contains("2023-24/changes.html"))
        let page = try #require(files.first { $0.path == "2024-25/changes.html" }.map { String(decoding: $0.bytes, as: UTF8.self) })
        #expect(!page.unicodeScalars.contains(where: OutputCharacters.isForbidden))
        for raw in ["<img src=x", "\"><img", "<!--x", "javascript:", "onerror=alert(1)>", "<script>alert"] {
            #expect(!page.contains(raw), "the changes page holds \(raw) unescaped")
        }
        // The renamed priority, linked by its old and new titles.
        #expect(page.contains("<a href=\"../2023-24/priorities/p0.html\">Old " + Self.escapedMarkup))
        #expect(page.contains(" is now <a href=\"priorities/p1.html\">" + Self.escapedMarkup))
        // The deleted paragraph of the chapter, escaped inside <del>.
        #expect(page.contains("<del><span class=\"visually-hidden\">deleted: </span>Old words " + Self.escapedMarkup))
        #expect(page.contains("<a href=\"action-plan.html#action-a1\">a1</a> =HYPERLINK(&quot;https://evil.example/&quot;,&quot;click&quot;)\u{FFFD}<br>"))
    }

    @Test func jsonLDIsEscapedForItsScriptElement() throws {
        let site = try Self.site()
        let page = try #require(site["2024-25/data.html"])
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">\n"))
        let end = try #require(page[start.upperBound...].range(of: "</script>"))
        let script = String(page[start.upperBound..<end.lowerBound])
        #expect(!script.contains("<") && !script.contains(">") && !script.contains("&") && !script.contains("\u{2028}"))
        #expect(script.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"))
        let json = try Self.object(script)
        #expect(json["name"] as? String == "Open data of the " + HostilePublication.cleaned)
        #expect(json["license"] as? String == HostilePublication.url)
        let creator = json["creator"] as? [String: Any]
        #expect(creator?["name"] as? String == HostilePublication.cleaned)
    }

    @Test func printRunningHeadIsEscapedForItsStyleElement() throws {
        let site = try Self.site()
        let page = try #require(site["2024-25/index.html"])
        let start = try #require(page.range(of: "<style media=\"print\">"))
        let end = try #require(page[start.upperBound...].range(of: "</style>"))
        let css = String(page[start.upperBound..<end.lowerBound])
        #expect(css.hasPrefix("@page { @top-left { content: \"") && css.hasSuffix("\"; } }"))
        let content = css.dropFirst("@page { @top-left { content: \"".count).dropLast("\"; } }".count)
        #expect(!content.contains("<") && !content.contains("\"") && !content.contains("&") && !content.contains("{"))
        #expect(content.contains("\\3c \\2f script\\3e "))
    }

    @Test func feedAndSitemapAreWellFormedXMLWithTheTextIntact() throws {
        let site = try Self.site()
        let feedText = try #require(site["feed.xml"])
        let feed = try XMLText(feedText)
        #expect(feed.texts("title") == [HostilePublication.cleaned, HostilePublication.cleaned])
        #expect(feed.texts("name") == [HostilePublication.cleaned])
        #expect(feed.texts("id") == [HostilePublication.baseURL, HostilePublication.baseURL + "2024-25/index.html"])
        let sitemapText = try #require(site["sitemap.xml"])
        let sitemap = try XMLText(sitemapText)
        let locs = sitemap.texts("loc")
        #expect(locs.count == 13)
        #expect(locs.contains(HostilePublication.baseURL) && locs.contains(HostilePublication.baseURL + "2024-25/data.html"))
        #expect(locs.allSatisfy { $0.hasPrefix(HostilePublication.baseURL) })
    }

    @Test func csvCellsNeverStartAFormulaAndNumbersStayNumbers() throws {
        let site = try Self.site()
        let csvs = site.filter { $0.key.hasSuffix(".csv") }
        #expect(csvs.count == 5)
        for (path, text) in csvs {
            let rows = CSVReader.rows(text)
            let numeric = rows[0].map { $0 == "value" }
            for row in rows.dropFirst() {
                for (i, cell) in row.enumerated() where !numeric[i] {
                    let first = cell.unicodeScalars.first { !($0.properties.isWhitespace && $0 != "\t" && $0 != "\r") }
                    #expect(first.map { !CSVTable.formulaTriggers.contains($0) } ?? true, "\(path) has a formula cell: \(cell)")
                }
            }
        }
        let neutral = "'=HYPERLINK(\"https://evil.example/\",\"click\")\u{FFFD}"
        let actionsText = try #require(csvs["2024-25/data/actions.csv"])
        let actions = CSVReader.rows(actionsText)
        #expect(actions[1][4] == neutral)
        #expect(actions[1][11] == neutral)
        let updatesText = try #require(csvs["2024-25/data/updates.csv"])
        let updates = CSVReader.rows(updatesText)
        #expect(updates.map { $0[3] } == ["text", HostilePublication.cleaned, neutral])
        let measuresText = try #require(csvs["2024-25/data/measures.csv"])
        let measures = CSVReader.rows(measuresText)
        #expect(measures.map { $0[9] } == ["value", "-5", "12.5"])
        #expect(measures[1][4] == neutral)
        #expect(measuresText.contains(",-5\r\n"))
    }

    @Test func jsonOpenDataHoldsTheTextUnchangedButTrimmed() throws {
        let site = try Self.site()
        let actions = try Self.object(site["2024-25/data/actions.json"])
        let action = try #require((actions["actions"] as? [[String: Any]])?.first)
        #expect(action["description"] as? String == "=HYPERLINK(\"https://evil.example/\",\"click\")\u{FFFD}")
        let all = try Self.object(site["2024-25/data/all.json"])
        #expect((all["updates"] as? [[String: Any]])?.map { $0["text"] as? String } == [HostilePublication.cleaned, "=HYPERLINK(\"https://evil.example/\",\"click\")\u{FFFD}"])
    }

    /// A JSON file's top-level object.
    static func object(_ text: String?) throws -> [String: Any] {
        let text = try #require(text)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func strings(in value: Any) -> [String] {
        switch value {
        case let s as String: return [s]
        case let a as [Any]: return a.flatMap(strings)
        case let d as [String: Any]: return d.keys.map { $0 } + d.values.flatMap(strings)
        default: return []
        }
    }
}

/// An XML document parsed with Foundation's `XMLParser`: parsing fails on anything not well formed.
final class XMLText: NSObject, XMLParserDelegate {
    private var elements: [(name: String, text: String)] = []
    private var open: [Int] = []

    struct Invalid: Error { let message: String }

    init(_ text: String) throws {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        guard parser.parse() else { throw Invalid(message: String(describing: parser.parserError)) }
    }

    /// The text of every element with this name, in document order.
    func texts(_ name: String) -> [String] { elements.filter { $0.name == name }.map(\.text) }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append((name, ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = open.last { elements[i].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }
}

/// Reads RFC 4180 CSV text back into rows of cells.
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { cell.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell); cell = ""
            } else if c == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        return rows
    }
}
