import Foundation

extension Substring {
    /// The text without the characters of `set` at either end: exactly what Foundation's
    /// `trimmingCharacters(in:)` gives (which trims only characters of the Basic Multilingual Plane, as it
    /// works on UTF-16), found by looking at the scalars at the two ends only, without converting the
    /// whole text to UTF-16 first.
    func trimming(_ set: CharacterSet) -> String {
        func kept(_ scalar: Unicode.Scalar) -> Bool { scalar.value > 0xFFFF || !set.contains(scalar) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: kept), let last = scalars.lastIndex(where: kept) else { return "" }
        return String(scalars[first...last])
    }
}

extension String {
    /// The text without the characters of `set` at either end (see `Substring.trimming`).
    func trimming(_ set: CharacterSet) -> String { self[...].trimming(set) }
}
