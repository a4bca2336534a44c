extension Reference.Target: CustomStringConvertible {
    /// The kind's name, as "\(kind)" wrote it before (in messages such as "priority 'x'" and in the keys of
    /// `ReadContext.unreadable`), now without the reflection that costs a lookup of the type's metadata
    /// every time.
    var description: String {
        switch self {
        case .body: "body"
        case .priority: "priority"
        case .theme: "theme"
        case .supersededItem: "supersededItem"
        case .source: "source"
        }
    }
}
