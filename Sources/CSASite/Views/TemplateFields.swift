import Mustache

// How templates read the view values. Each view type names its fields itself (swift-mustache's
// `MustacheParent`), so a `{{name}}` is found by one `switch` instead of by reflecting the whole value
// with `Mirror` on every lookup, which took most of the time of a build. Every stored property must be
// listed; `TemplateFieldsTests` checks each against `Mirror`, so a property added to a view and not here
// fails a test rather than rendering empty.

extension ActionLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "href": return self.href
        case "description": return self.description
        case "listedUnder": return self.listedUnder
        default: return nil
        }
    }
}

extension ActionGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "href": return self.href
        case "totalText": return self.totalText
        case "countText": return self.countText
        case "actions": return self.actions
        case "alsoServing": return self.alsoServing
        default: return nil
        }
    }
}

extension ActionPlanView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "statusCounts": return self.statusCounts
        case "illustrativeNote": return self.illustrativeNote
        case "totalText": return self.totalText
        case "hasActions": return self.hasActions
        case "groups": return self.groups
        case "actionData": return self.actionData
        default: return nil
        }
    }
}

extension ChapterView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "number": return self.number
        case "caption": return self.caption
        case "summary": return self.summary
        case "sourceText": return self.sourceText
        case "toc": return self.toc
        case "bodyHTML": return self.bodyHTML
        case "pagination": return self.pagination
        case "chaptersTitle": return self.chaptersTitle
        case "chapters": return self.chapters
        case "chaptersStart": return self.chaptersStart
        case "allChaptersHref": return self.allChaptersHref
        default: return nil
        }
    }
}

extension DocumentChapter: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "number": return self.number
        case "caption": return self.caption
        case "title": return self.title
        case "sourceText": return self.sourceText
        case "summary": return self.summary
        case "bodyHTML": return self.bodyHTML
        default: return nil
        }
    }
}

extension DocumentView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "overview": return self.overview
        case "toc": return self.toc
        case "chapters": return self.chapters
        case "priorities": return self.priorities
        case "themes": return self.themes
        case "actionGroups": return self.actionGroups
        case "planLetter": return self.planLetter
        case "measureGroups": return self.measureGroups
        case "measuresLetter": return self.measuresLetter
        case "anyIllustrativeMeasures": return self.anyIllustrativeMeasures
        default: return nil
        }
    }
}

extension DocumentItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "title": return self.title
        case "leadName": return self.leadName
        case "marking": return self.marking
        case "descriptionHTML": return self.descriptionHTML
        default: return nil
        }
    }
}

extension SitemapView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "urls": return self.urls
        default: return nil
        }
    }
}

extension SitemapView.URLEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "loc": return self.loc
        default: return nil
        }
    }
}

extension FeedView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "title": return self.title
        case "selfLink": return self.selfLink
        case "homeLink": return self.homeLink
        case "updated": return self.updated
        case "author": return self.author
        case "entries": return self.entries
        default: return nil
        }
    }
}

extension FeedView.Entry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "title": return self.title
        case "link": return self.link
        case "updated": return self.updated
        case "summary": return self.summary
        default: return nil
        }
    }
}

extension HistoryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "hasUnpublished": return self.hasUnpublished
        case "priorities": return self.priorities
        case "themes": return self.themes
        case "endedBefore": return self.endedBefore
        case "beganAfter": return self.beganAfter
        case "hasOthers": return self.hasOthers
        default: return nil
        }
    }
}

extension HistoryLineView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "rows": return self.rows
        default: return nil
        }
    }
}

extension HistoryRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": return self.kind
        case "isCurrent": return self.isCurrent
        case "editionText": return self.editionText
        case "isItem": return self.isItem
        case "title": return self.title
        case "href": return self.href
        case "itemText": return self.itemText
        case "status": return self.status
        default: return nil
        }
    }
}

extension AboutView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "rows": return self.rows
        case "bodies": return self.bodies
        default: return nil
        }
    }
}

extension DatasetView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "description": return self.description
        case "countText": return self.countText
        case "files": return self.files
        case "schemaHref": return self.schemaHref
        default: return nil
        }
    }
}

extension DataView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "datasets": return self.datasets
        case "licenceName": return self.licenceName
        case "licenceURL": return self.licenceURL
        case "supersededBy": return self.supersededBy
        case "allHref": return self.allHref
        case "allSchemaHref": return self.allSchemaHref
        case "illustrativeNotes": return self.illustrativeNotes
        default: return nil
        }
    }
}

extension SearchView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "chapters": return self.chapters
        case "indexesHref": return self.indexesHref
        case "editions": return self.editions
        default: return nil
        }
    }
}

