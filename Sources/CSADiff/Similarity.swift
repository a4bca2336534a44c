/// How alike two texts are, by the words they share: the Dice coefficient over their words as
/// multisets (letters folded to lower case), from 0 (no word in common) to 1 (the same words).
enum Similarity {
    /// The words of `text`, lower-cased, numbered by `words`.
    static func bag(_ text: String, _ words: inout WordNumbers) -> WordBag {
        bag([text], &words)
    }

    /// The words of `texts` joined together (a word may run from one into the next), lower-cased,
    /// numbered by `words`. Read from the UTF-8 bytes: a word of lower-case ASCII is numbered straight
    /// from them, any other copied lower-cased first.
    static func bag(_ texts: [String], _ words: inout WordNumbers) -> WordBag {
        var numbers: [Int] = []
        if texts.count == 1 {
            var text = texts[0]
            text.withUTF8 { numbers = bag(bytes: $0, &words) }
        } else {
            var joined: [UInt8] = []
            for text in texts { joined.append(contentsOf: text.utf8) }
            joined.withUnsafeBufferPointer { numbers = bag(bytes: $0, &words) }
        }
        numbers.sort()
        return WordBag(words: numbers)
    }

    /// The numbers of the words of UTF-8 `bytes`, in order.
    private static func bag(bytes: UnsafeBufferPointer<UInt8>, _ words: inout WordNumbers) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(bytes.count / 6)
        var word: [UInt8] = []     // a word lower-cased, when it is not taken straight from `bytes`
        var i = 0
        let n = bytes.count
        asciiClasses.withUnsafeBufferPointer { classes in
            while i < n {
                // Up to the next word.
                let b = bytes[i]
                if b < 0x80 {
                    if classes[Int(b)] == 0 { i &+= 1; continue }
                } else {
                    let (u, length) = WordTokens.scalar(bytes, i)
                    if !CharacterClass.isWord(u) { i &+= length; continue }
                }
                // The word: numbered straight from `bytes` when it is lower-case ASCII.
                let start = i
                var kinds: UInt8 = 0      // the classes met, or'ed together: 2 for a capital, 4 for anything not ASCII
                while i < n {
                    let c = bytes[i]
                    if c < 0x80 {
                        let k = classes[Int(c)]
                        if k == 0 { break }
                        kinds |= k
                        i &+= 1
                        continue
                    }
                    let (u, length) = WordTokens.scalar(bytes, i)
                    guard CharacterClass.isWord(u) else { break }
                    kinds |= 4
                    i &+= length
                }
                if kinds & 6 == 0 {
                    numbers.append(words.number(UnsafeBufferPointer(rebasing: bytes[start..<i])))
                    continue
                }
                word.removeAll(keepingCapacity: true)
                var ascii = true
                var k = start
                while k < i {
                    let c = bytes[k]
                    if c < 0x80 {
                        word.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
                        k += 1
                        continue
                    }
                    let (u, length) = WordTokens.scalar(bytes, k)
                    for scalar in u.properties.lowercaseMapping.unicodeScalars {
                        if scalar.value >= 0x80 { ascii = false }
                        UTF8.encode(scalar) { word.append($0) }
                    }
                    k += length
                }
                numbers.append(words.number(word, ascii: ascii))
            }
        }
        return numbers
    }

    /// For each ASCII byte: 1 for a lower-case letter, digit or underscore, 2 for a capital, 0 for any
    /// other (not part of a word, as `CharacterClass.isWord` has it).
    private static let asciiClasses: [UInt8] = (0..<128).map { b in
        switch UInt8(b) {
        case 0x61...0x7A, 0x30...0x39, 0x5F: return 1
        case 0x41...0x5A: return 2
        default: return 0
        }
    }

    static func dice(_ a: WordBag, _ b: WordBag) -> Double {
        let total = a.words.count + b.words.count
        guard total > 0 else { return 1 }
        // The size of the two multisets' intersection, by one walk over both sorted lists.
        var common = 0, i = 0, j = 0
        let x = a.words, y = b.words
        while i < x.count, j < y.count {
            if x[i] == y[j] { common += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return Double(2 * common) / Double(total)
    }

    static func dice(_ a: String, _ b: String) -> Double {
        var words = WordNumbers()
        return dice(bag(a, &words), bag(b, &words))
    }
}

/// A text's words, lower-cased, as a multiset: their numbers (`WordNumbers`), sorted.
struct WordBag {
    let words: [Int]
}

/// Numbers lower-cased words, the same number for the same word. Words of ASCII letters and digits are
/// numbered by their bytes (`ByteInterner`); any other word as a `String`, so that two spellings of one
/// accented letter (precomposed, or a letter and a combining mark) are one word, as Swift compares text.
struct WordNumbers {
    private var ascii = ByteInterner()
    private var other: [String: Int] = [:]

    /// The number of `word` (UTF-8); `ascii` says that every byte is ASCII. Words of the two kinds get
    /// numbers of their own: from 0 up, and from -1 down.
    /// The number of `word`, lower-case ASCII letters and digits.
    mutating func number(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        ascii.id(word)
    }

    mutating func number(_ word: [UInt8], ascii isASCII: Bool) -> Int {
        if isASCII { return ascii.id(word, 0..<word.count) }
        let text = String(decoding: word, as: UTF8.self)
        if let known = other[text] { return known }
        let number = -(other.count + 1)
        other[text] = number
        return number
    }
}
