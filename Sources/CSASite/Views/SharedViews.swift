import CSAModel

/// A link to a priority, theme or other item, with an optional line under it.
struct ItemLink: Equatable {
    let title: String
    let href: String
    let detail: String?
}

/// A row of a summary list (`<dl>`): key, value and, when the value is a link, its target.
struct SummaryRow {
    let key: String
    let value: String
    let href: String?
}

/// A status shown as word, shape and colour together, never colour alone.
struct StatusTag {
    let label: String
    let meaning: String
    /// CSS class and shape name: `not-started`, `red`, `amber`, `green`, `complete`.
    let name: String
    /// SVG path of the shape, drawn in a 16×16 box.
    let shapePath: String

    init(_ status: ActionStatus) {
        label = status.label
        meaning = status.meaning
        name = status.rawValue
        switch status {
        case .notStarted: shapePath = "M8 2a6 6 0 1 0 0 12A6 6 0 1 0 8 2zm0 2.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z"
        case .red: shapePath = "M8 1.5L15 14.5H1z"
        case .amber: shapePath = "M8 1L15 8L8 15L1 8z"
        case .green: shapePath = "M8 2a6 6 0 1 0 0 12A6 6 0 1 0 8 2z"
        case .complete: shapePath = "M6.2 13.4L1.4 8.6l1.8-1.8l3 3l6.6-6.6l1.8 1.8z"
        }
    }
}

/// How many actions have one status.
struct StatusCount {
    let tag: StatusTag
    let count: Int
    let countText: String
}

/// One action as pages show it.
struct ActionView {
    let id: String
    /// True when the status is an example, not reported progress.
    let illustrative: Bool
    /// The action's source papers and which of its parts are examples.
    let marking: Marking
    /// The `id` attribute of the action's entry, so other places on the page can link to it.
    let anchor: String
    let description: String
    let leadName: String
    let due: String
    let status: StatusTag
    let priorities: [ItemLink]
    let themes: [ItemLink]
    let updates: [UpdateView]
    let latestUpdate: UpdateView?
    let earlierUpdates: [UpdateView]
}

/// A dated progress update.
struct UpdateView {
    let date: String
    let text: String
}

/// Previous/next links between pages of a sequence (chapters, priorities).
struct Pagination {
    /// The navigation's accessible name, e.g. "Chapters".
    let label: String
    /// What one step is, for screen readers: "chapter".
    let noun: String
    let previous: ItemLink?
    let next: ItemLink?
    let hasLinks: Bool

    init(label: String, noun: String, previous: ItemLink?, next: ItemLink?) {
        self.label = label
        self.noun = noun
        self.previous = previous
        self.next = next
        self.hasLinks = previous != nil || next != nil
    }
}

/// An entry of a contents list, with its sub-entries.
struct TOCEntry {
    let text: String
    let href: String
    let children: [TOCEntry]
}

/// Where one open dataset of the edition can be downloaded, for the pages that show what it holds.
struct DataLinks {
    let csvHref: String
    let jsonHref: String
}
