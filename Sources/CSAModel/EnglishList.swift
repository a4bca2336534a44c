/// Names joined as an English sentence lists them, the one rule for every message and page.
public enum EnglishList {
    /// "", "a", "a and b", "a, b and c".
    public static func and(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
    }
}
