/// How alike two texts are, by the words they share: the Dice coefficient over their words as
/// multisets (letters folded to lower case), from 0 (no word in common) to 1 (the same words).
enum Similarity {
    /// The words of `text`, lower-cased, counted.
    static func bag(_ text: String) -> [String: Int] {
        var bag: [String: Int] = [:]
        var word = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if CharacterClass.isWord(u) {
                if u.value < 0x80 {
                    word.append(u.value >= 0x41 && u.value <= 0x5A ? Unicode.Scalar(UInt8(u.value + 32)) : u)
                } else {
                    word.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
                }
            } else if !word.isEmpty {
                bag[String(word), default: 0] += 1
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { bag[String(word), default: 0] += 1 }
        return bag
    }

    static func dice(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return a.isEmpty && b.isEmpty ? 1 : 0 }
        var common = 0
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        for (word, n) in small { common += min(n, large[word] ?? 0) }
        return Double(2 * common) / Double(total)
    }

    static func dice(_ a: String, _ b: String) -> Double { dice(bag(a), bag(b)) }
}
