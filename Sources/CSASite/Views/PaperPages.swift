import CSAModel

/// Builds the papers' pages: each paper's page in the site, the paper alone as a standalone
/// document (for `csa paper --format html` and the PDF), and the list of papers.
enum PaperPages {
    /// The stylesheet the papers add to the site's own (screen and A4 print).
    static let stylesheet = "assets/papers/paper.css"

    static func paper(_ paper: Paper, layout: PaperLayout, _ publication: Publication, frames: FrameBuilder, pdf: Bool) -> PaperPageView {
        let page = SitePage.paper(paper.id)
        let frame = frames.frame(for: page, title: paper.header.subject, description: description(paper),
                                 crumbs: [("Committee papers", .papers)], stylesheet: stylesheet,
                                 printHead: paper.header.subject)
        let content = PaperContentBuilder(paper: paper, layout: layout, reserved: frames.templateIDs).build()
        return PaperPageView(frame: frame, paper: content,
                             docxHref: SiteLinks.relative(from: page.path, to: SitePage.paperFile(paper.id, "docx")),
                             pdfHref: pdf ? SiteLinks.relative(from: page.path, to: SitePage.paperFile(paper.id, "pdf")) : nil,
                             stylesheetHref: SiteLinks.relative(from: page.path, to: stylesheet))
    }

    static func document(_ paper: Paper, layout: PaperLayout, _ publication: Publication, templateIDs: Set<String>,
                         assets: [String: [UInt8]]) -> PaperDocumentView {
        func css(_ path: String) -> String {
            // Inside <style>, "</" could end the element early; CSS reads "<\/" as the same two characters.
            String(decoding: assets[path] ?? [], as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
        }
        let header = paper.header
        let people = (header.from + header.by).map(\.name)
        return PaperDocumentView(lang: publication.site.language,
                                 paper: PaperContentBuilder(paper: paper, layout: layout, reserved: templateIDs).build(),
                                 description: description(paper), subjectCSS: CSSText.stringContent(paper.header.subject),
                                 author: people.isEmpty ? publication.site.partnership : people.joined(separator: ", "),
                                 dateISO: header.meetingDate.description,
                                 siteCSS: css("assets/csa.css"), printCSS: css("assets/print.css"), paperCSS: css(stylesheet))
    }

    static func index(_ publication: Publication, frames: FrameBuilder, pdf: Bool) -> PapersIndexView {
        let page = SitePage.papers
        let frame = frames.frame(for: page, title: "Committee papers",
                                 description: "Papers about the \(publication.site.title) for the partnership and the county council's committees, as web pages, Word documents and PDFs.")
        let papers = publication.papers.sorted { ($0.header.meetingDate, $0.id) > ($1.header.meetingDate, $1.id) }
        return PapersIndexView(frame: frame, papers: papers.map { paper in
            PaperListItem(subject: paper.header.subject, meetingText: PaperWording.meeting(paper.header),
                          href: SiteLinks.relative(from: page.path, to: SitePage.paper(paper.id).path),
                          docxHref: SiteLinks.relative(from: page.path, to: SitePage.paperFile(paper.id, "docx")),
                          pdfHref: pdf ? SiteLinks.relative(from: page.path, to: SitePage.paperFile(paper.id, "pdf")) : nil)
        })
    }

    /// "A paper to the County Council, 13 September 2012: Community Safety Framework 2012-2015."
    static func description(_ paper: Paper) -> String {
        let summary = paper.header.summary.map(\.plainText).joined(separator: " ")
        return summary.isEmpty ? "A paper to the \(PaperWording.meeting(paper.header)): \(paper.header.subject)." : summary
    }
}
