/// How alike two texts are, by the words they share: the Dice coefficient over their words as
/// multisets (letters folded to lower case), from 0 (no word in common) to 1 (the same words).
enum Similarity {
    /// The words of `text`, lower-cased, counted.
    static func bag(_ text: String) -> [Substring: Int] {
        var bag: [Substring: Int] = [:]
        let lower = text.lowercased()
        var start: String.Index? = nil
        var index = lower.startIndex
        while index < lower.endIndex {
            if WordTokens.isWord(lower[index]) {
                if start == nil { start = index }
            } else if let s = start {
                bag[lower[s..<index], default: 0] += 1
                start = nil
            }
            index = lower.index(after: index)
        }
        if let s = start { bag[lower[s..<lower.endIndex], default: 0] += 1 }
        return bag
    }

    static func dice(_ a: [Substring: Int], _ b: [Substring: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return a.isEmpty && b.isEmpty ? 1 : 0 }
        var common = 0
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        for (word, n) in small { common += min(n, large[word] ?? 0) }
        return Double(2 * common) / Double(total)
    }

    static func dice(_ a: String, _ b: String) -> Double { dice(bag(a), bag(b)) }
}
