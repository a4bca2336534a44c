import CSAModel
import Foundation

/// Content lint: what a chapter may legally contain but reads badly or breaks on the site, reported as
/// warnings at its line and column. `csa check` and `csa build` print them; they do not stop a build.
///
/// Links to other chapters cannot be checked until every chapter is read, so they are returned as
/// `ChapterLink`s for `ChapterLinkChecker`.
enum ChapterLint {
    /// Link texts that say nothing about where the link goes.
    static let vagueLinkTexts: Set<String> = ["click here", "here", "read more", "more", "this link", "link", "this page", "click", "this"]

    /// Checks a chapter's `body`, found at `place` in its file; returns its links to other chapters.
    /// `takesFootnotes` is true for a committee paper's body, whose `[^label]` markers are footnotes.
    static func check(_ body: Document, at place: MarkdownPlace, takesFootnotes: Bool = false, _ diagnostics: inout Diagnostics) -> [ChapterLink] {
        var links: [ChapterLink] = []
        // The chapter's title is the page's level-1 heading, so the body's first heading should be level 2.
        var previousLevel = 1
        func location(_ line: Int, find needle: String) -> SourceLocation {
            place.location(line: line, finding: needle)
        }
        func inlines(_ list: [Inline]) {
            for inline in list {
                switch inline.kind {
                case .link(let destination, _, let content):
                    let text = content.plainText.trimming(.whitespaces)
                    // Found only when a warning or a link to another chapter needs it: finding it is slow.
                    let here = { location(inline.line, find: "[\(text)](") }
                    if vagueLinkTexts.contains(text.lowercased().trimming(.punctuationCharacters)) {
                        diagnostics.warning(here(), "link text '\(text)' does not say where the link goes",
                                            hint: "use words that name the page, such as 'the Serious Violence Duty guidance'; screen reader users often list links out of context")
                    }
                    lintTarget(destination, at: here, image: false)
                    inlines(content)
                case .image(let source, _, let content):
                    let here = { location(inline.line, find: "![") }
                    if content.plainText.trimming(.whitespaces).isEmpty {
                        diagnostics.warning(here(), "image '\(source)' has no alt text",
                                            hint: "describe what the image shows between the brackets: ![Map of Kent's districts](...)")
                    }
                    lintTarget(source, at: here, image: true)
                case .emphasis(let content), .strong(let content):
                    inlines(content)
                default:
                    break
                }
            }
        }
        func lintTarget(_ target: String, at here: () -> SourceLocation, image: Bool) {
            let lower = target.lowercased()
            let shown = DisplayText.escaped(target)
            if lower.hasPrefix("http://") {
                diagnostics.warning(here(), "\(image ? "image" : "link") uses an insecure 'http:' address: \(target)",
                                    hint: "use the 'https://' address if the site has one")
            } else if target.hasPrefix("//") {
                diagnostics.warning(here(), "\(image ? "image" : "link") '\(shown)' leads to another site without saying how ('//' with no 'https:')",
                                    hint: "write the full address, starting with https://")
            } else if target.isEmpty || target.hasPrefix("#") || lower.contains(":") {
                return
            } else if image {
                diagnostics.warning(here(), "image '\(shown)' is not published: csa copies no image files into the site",
                                    hint: "give the image's full https:// address, or describe it in words instead")
            } else if target.prefix(while: { $0 != "#" && $0 != "?" }).contains("/") {
                diagnostics.warning(here(), "link to '\(shown)' leaves the chapters: a relative address other than a chapter's file name leads nowhere on the published site",
                                    hint: "link to a chapter by its file name, such as '03-priorities.md', or give a full https:// address")
            } else {
                links.append(ChapterLink(target: target, location: here()))
            }
        }
        func blocks(_ list: [Block]) {
            for block in list {
                switch block.kind {
                case .heading(let level, let content):
                    if level > previousLevel + 1 && level > 1 {
                        diagnostics.warning(location(block.line, find: "#"), "heading '\(content.plainText)' skips from level \(previousLevel) to level \(level)",
                                            hint: "use a level-\(previousLevel + 1) heading ('\(String(repeating: "#", count: previousLevel + 1))') here; screen reader users move through headings by level")
                    }
                    previousLevel = level
                    inlines(content)
                case .paragraph(let content):
                    if looksLikePipeTable(content) {
                        diagnostics.warning(location(block.line, find: "|"), "this looks like a pipe table, which CommonMark shows as plain text",
                                            hint: "set the rows out as a list, for example '- **Domestic Abuse**: continued'")
                    }
                    if !takesFootnotes, let marker = footnoteMarker(content) {
                        diagnostics.warning(location(block.line, find: marker), "'\(DisplayText.escaped(marker))' looks like a footnote, which a chapter shows as written",
                                            hint: "chapters have no footnotes (committee papers do): put the note in the text, or in a list at the end of the chapter")
                    }
                    inlines(content)
                case .blockQuote(let inner):
                    blocks(inner)
                case .list(_, _, let items):
                    items.forEach(blocks)
                default:
                    break
                }
            }
        }
        blocks(body.blocks)
        return links
    }

    /// The first footnote marker (`[^1]`, `[^note]`) written in a paragraph's text, or nil. Looked for only
    /// in a paragraph whose text holds a '^'.
    static func footnoteMarker(_ content: [Inline]) -> String? {
        guard content.contains(where: { if case .text(let t) = $0.kind { return t.contains("^") } else { return false } }) else { return nil }
        let text = content.plainText
        guard let start = text.range(of: "[^") else { return nil }
        let rest = text[start.upperBound...]
        guard let close = rest.firstIndex(of: "]") else { return nil }
        let label = rest[..<close]
        guard !label.isEmpty, label.count <= 30, !label.contains(where: { $0 == " " || $0 == "[" }) else { return nil }
        return "[^\(label)]"
    }

    /// A paragraph whose first line starts with `|` and whose second line is a row of dashes and pipes.
    static func looksLikePipeTable(_ content: [Inline]) -> Bool {
        // The first line is looked at first: nearly every paragraph is ruled out by it alone.
        let firstLine = content.prefix { $0.kind != .softBreak && $0.kind != .lineBreak }
        guard firstLine.count < content.count, firstLine.map(\.plainText).joined().trimming(.whitespaces).hasPrefix("|") else { return false }
        var rows: [String] = [""]
        for inline in content {
            switch inline.kind {
            case .softBreak, .lineBreak: rows.append("")
            default: rows[rows.count - 1] += inline.plainText
            }
        }
        guard rows.count >= 2 else { return false }
        let first = rows[0].trimming(.whitespaces), second = rows[1].trimming(.whitespaces)
        return first.hasPrefix("|") && second.contains("-") && second.contains("|")
            && second.allSatisfy { "|-: ".contains($0) }
    }
}

/// A relative link in a chapter, to be checked once every chapter file of its edition is known.
struct ChapterLink: Sendable {
    let target: String
    let location: SourceLocation
}

/// Checks the relative links in a chapter that name a chapter: a chapter file (`03-priorities.md`,
/// optionally with `#section`), which the site turns into a link to that chapter, or a chapter page of
/// the same edition (`priorities.html`). A link to a chapter that does not exist would lead nowhere on the
/// published site. Links into other folders (`../action-plan.html`) are not chapter links and are left alone.
enum ChapterLinkChecker {
    static func check(_ links: [ChapterLink], chapterFiles: [String], edition: String, _ diagnostics: inout Diagnostics) {
        let files = Set(chapterFiles)
        let pages = Set(chapterFiles.map { String($0.drop { $0 != "-" }.dropFirst().dropLast(3)) + ".html" })
        for link in links {
            let path = String(link.target.prefix { $0 != "#" && $0 != "?" })
            guard !path.contains("/"), path.hasSuffix(".md") || path.hasSuffix(".html") else { continue }
            if files.contains(path) || pages.contains(path) { continue }
            let stem = path.hasSuffix(".md") ? String(path.dropLast(3)) : String(path.dropLast(5))
            let ids = chapterFiles.map { String($0.drop { $0 != "-" }.dropFirst().dropLast(3)) }
            let near = NearestName.suggest(stem, from: chapterFiles.map { String($0.dropLast(3)) } + ids)
                .flatMap { candidate in chapterFiles.first { $0 == candidate + ".md" || $0.hasSuffix("-\(candidate).md") } }
            let example = "link to another chapter by its file name, such as '\(chapterFiles.first ?? "01-introduction.md")'"
            diagnostics.warning(link.location, "link to '\(DisplayText.escaped(link.target))' goes nowhere: edition \(edition) has no chapter '\(DisplayText.escaped(path))'",
                                hint: near.map { "did you mean '\($0)'? " + example } ?? example)
        }
    }
}
