/// A value that differs between OLD and NEW: a status, a due date, a lead.
public struct ValueChange<Value: Hashable & Sendable>: Hashable, Sendable {
    public var old: Value
    public var new: Value

    public init(old: Value, new: Value) {
        self.old = old
        self.new = new
    }

    /// The change, or nil when the two are equal.
    public static func between(_ old: Value, _ new: Value) -> ValueChange? {
        old == new ? nil : ValueChange(old: old, new: new)
    }
}
