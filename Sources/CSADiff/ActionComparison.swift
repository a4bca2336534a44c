import CSAModel

/// An action as a report names it: id, what it is, where it stands.
public struct ActionSide: Hashable, Sendable {
    public var id: String
    public var description: String
    public var status: ActionStatus
    public var due: CalendarDate
    public var priorities: [String]

    public init(_ action: Action) {
        id = action.id
        description = action.description.trimmedText
        status = action.status
        due = action.due
        priorities = action.priorities
    }
}

/// What changed in an action both editions have (matched by id).
public struct ActionChange: Hashable, Sendable {
    public var id: String
    /// The description compared word by word.
    public var description: [WordPiece]
    public var status: ValueChange<ActionStatus>?
    public var due: ValueChange<CalendarDate>?
    public var lead: ValueChange<BodyName>?
    public var priorities: ValueChange<[String]>?
    /// Progress updates NEW has that OLD does not, oldest first.
    public var newUpdates: [ProgressUpdate]

    /// True when nothing changed.
    public var isEmpty: Bool {
        description.isUnchanged && status == nil && due == nil && lead == nil && priorities == nil && newUpdates.isEmpty
    }

    /// True when the due date moved later.
    public var dueMovedLater: Bool { due.map { $0.new > $0.old } ?? false }
}

/// How the action plans of two editions compare.
public struct ActionComparison: Hashable, Sendable {
    /// Actions only NEW has, in NEW's order.
    public var added: [ActionSide]
    /// Actions only OLD has, in OLD's order.
    public var removed: [ActionSide]
    /// Actions both have that changed, in NEW's order.
    public var changed: [ActionChange]
    /// How many actions both have unchanged.
    public var unchanged: Int

    static func compare(_ old: [Action], _ new: [Action], bodies: (String) -> BodyName) -> ActionComparison {
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(new.map(\.id))
        var changed: [ActionChange] = []
        var unchanged = 0
        for action in new {
            guard let before = oldByID[action.id] else { continue }
            let known = Set(before.updates)
            let change = ActionChange(
                id: action.id,
                description: WordDiff.compare([TextRun(before.description.trimmedText)], [TextRun(action.description.trimmedText)]),
                status: ValueChange.between(before.status, action.status),
                due: ValueChange.between(before.due, action.due),
                lead: ValueChange.between(bodies(before.lead), bodies(action.lead)),
                priorities: ValueChange.between(before.priorities, action.priorities),
                newUpdates: action.updates.filter { !known.contains($0) }.map { ProgressUpdate(date: $0.date, text: $0.text.trimmedText) })
            if change.isEmpty { unchanged += 1 } else { changed.append(change) }
        }
        return ActionComparison(added: new.filter { oldByID[$0.id] == nil }.map(ActionSide.init),
                                removed: old.filter { !newIDs.contains($0.id) }.map(ActionSide.init),
                                changed: changed, unchanged: unchanged)
    }
}

extension String {
    /// The text without the white space and line ends around it (what a YAML block scalar leaves at the end).
    var trimmedText: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
