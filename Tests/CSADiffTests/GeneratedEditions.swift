import CSAModel
import TestSupport

/// Where generated prose comes from: words (drawn as often as they occur) and whole sentences.
struct Prose {
    var words: [String]
    /// Whole sentences to draw from; empty to make sentences of random words.
    var sentences: [[String]]

    /// A small vocabulary of the domain's words, drawn evenly: many coincidental matches, a stress test.
    static let synthetic = Prose(words: GeneratedChapter.vocabulary, sentences: [])

    /// Real prose: the sentences of the bundled Kent chapters, and their words as often as they occur.
    static func from(paragraphs: [String]) -> Prose {
        var sentences: [[String]] = []
        for paragraph in paragraphs {
            var current: [String] = []
            for word in paragraph.split(whereSeparator: \.isWhitespace).map(String.init) {
                current.append(word)
                if word.hasSuffix(".") || word.hasSuffix(";") || word.hasSuffix(":") { sentences.append(current); current = [] }
            }
            if !current.isEmpty { sentences.append(current) }
        }
        return Prose(words: sentences.flatMap { $0 }, sentences: sentences)
    }
}

/// Chapters made of random prose, and random edits to them: words, sentences and paragraphs inserted,
/// deleted, replaced and moved, formatting and link targets changed, chapters renamed and reordered.
struct GeneratedChapter {
    /// A block of Markdown as the generator holds it.
    enum Piece {
        case heading(level: Int, [String])
        case paragraph([[String]])
        case list(ordered: Bool, [[String]])
        case quote([[String]])
        case code([String])
    }

    var id: String
    var title: String
    var order: Int
    var pieces: [Piece]

    static let vocabulary = ("partners community safety agreement county district borough priority theme action plan measure "
        + "domestic abuse road casualties police council board group review year strategic assessment data the of and in to "
        + "for with across Kent Medway re-offending Kent's victims support young people neighbourhood crime violence women girls "
        + "training workshop campaign website officers meeting approved draft refresh annual").split(separator: " ").map(String.init)

    static func word(_ rng: inout SeededRandom, _ prose: Prose) -> String {
        let w = prose.words[Int(rng.next() % UInt64(prose.words.count))]
        switch rng.next() % 40 {
        case 0: return "**\(w)**"
        case 1: return "*\(w)*"
        case 2: return "[\(w)](https://example.org/\(rng.next() % 5))"
        case 3: return "`\(w)`"
        default: return w
        }
    }

    static func sentence(_ rng: inout SeededRandom, _ prose: Prose) -> [String] {
        if !prose.sentences.isEmpty { return prose.sentences[Int(rng.next() % UInt64(prose.sentences.count))] }
        let n = 4 + Int(rng.next() % 12)
        var words = (0..<n).map { _ in word(&rng, prose) }
        words[words.count - 1] += [".", ".", ".", ";", "!"][Int(rng.next() % 5)]
        return words
    }

    static func sentences(_ rng: inout SeededRandom, _ range: ClosedRange<Int>, _ prose: Prose) -> [[String]] {
        (0..<Int.random(in: range, using: &rng)).map { _ in sentence(&rng, prose) }
    }

    static func piece(_ rng: inout SeededRandom, _ prose: Prose) -> Piece {
        switch rng.next() % 10 {
        case 0: return .heading(level: 2 + Int(rng.next() % 2), (0..<(2 + Int(rng.next() % 4))).map { _ in word(&rng, prose) })
        case 1: return .list(ordered: rng.next() % 2 == 0, sentences(&rng, 2...5, prose))
        case 2: return .quote(sentences(&rng, 1...3, prose))
        case 3: return .code((0..<(1 + Int(rng.next() % 3))).map { _ in (0..<4).map { _ in vocabulary[Int(rng.next() % 20)] }.joined(separator: " ") })
        default: return .paragraph(sentences(&rng, 1...6, prose))
        }
    }

    static func random(_ rng: inout SeededRandom, id: String, order: Int, blocks: ClosedRange<Int>, prose: Prose) -> GeneratedChapter {
        GeneratedChapter(id: id, title: "Chapter about \(vocabulary[Int(rng.next() % 10)])", order: order,
                         pieces: (0..<Int.random(in: blocks, using: &rng)).map { _ in piece(&rng, prose) })
    }

    /// The chapter's body as Markdown.
    var markdown: String {
        pieces.map { piece in
            switch piece {
            case .heading(let level, let words): return String(repeating: "#", count: level) + " " + words.joined(separator: " ")
            case .paragraph(let sentences): return sentences.map { $0.joined(separator: " ") }.joined(separator: " ")
            case .list(let ordered, let items):
                return items.enumerated().map { (ordered ? "\($0.offset + 1). " : "- ") + $0.element.joined(separator: " ") }.joined(separator: "\n")
            case .quote(let sentences): return sentences.map { "> " + $0.joined(separator: " ") }.joined(separator: "\n")
            case .code(let lines): return "```\n" + lines.joined(separator: "\n") + "\n```"
            }
        }.joined(separator: "\n\n") + "\n"
    }

    var chapter: Chapter {
        Chapter(id: id, title: title, order: order, summary: "What \(title.lowercased()) covers.",
                body: FixtureMarkdown.parse(markdown), bodyStartLine: 1, location: SourceLocation(file: "\(id).md"))
    }