extension SearchEditionOption: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "label": return self.label
        case "selected": return self.selected
        default: return nil
        }
    }
}

extension AccessibilityView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "contactName": return self.contactName
        case "contactEmail": return self.contactEmail
        case "contactPhone": return self.contactPhone
        case "partnership": return self.partnership
        case "complianceText": return self.complianceText
        case "isFullyCompliant": return self.isFullyCompliant
        case "problems": return self.problems
        case "preparedText": return self.preparedText
        case "reviewedText": return self.reviewedText
        default: return nil
        }
    }
}

extension NotFoundView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "currentEditionHref": return self.currentEditionHref
        default: return nil
        }
    }
}

extension Marking: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sourceText": return self.sourceText
        case "sourceKey": return self.sourceKey
        case "papers": return self.papers
        case "exampleText": return self.exampleText
        case "hasAny": return self.hasAny
        default: return nil
        }
    }
}

extension MeasureChart: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "width": return self.width
        case "height": return self.height
        case "bars": return self.bars
        case "grid": return self.grid
        case "axisY": return self.axisY
        case "plotLeft": return self.plotLeft
        case "labelRight": return self.labelRight
        case "plotRight": return self.plotRight
        case "summary": return self.summary
        default: return nil
        }
    }
}

extension MeasureChart.Bar: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "x": return self.x
        case "y": return self.y
        case "width": return self.width
        case "height": return self.height
        case "labelX": return self.labelX
        case "valueY": return self.valueY
        case "period": return self.period
        case "value": return self.value
        case "isLatest": return self.isLatest
        default: return nil
        }
    }
}

extension MeasureChart.GridLine: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "y": return self.y
        case "label": return self.label
        default: return nil
        }
    }
}

extension MeasureView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "unit": return self.unit
        case "betterText": return self.betterText
        case "source": return self.source
        case "illustrative": return self.illustrative
        case "marking": return self.marking
        case "chart": return self.chart
        case "rows": return self.rows
        case "trendText": return self.trendText
        default: return nil
        }
    }
}

extension MeasureRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "period": return self.period
        case "value": return self.value
        case "change": return self.change
        default: return nil
        }
    }
}

extension MeasureGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "href": return self.href
        case "measures": return self.measures
        default: return nil
        }
    }
}

extension MeasuresView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "anyIllustrative": return self.anyIllustrative
        case "allIllustrative": return self.allIllustrative
        case "groups": return self.groups
        case "measureData": return self.measureData
        default: return nil
        }
    }
}

extension EditionOverview: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "title": return self.title
        case "periodText": return self.periodText
        case "approvalText": return self.approvalText
        case "isDraft": return self.isDraft
        case "rows": return self.rows
        case "priorities": return self.priorities
        case "itemsSourceText": return self.itemsSourceText
        case "themes": return self.themes
        case "chapters": return self.chapters
        case "appendices": return self.appendices
        case "statusCounts": return self.statusCounts
        case "illustrativeNote": return self.illustrativeNote
        case "actionCountText": return self.actionCountText
        case "actionPlanHref": return self.actionPlanHref
        case "measuresHref": return self.measuresHref
        case "documentHref": return self.documentHref
        case "dataHref": return self.dataHref
        case "aboutHref": return self.aboutHref
        case "changes": return self.changes
        case "priorityData": return self.priorityData
        case "themeData": return self.themeData
        default: return nil
        }
    }
}

extension EditionListItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "periodText": return self.periodText
        case "statusText": return self.statusText
        case "isDraft": return self.isDraft
        case "isCurrent": return self.isCurrent
        case "isUnpublished": return self.isUnpublished
        case "note": return self.note
        case "sourceText": return self.sourceText
        default: return nil
        }
    }
}

extension UnpublishedView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "note": return self.note
        case "sourceText": return self.sourceText
        default: return nil
        }
    }
}

extension HomeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "overview": return self.overview
        case "editions": return self.editions
        case "hasUnpublished": return self.hasUnpublished
        case "papersHref": return self.papersHref
        default: return nil
        }
    }
}

extension EditionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "overview": return self.overview
        default: return nil
        }
    }
}

extension PriorityView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "descriptionHTML": return self.descriptionHTML
        case "leadName": return self.leadName
        case "continuity": return self.continuity
        case "historyHref": return self.historyHref
        case "marking": return self.marking
        case "themes": return self.themes
        case "themesIllustrative": return self.themesIllustrative
        case "actions": return self.actions
        case "statusCounts": return self.statusCounts
        case "illustrativeNote": return self.illustrativeNote
        case "measures": return self.measures
        case "pagination": return self.pagination
        case "priorityData": return self.priorityData
        case "actionPlanHref": return self.actionPlanHref
        case "measuresHref": return self.measuresHref
        default: return nil
        }
    }
}

