/// Suggests the known name nearest to a mistyped one, as compilers do for misspelt identifiers.
public enum NearestName {
    /// The candidate within a small edit distance of `name`, or nil when none is close. Never `name` itself:
    /// a reference to something that exists but could not be read is not "did you mean" itself.
    public static func suggest(_ name: String, from candidates: [String]) -> String? {
        let limit = max(2, name.count / 3)
        let scored = candidates.filter { $0 != name }.map { ($0, distance(name.lowercased(), $0.lowercased())) }
        // Something of the name must survive: 'x' is not a misspelling of 'id', however short both are.
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }), best.1 <= limit, best.1 < name.count else {
            return abbreviated(name.lowercased(), from: candidates.filter { $0 != name })
        }
        return best.0
    }

    /// The candidate whose words' initials `name` is, or nearly is ('asbo' or 'asb' for 'anti-social-behaviour',
    /// 'vawg' for 'violence-against-women-girls'), or whose name is the initials of `name`'s words ('asb' for
    /// 'anti-social-behaviour'); nil unless exactly one candidate matches.
    static func abbreviated(_ name: String, from candidates: [String]) -> String? {
        func initials(_ text: String) -> String? {
            let words = text.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
            return words.count >= 2 ? String(words.compactMap(\.first)) : nil
        }
        let short = initials(name)
        let matches = candidates.filter { candidate in
            if let short, candidate.lowercased() == short { return true }
            guard let letters = initials(candidate) else { return false }
            return name == letters || (letters.count >= 3 && distance(name, letters) <= 1)
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// "did you mean 'x'?" or nil.
    public static func hint(_ name: String, from candidates: [String]) -> String? {
        suggest(name, from: candidates).map { "did you mean '\($0)'?" }
    }

    /// "did you mean 'x'?" when a candidate is near; otherwise `listing` given the candidates joined with
    /// commas ("the editions are 2023-24, 2024-25"), or `none` when there are no candidates at all, so that a
    /// hint never ends in an empty list.
    public static func hint(_ name: String, from candidates: [String], listing: (String) -> String, none: String) -> String {
        if let near = hint(name, from: candidates) { return near }
        return candidates.isEmpty ? none : listing(candidates.joined(separator: ", "))
    }
}