    // MARK: Edits

    /// One random edit somewhere in the chapter.
    /// How large the random edits may be.
    enum EditScale {
        /// Words, sentences, paragraphs and chapters.
        case any
        /// Words and sentences inside paragraphs only.
        case sentences
        /// Words inside paragraphs only: inserted, deleted, replaced, their formatting changed.
        case words
    }

    mutating func edit(_ rng: inout SeededRandom, _ prose: Prose, scale: EditScale = .any) {
        guard !pieces.isEmpty else { pieces.append(Self.piece(&rng, prose)); return }
        let at = Int(rng.next() % UInt64(pieces.count))
        switch scale == .any ? rng.next() % 12 : 11 {
        case 0: pieces.insert(Self.piece(&rng, prose), at: at)                                   // paragraph inserted
        case 1: pieces.remove(at: at)                                                      // paragraph deleted
        case 2: pieces[at] = Self.piece(&rng, prose)                                              // paragraph replaced
        case 3:                                                                            // paragraph moved
            let moved = pieces.remove(at: at)
            pieces.insert(moved, at: Int(rng.next() % UInt64(pieces.count + 1)))
        default:                                                                           // words and sentences
            if scale == .words, case .paragraph(var sentences) = pieces[at], !sentences.isEmpty {
                let s = Int(rng.next() % UInt64(sentences.count))
                Self.editWords(&sentences[s], &rng, prose)
                pieces[at] = .paragraph(sentences)
            } else if scale != .words {
                pieces[at] = Self.editInside(pieces[at], &rng, prose)
            }
        }
    }

    static func editInside(_ piece: Piece, _ rng: inout SeededRandom, _ prose: Prose) -> Piece {
        switch piece {
        case .heading(let level, var words):
            editWords(&words, &rng, prose)
            return .heading(level: rng.next() % 8 == 0 ? 5 - level : level, words.isEmpty ? ["Heading"] : words)
        case .paragraph(var sentences):
            editSentences(&sentences, &rng, prose)
            return .paragraph(sentences)
        case .list(let ordered, var items):
            editSentences(&items, &rng, prose)
            return .list(ordered: ordered, items)
        case .quote(var sentences):
            editSentences(&sentences, &rng, prose)
            return .quote(sentences)
        case .code(var lines):
            lines.append(vocabulary[Int(rng.next() % 20)])
            return .code(lines)
        }
    }

    static func editSentences(_ sentences: inout [[String]], _ rng: inout SeededRandom, _ prose: Prose) {
        guard !sentences.isEmpty else { sentences.append(sentence(&rng, prose)); return }
        let at = Int(rng.next() % UInt64(sentences.count))
        switch rng.next() % 6 {
        case 0: sentences.insert(sentence(&rng, prose), at: at)
        case 1: if sentences.count > 1 { sentences.remove(at: at) } else { sentences[at] = sentence(&rng, prose) }
        case 2: sentences[at] = sentence(&rng, prose)
        default: editWords(&sentences[at], &rng, prose)
        }
    }

    static func editWords(_ words: inout [String], _ rng: inout SeededRandom, _ prose: Prose) {
        guard !words.isEmpty else { words.append(word(&rng, prose)); return }
        let at = Int(rng.next() % UInt64(words.count))
        switch rng.next() % 5 {
        case 0: words.insert(word(&rng, prose), at: at)
        case 1: if words.count > 1 { words.remove(at: at) }
        case 2: words[at] = "**\(words[at])**"                                             // formatting changed
        case 3: words[at] = "[\(words[at])](https://example.org/changed)"                  // link added or re-pointed
        default: words[at] = word(&rng, prose)
        }
    }
}

/// Two editions of generated chapters, the second made from the first by random edits.
enum GeneratedEditions {
    /// A pair of generated editions: `chapters` chapters, then `edits` random edits and chapter renames
    /// and reorders.
    static func pair(seed: UInt64, chapters: Int, blocks: ClosedRange<Int>, edits: Int, prose: Prose = .synthetic,
                     scale: GeneratedChapter.EditScale = .any) -> (old: [GeneratedChapter], new: [GeneratedChapter]) {
        var rng = SeededRandom(seed: seed)
        let old = (0..<chapters).map { GeneratedChapter.random(&rng, id: "chapter-\($0 + 1)", order: $0 + 1, blocks: blocks, prose: prose) }
        var new = old
        for _ in 0..<edits {
            let at = Int(rng.next() % UInt64(new.count))
            new[at].edit(&rng, prose, scale: scale)
        }
        switch scale == .any ? rng.next() % 4 : 3 {
        case 0:                                                                   // a chapter renamed
            let at = Int(rng.next() % UInt64(new.count))
            new[at].id += "-renamed"
            new[at].title = "Renamed " + new[at].title
        case 1 where new.count > 1:                                               // two chapters swapped
            let a = Int(rng.next() % UInt64(new.count)), b = (a + 1) % new.count
            (new[a].order, new[b].order) = (new[b].order, new[a].order)
        case 2 where new.count > 1:                                               // a chapter dropped, another added
            new.remove(at: Int(rng.next() % UInt64(new.count)))
            new.append(GeneratedChapter.random(&rng, id: "chapter-new", order: chapters + 1, blocks: blocks, prose: prose))
        default: break
        }
        return (old, new)
    }
}
