/// How alike two texts are, by the words they share: the Dice coefficient over their words as
/// multisets (letters folded to lower case), from 0 (no word in common) to 1 (the same words).
enum Similarity {
    /// The words of `text`, lower-cased, numbered by `words`.
    static func bag(_ text: String, _ words: inout WordNumbers) -> WordBag {
        var text = text
        return WordBag(sorting: text.withUTF8 { bag(bytes: $0, &words) })
    }

    /// The words of `texts` joined together (a word may run from one into the next), lower-cased,
    /// numbered by `words`. Read from the UTF-8 bytes: a word of lower-case ASCII is numbered straight
    /// from them, any other copied lower-cased first.
    static func bag(_ texts: [String], _ words: inout WordNumbers) -> WordBag {
        if texts.count == 1 { return bag(texts[0], &words) }
        var joined: [UInt8] = []
        for text in texts { joined.append(contentsOf: text.utf8) }
        return WordBag(sorting: joined.withUnsafeBufferPointer { bag(bytes: $0, &words) })
    }

    /// The numbers of the words of UTF-8 `bytes`, in order. A word of ASCII letters and digits is
    /// numbered by a hash of its lower-cased bytes, taken as it is read (`WordNumbers.hash`); any other
    /// is copied lower-cased first.
    private static func bag(bytes: UnsafeBufferPointer<UInt8>, _ words: inout WordNumbers) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(bytes.count / 5)
        guard let base = bytes.baseAddress else { return numbers }
        let table = wordBytes
        var word: [UInt8] = []     // a word lower-cased, when it is not hashed straight from `bytes`
        var i = 0
        let n = bytes.count
        while i < n {
            // Up to the next word.
            let b = base[i]
            if b < 0x80 {
                if table[Int(b)] == 0 { i &+= 1; continue }
            } else {
                let (u, length) = WordTokens.scalar(bytes, i)
                if !CharacterClass.isWord(u) { i &+= length; continue }
            }
            // The word: hashed as it is read while it is ASCII (a capital as its lower case), in a loop
            // that calls nothing, so that the hash stays in a register.
            let start = i
            var hash = WordNumbers.hashStart
            while i < n {
                let lowered = table[Int(base[i])]
                if lowered == 0 { break }
                hash = WordNumbers.hash(hash, lowered)
                i &+= 1
            }
            if i < n, base[i] >= 0x80, continuesWord(bytes, i) {
                // Not all ASCII: read to its end, then numbered from a lower-cased copy.
                while i < n {
                    if base[i] < 0x80 {
                        if table[Int(base[i])] == 0 { break }
                        i &+= 1
                        continue
                    }
                    let (u, length) = WordTokens.scalar(bytes, i)
                    guard CharacterClass.isWord(u) else { break }
                    i &+= length
                }
                numbers.append(otherWord(bytes, start..<i, &word, &words))
            } else {
                numbers.append(WordNumbers.number(hash: hash))
            }
        }
        return numbers
    }

    /// Whether the character at byte `i` (not ASCII) is part of a word.
    private static func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        CharacterClass.isWord(WordTokens.scalar(bytes, i).0)
    }

    /// For each byte: the byte lower-cased when it is an ASCII letter, digit or underscore (part of a word,
    /// as `CharacterClass.isWord` has it), 0 for any other ASCII byte and for every byte from 0x80, which
    /// is judged with the character it starts. Written once, then only read (hence `nonisolated(unsafe)`).
    nonisolated(unsafe) private static let wordBytes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 {
            switch UInt8(b) {
            case 0x61...0x7A, 0x30...0x39, 0x5F: table[b] = UInt8(b)
            case 0x41...0x5A: table[b] = UInt8(b) + 32
            default: table[b] = 0
            }
        }
        return UnsafePointer(table)
    }()

    /// The number of a word that is not all ASCII, bytes `range` of `bytes`: copied lower-cased into `word`
    /// (one buffer for every such word) and numbered by `words`.
    private static func otherWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: inout [UInt8],
                                  _ words: inout WordNumbers) -> Int {
        word.removeAll(keepingCapacity: true)
        var lowered = true     // every byte of the lower-cased word ASCII
        var k = range.lowerBound
        while k < range.upperBound {
            let c = bytes[k]
            if c < 0x80 {
                word.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
                k += 1
                continue
            }
            let (u, length) = WordTokens.scalar(bytes, k)
            for scalar in u.properties.lowercaseMapping.unicodeScalars {
                if scalar.value >= 0x80 { lowered = false }
                UTF8.encode(scalar) { word.append($0) }
            }
            k += length
        }
        return words.number(word, ascii: lowered)
    }

    /// Whether `dice(a, b)` may be `least` or more, from the sizes of the bags alone: two bags share at
    /// most as many words as the smaller holds, so that their similarity is at most 2·min / (sum).
    @inline(__always)
    static func mayReach(_ least: Double, _ a: WordBag, _ b: WordBag) -> Bool {
        let total = a.words.count + b.words.count
        guard total > 0 else { return true }
        return Double(2 * min(a.words.count, b.words.count)) / Double(total) >= least
    }

    static func dice(_ a: WordBag, _ b: WordBag) -> Double {
        let total = a.words.count + b.words.count
        guard total > 0 else { return 1 }
        // The size of the two multisets' intersection, by one walk over both sorted lists, each step
        // moving past the smaller number (or both, when they are equal) without a branch to mispredict.
        let common = a.words.withUnsafeBufferPointer { x in
            b.words.withUnsafeBufferPointer { y in
                var common = 0, i = 0, j = 0
                let n = x.count, m = y.count
                while i < n, j < m {
                    let u = x[i], v = y[j]
                    common &+= u == v ? 1 : 0
                    i &+= u <= v ? 1 : 0
                    j &+= v <= u ? 1 : 0
                }
                return common
            }
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

extension WordBag {
    /// The bag of word numbers `numbers`, in any order.
    init(sorting numbers: [Int]) {
        var numbers = numbers
        WordSort.sort(&numbers)
        self.init(words: numbers)
    }
}

/// Numbers lower-cased words, the same number for the same word. A word of ASCII letters and digits is
/// numbered by a 63-bit FNV-1a hash of its bytes (0 and up), read without copying it or looking it up;
/// two different words share a number only if their hashes collide, which for the few thousand words of
/// a chapter is far less likely than one in a billion billion, and would only make two blocks seem a
/// little more alike. Any other word is numbered as a `String` (-1 and down), so that two spellings of
/// one accented letter (precomposed, or a letter and a combining mark) are one word, as Swift compares text.
struct WordNumbers {
    private var other: [String: Int] = [:]

    static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` with one more byte (FNV-1a).
    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The number of the ASCII word whose bytes hash (from `hashStart`) to `hash`.
    @inline(__always)
    static func number(hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash & 0x7FFF_FFFF_FFFF_FFFF)
    }

    /// The number of `word` (UTF-8, already lower-cased); `ascii` says that every byte is ASCII.
    mutating func number(_ word: [UInt8], ascii isASCII: Bool) -> Int {
        if isASCII { return Self.number(hash: word.reduce(Self.hashStart, Self.hash)) }
        let text = String(decoding: word, as: UTF8.self)
        if let known = other[text] { return known }
        let number = -(other.count + 1)
        other[text] = number
        return number
    }
}

/// Sorts a bag's word numbers in increasing order: a quicksort (median of three, insertion sort for short
/// stretches) on the buffer, about half the work of the standard library's stable sort, whose stability a
/// list of numbers does not need. A stretch that splits badly too often is left to the standard sort.
enum WordSort {
    static func sort(_ numbers: inout [Int]) {
        numbers.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 1 else { return }
            sort(base, 0, buffer.count - 1, depth: 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount))
        }
    }

    private static func sort(_ a: UnsafeMutablePointer<Int>, _ low: Int, _ high: Int, depth: Int) {
        var low = low, high = high, depth = depth
        while high - low > 16 {
            if depth == 0 {
                var rest = UnsafeMutableBufferPointer(start: a + low, count: high - low + 1)
                rest.sort()
                return
            }
            depth -= 1
            // Median of three as the pivot, which keeps sorted and reversed input fast.
            let mid = low + (high - low) / 2
            if a[mid] < a[low] { swap(a, mid, low) }
            if a[high] < a[low] { swap(a, high, low) }
            if a[high] < a[mid] { swap(a, high, mid) }
            let pivot = a[mid]
            var i = low, j = high
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j { swap(a, i, j); i += 1; j -= 1 }
            }
            // The shorter side first, the longer one by looping, so the stack stays shallow.
            if j - low < high - i {
                if low < j { sort(a, low, j, depth: depth) }
                low = i
            } else {
                if i < high { sort(a, i, high, depth: depth) }
                high = j
            }
        }
        // Insertion sort for the short stretch left.
        if low < high {
            for k in (low + 1)...high {
                let value = a[k]
                var m = k - 1
                while m >= low, a[m] > value { a[m + 1] = a[m]; m -= 1 }
                a[m + 1] = value
            }
        }
    }

    @inline(__always)
    private static func swap(_ a: UnsafeMutablePointer<Int>, _ x: Int, _ y: Int) {
        let t = a[x]; a[x] = a[y]; a[y] = t
    }
}
