@testable import CSADiff
import Testing
import TestSupport

/// Word similarity: the Dice coefficient over lower-cased words as multisets, with words numbered
/// rather than kept as strings.
@Suite struct SimilarityTests {
    @Test func diceOverWordMultisets() {
        #expect(Similarity.dice("the cat sat", "The cat sat.") == 1)
        #expect(Similarity.dice("a a b", "a b b") == Double(2 * 2) / 6)
        #expect(Similarity.dice("one two", "three four") == 0)
        #expect(Similarity.dice("", "") == 1)
        #expect(Similarity.dice("", "words") == 0)
        #expect(Similarity.dice("Kent's plan", "kent s PLAN") == 1)
    }

    @Test func everyASCIICharacterSplitsWordsOrNotAsCharacterClassSays() {
        for byte in UInt8(0)..<0x80 {
            let c = Unicode.Scalar(byte)
            var words = WordNumbers()
            let bag = Similarity.bag("Ab" + String(Character(c)) + "cD ab\(Character(c))cd", &words)
            // "Ab?cD" and "ab?cd": one word each (the same word) when `c` is part of a word, else two each.
            #expect(bag.words.count == (CharacterClass.isWord(c) ? 2 : 4), "\(byte)")
            #expect(Set(bag.words).count == (CharacterClass.isWord(c) ? 1 : 2), "\(byte)")
        }
    }

    @Test func accentedWordsMatchInEitherSpelling() {
        // "café" precomposed and as "e" with a combining acute accent are one word, as Swift compares text;
        // "cafe" without the accent is another.
        #expect(Similarity.dice("Caf\u{E9} open", "cafe\u{301} open") == 1)
        #expect(Similarity.dice("Caf\u{E9} open", "cafe open") == 0.5)
        #expect(Similarity.dice("\u{C9}COLE", "\u{E9}cole") == 1)
    }

    /// An ASCII word is numbered by a hash taken as it is read; a word whose letters lower-case to ASCII
    /// (the Kelvin sign's lower case is "k") gets the same number, by the same hash of its lower-cased bytes.
    @Test func wordsNumberedByTheirLowerCasedBytes() {
        var words = WordNumbers()
        let bag = Similarity.bag("Kent KENT kent \u{212A}ent kents", &words)
        #expect(Set(bag.words).count == 2)
        #expect(Similarity.dice("\u{212A}ent plan", "kent PLAN") == 1)
        #expect(bag.words.allSatisfy { $0 >= 0 })
        #expect(Similarity.bag("caf\u{E9}", &words).words.allSatisfy { $0 < 0 })
    }

    /// The bound from the bags' sizes never rules out a pair that reaches the threshold, and is met by
    /// a bag and itself.
    @Test func sizeBoundNeverRulesOutAPairThatReachesTheThreshold() {
        var generator = SeededRandom(seed: 20261207)
        var words = WordNumbers()
        let vocabulary = ["plan", "kent", "crime", "safety", "the", "and", "partners", "violence", "caf\u{E9}"]
        func text() -> String {
            (0..<Int.random(in: 0...30, using: &generator)).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &generator)] }
                .joined(separator: " ")
        }
        for _ in 0..<2000 {
            let a = Similarity.bag(text(), &words), b = Similarity.bag(text(), &words)
            for least in [BlockAlignment.pairing, BlockAlignment.movedAndChanged, 0.0, 1.0] {
                if Similarity.dice(a, b) >= least { #expect(Similarity.mayReach(least, a, b)) }
                #expect(Similarity.mayReach(least, a, a))
            }
        }
        #expect(!Similarity.mayReach(0.4, Similarity.bag("one", &words), Similarity.bag("one two three four five six", &words)))
    }

    @Test func internerNumbersEachDistinctStringOnce() {
        var interner = ByteInterner()
        let words = (0..<5000).map { Array("word\($0 % 1700)".utf8) }
        let ids = words.map { interner.id($0, 0..<$0.count) }
        #expect(interner.count == 1700)
        #expect(ids.prefix(1700) == ArraySlice(0..<1700))
        #expect(zip(words, ids).allSatisfy { word, id in Int(String(decoding: word.dropFirst(4), as: UTF8.self)).map { ids[$0] } == id })
        #expect(interner.id([], 0..<0) == 1700)
        #expect(interner.id(Array("xword1y".utf8), 1..<6) == 1)
    }
}

/// `WordSort` sorts exactly as the standard library does, on lists of every shape.
@Suite struct WordSortTests {
    @Test func sortsLikeTheStandardLibrary() {
        var generator = SeededRandom(seed: 20261124)
        var lists: [[Int]] = [[], [1], [2, 1], Array(0..<100), Array((0..<100).reversed()), Array(repeating: 7, count: 50),
                              (0..<300).map { $0 % 3 }, (0..<1000).map { _ in Int.random(in: Int.min...Int.max, using: &generator) }]
        for n in [5, 17, 40, 129, 600] {
            lists.append((0..<n).map { _ in Int.random(in: -20...20, using: &generator) })
            // Organ-pipe order: rises then falls.
            lists.append((0..<n).map { min($0, n - $0) })
        }
        for list in lists {
            var sorted = list
            WordSort.sort(&sorted)
            #expect(sorted == list.sorted(), "\(list.prefix(20))")
        }
    }
}