extension ThemeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "descriptionHTML": return self.descriptionHTML
        case "leadName": return self.leadName
        case "continuity": return self.continuity
        case "historyHref": return self.historyHref
        case "marking": return self.marking
        case "priorities": return self.priorities
        case "prioritiesIllustrative": return self.prioritiesIllustrative
        case "actions": return self.actions
        default: return nil
        }
    }
}

extension ThemesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "themes": return self.themes
        case "illustrativeNote": return self.illustrativeNote
        case "themeData": return self.themeData
        case "historyHref": return self.historyHref
        default: return nil
        }
    }
}

extension ItemLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "detail": return self.detail
        default: return nil
        }
    }
}

extension SummaryRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "key": return self.key
        case "value": return self.value
        case "href": return self.href
        default: return nil
        }
    }
}

extension StatusTag: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "meaning": return self.meaning
        case "name": return self.name
        case "shapePath": return self.shapePath
        default: return nil
        }
    }
}

extension StatusCount: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tag": return self.tag
        case "count": return self.count
        case "countText": return self.countText
        default: return nil
        }
    }
}

extension ActionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "illustrative": return self.illustrative
        case "marking": return self.marking
        case "anchor": return self.anchor
        case "description": return self.description
        case "leadName": return self.leadName
        case "due": return self.due
        case "status": return self.status
        case "priorities": return self.priorities
        case "themes": return self.themes
        case "updates": return self.updates
        case "latestUpdate": return self.latestUpdate
        case "earlierUpdates": return self.earlierUpdates
        default: return nil
        }
    }
}

extension UpdateView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": return self.date
        case "text": return self.text
        default: return nil
        }
    }
}

extension Pagination: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "noun": return self.noun
        case "previous": return self.previous
        case "next": return self.next
        case "hasLinks": return self.hasLinks
        default: return nil
        }
    }
}

extension TOCEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "href": return self.href
        case "children": return self.children
        default: return nil
        }
    }
}

extension DataLinks: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "csvHref": return self.csvHref
        case "jsonHref": return self.jsonHref
        default: return nil
        }
    }
}

extension PageFrame: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "title": return self.title
        case "documentTitle": return self.documentTitle
        case "description": return self.description
        case "siteTitle": return self.siteTitle
        case "partnership": return self.partnership
        case "root": return self.root
        case "homeHref": return self.homeHref
        case "accessibilityHref": return self.accessibilityHref
        case "feedHref": return self.feedHref
        case "cssHref": return self.cssHref
        case "printCSSHref": return self.printCSSHref
        case "canonical": return self.canonical
        case "edition": return self.edition
        case "notice": return self.notice
        case "switcher": return self.switcher
        case "allEditionsHref": return self.allEditionsHref
        case "editionCountText": return self.editionCountText
        case "breadcrumbs": return self.breadcrumbs
        case "licenceName": return self.licenceName
        case "licenceURL": return self.licenceURL
        case "jsonLD": return self.jsonLD
        case "scripts": return self.scripts
        case "search": return self.search
        case "printHeadCSS": return self.printHeadCSS
        case "papersHref": return self.papersHref
        case "stylesheetHref": return self.stylesheetHref
        default: return nil
        }
    }
}

extension SearchFrame: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": return self.href
        case "indexed": return self.indexed
        case "kind": return self.kind
        case "preferredEdition": return self.preferredEdition
        default: return nil
        }
    }
}

extension EditionNav: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "title": return self.title
        case "href": return self.href
        case "isDraft": return self.isDraft
        case "periodText": return self.periodText
        case "links": return self.links
        default: return nil
        }
    }
}

extension NavLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "href": return self.href
        case "current": return self.current
        default: return nil
        }
    }
}

extension Notice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "isDraft": return self.isDraft
        case "heading": return self.heading
        case "text": return self.text
        case "linkHref": return self.linkHref
        case "linkText": return self.linkText
        default: return nil
        }
    }
}

extension SwitchLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "href": return self.href
        case "current": return self.current
        case "note": return self.note
        default: return nil
        }
    }
}

extension Crumb: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "href": return self.href
        default: return nil
        }
    }
}

extension ChangesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "previous": return self.previous
        case "notes": return self.notes
        case "historyHref": return self.historyHref
        case "counts": return self.counts
        case "itemGroups": return self.itemGroups
        case "statusMoves": return self.statusMoves
        case "actionPlanHref": return self.actionPlanHref
        case "measureGroups": return self.measureGroups
        case "chapterLinks": return self.chapterLinks
        case "unchangedChapters": return self.unchangedChapters
        case "chapters": return self.chapters
        default: return nil
        }
    }
}

