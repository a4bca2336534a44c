import CSAModel
@testable import CSASite
import Mustache
import Testing

/// Templates find every field of every view without reflection (`TemplateFields.swift`): walking the
/// views of every page, each value of a CSASite type answers `child(named:)` for every stored property
/// `Mirror` sees, with the same value, and answers nothing else.
@Suite struct TemplateFieldsTests {
    @Test func everyViewAnswersEveryFieldMirrorSees() throws {
        let writer = try PaperPagesTests.writer()
        var checked: Set<String> = []
        var withPapers = HostilePublication.withEarlierEdition()
        withPapers.papers = PaperPagesTests.papers
        for publication in [withPapers, LongPublication.make(editions: 3, chapters: 3)] {
            for file in writer.files(publication) {
                guard case .page(_, let view) = file.content else { continue }
                walk(view(), at: file.path, checked: &checked)
            }
        }
        // The standalone document a paper's PDF is made from is not a page of the site.
        for paper in withPapers.papers {
            let layout = try #require(writer.paperLayouts[paper.layout])
            walk(PaperPages.document(paper, layout: layout, withPapers, templateIDs: [], assets: [:]), at: "papers/\(paper.id) (document)", checked: &checked)
        }
        // The page views and the values inside them that the walk must have reached.
        for name in ["ChapterView", "DocumentView", "PriorityView", "ThemesView", "ActionPlanView", "MeasuresView", "HistoryView",
                     "HomeView", "EditionView", "AboutView", "DataView", "SearchView", "AccessibilityView", "NotFoundView",
                     "PageFrame", "Notice", "SwitchLink", "NavLink", "MeasureChart", "MeasureChart.Bar", "ActionView", "Marking",
                     "ChangesView", "ChangeGroupView", "ChangeEntryView", "StatusMoveView", "ChapterChangesView", "BlockChangeView",
                     "ChangeLineView", "ChangeSpan", "PapersIndexView", "PaperListItem", "PaperPageView", "PaperDocumentView",
                     "PaperContent", "PaperFieldView", "PaperRecommendationsView", "PaperMarkedItem", "PaperSectionView", "PaperItemView",
                     "PaperParagraphView", "PaperTableView", "PaperTableRow", "PaperTableCell", "PaperClosingView", "PaperContactGroup",
                     "PaperContactView", "PaperFootnoteView"] {
            #expect(checked.contains("CSASite." + name), "the walk never reached \(name)")
        }
    }

    private func walk(_ value: Any, at path: String, checked: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional, .collection:
            for child in mirror.children { walk(child.value, at: path, checked: &checked) }
        case .struct:
            let type = String(reflecting: Swift.type(of: value))
            guard type.hasPrefix("CSASite.") else { return }
            guard let parent = value as? MustacheParent else {
                Issue.record("\(type) (on \(path)) is not a MustacheParent: list its fields in TemplateFields.swift")
                return
            }
            checked.insert(type)
            for child in mirror.children {
                let label = child.label ?? "?"
                let expected = unwrapped(child.value).map { String(describing: $0) }
                #expect(parent.child(named: label).map { String(describing: $0) } == expected, "\(type).\(label) on \(path)")
                walk(child.value, at: path, checked: &checked)
            }
            #expect(parent.child(named: "noSuchField") == nil, "\(type) answers a field it does not have")
        default:
            return
        }
    }

    /// What Mirror-based lookup gives for a property: an optional's value, or nil.
    private func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