extension ChangeGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return self.heading
        case "note": return self.note
        case "entries": return self.entries
        default: return nil
        }
    }
}

extension ChangeEntryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": return self.kind
        case "before": return self.before
        case "connector": return self.connector
        case "after": return self.after
        case "detail": return self.detail
        default: return nil
        }
    }
}

extension StatusMoveView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "href": return self.href
        case "description": return self.description
        case "old": return self.old
        case "new": return self.new
        case "oldIllustrative": return self.oldIllustrative
        case "newIllustrative": return self.newIllustrative
        default: return nil
        }
    }
}

extension ChapterChangesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "title": return self.title
        case "href": return self.href
        case "linkText": return self.linkText
        case "notes": return self.notes
        case "summary": return self.summary
        case "wholeChapter": return self.wholeChapter
        case "blocks": return self.blocks
        default: return nil
        }
    }
}

extension ChangeSpan: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "textHTML": return self.textHTML
        case "isDeleted": return self.isDeleted
        case "isInserted": return self.isInserted
        case "isKept": return self.isKept
        default: return nil
        }
    }
}

extension BlockChangeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": return self.kind
        case "isContext": return self.isContext
        case "isCollapsed": return self.isCollapsed
        case "label": return self.label
        case "anchor": return self.anchor
        case "moveLink": return self.moveLink
        case "lines": return self.lines
        case "formatting": return self.formatting
        default: return nil
        }
    }
}

extension ChangeLineView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "shape": return self.shape
        case "spans": return self.spans
        default: return nil
        }
    }
}

extension PaperContent: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "layout": return self.layout
        case "subject": return self.subject
        case "meetingText": return self.meetingText
        case "headerRows": return self.headerRows
        case "opening": return self.opening
        case "sections": return self.sections
        case "closing": return self.closing
        case "footnotes": return self.footnotes
        case "hasFootnotes": return self.hasFootnotes
        default: return nil
        }
    }
}

extension PaperFieldView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "key": return self.key
        case "lines": return self.lines
        case "contentHTML": return self.contentHTML
        case "recommendations": return self.recommendations
        default: return nil
        }
    }
}

extension PaperRecommendationsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "leadInHTML": return self.leadInHTML
        case "items": return self.items
        default: return nil
        }
    }
}

extension PaperMarkedItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "marker": return self.marker
        case "contentHTML": return self.contentHTML
        default: return nil
        }
    }
}

extension PaperSectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "number": return self.number
        case "headingHTML": return self.headingHTML
        case "isAppendix": return self.isAppendix
        case "items": return self.items
        default: return nil
        }
    }
}

extension PaperItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "paragraph": return self.paragraph
        case "blockHTML": return self.blockHTML
        case "isHeading": return self.isHeading
        case "table": return self.table
        default: return nil
        }
    }
}

extension PaperParagraphView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": return self.number
        case "id": return self.id
        case "contentHTML": return self.contentHTML
        default: return nil
        }
    }
}

extension PaperTableView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "caption": return self.caption
        case "header": return self.header
        case "rows": return self.rows
        default: return nil
        }
    }
}

extension PaperTableRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "cells": return self.cells
        default: return nil
        }
    }
}

extension PaperTableCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "contentHTML": return self.contentHTML
        default: return nil
        }
    }
}

extension PaperClosingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "number": return self.number
        case "label": return self.label
        case "paragraphs": return self.paragraphs
        case "contactGroups": return self.contactGroups
        default: return nil
        }
    }
}

extension PaperContactGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return self.heading
        case "contacts": return self.contacts
        default: return nil
        }
    }
}

extension PaperContactView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "role": return self.role
        case "phone": return self.phone
        case "email": return self.email
        default: return nil
        }
    }
}

extension PaperFootnoteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": return self.number
        case "contentHTML": return self.contentHTML
        default: return nil
        }
    }
}

extension PaperPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "paper": return self.paper
        case "docxHref": return self.docxHref
        case "pdfHref": return self.pdfHref
        case "stylesheetHref": return self.stylesheetHref
        default: return nil
        }
    }
}

extension PaperDocumentView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "paper": return self.paper
        case "description": return self.description
        case "subjectCSS": return self.subjectCSS
        case "author": return self.author
        case "dateISO": return self.dateISO
        case "siteCSS": return self.siteCSS
        case "printCSS": return self.printCSS
        case "paperCSS": return self.paperCSS
        default: return nil
        }
    }
}

extension PapersIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "frame": return self.frame
        case "papers": return self.papers
        default: return nil
        }
    }
}

extension PaperListItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "subject": return self.subject
        case "meetingText": return self.meetingText
        case "href": return self.href
        case "docxHref": return self.docxHref
        case "pdfHref": return self.pdfHref
        default: return nil
        }
    }
}
