import CSAModel
import CSAReaders
import Foundation
import Testing

/// Every content error says what to do, as a compiler's does: a corpus of careless input, one mistake of
/// each kind in each file, read through `BadInput.messages` (which checks every error's hint), and the
/// hints of the mistakes that used to have none, word for word.
@Suite struct EveryErrorHasAHintTests {
    static let fixture = ContentFixture.files
    static func replacing(_ path: String, _ old: String, _ new: String) -> [String: String?] {
        let text = fixture[path]!
        precondition(text.contains(old), "\(path) has no '\(old)'")
        return [path: text.replacingOccurrences(of: old, with: new)]
    }

    /// One careless change per case, in every kind of file; each must give at least one error.
    static let corpus: [(name: String, files: [String: String?])] = [
        ("text that is a list", replacing("editions/2024-25/edition.yml", "title: Agreement 2024-25", "title:\n  - x")),
        ("text that is a mapping", replacing("editions/2024-25/measures.yml", "unit: incidents", "unit:\n    a: b")),
        ("id that is a list", replacing("editions/2024-25/edition.yml", "supersedes: 2023-24", "supersedes: [2023-24]")),
        ("id that is a mapping", replacing("editions/2024-25/actions.yml", "lead: tcsp", "lead: {a: b}")),
        ("word not among the choices", replacing("editions/2024-25/measures.yml", "better: lower", "better: smaller")),
        ("choice that is a list", replacing("editions/2024-25/actions.yml", "status: amber", "status: [amber]")),
        ("date that is a list", replacing("editions/2024-25/actions.yml", "due: 2025-03-31", "due: [2025-03-31]")),
        ("true or false", replacing("editions/2024-25/measures.yml", "illustrative: true", "illustrative: yes")),
        ("number out of range", replacing("editions/2024-25/measures.yml", "value: 1100", "value: 1e999")),
        ("not a finite number", replacing("editions/2024-25/measures.yml", "value: 1100", "value: .nan")),
        ("infinity", replacing("editions/2024-25/measures.yml", "value: 1100", "value: .inf")),
        ("number with a unit", replacing("editions/2024-25/measures.yml", "value: 1100", "value: 1100 incidents")),
        ("chapter order zero", replacing(BadInput.chapterPath, "order: 1", "order: 0")),
        ("chapter order quoted", replacing(BadInput.chapterPath, "order: 1", "order: \"1\"")),
        ("field name that is a list", replacing("editions/2024-25/priorities.yml", "lead: police", "? [a, b]\n  : police")),
        ("item that is not a mapping", ["editions/2024-25/themes.yml": "- just text\n"]),
        ("file that is not a list", ["editions/2024-25/priorities.yml": "id: x\n"]),
        ("entry of an id list that is a list", replacing("editions/2024-25/actions.yml", "themes: [prevention]", "themes: [[prevention]]")),
        ("reference to a missing priority", replacing("editions/2024-25/measures.yml", "priority: neighbourhood-crime", "priority: nope")),
        ("reference to a missing theme", replacing("editions/2024-25/actions.yml", "themes: [prevention]", "themes: [nothing-like-it]")),
        ("reference when there are no themes", ["editions/2024-25/themes.yml": "[]\n"]),
        ("replaces an id the superseded edition lacks", replacing("editions/2024-25/priorities.yml", "replaces: [asb]", "replaces: [nothing-like-it]")),
        ("supersedes itself", replacing("editions/2024-25/edition.yml", "supersedes: 2023-24", "supersedes: 2024-25")),
        ("supersedes a missing edition", replacing("editions/2024-25/edition.yml", "supersedes: 2023-24", "supersedes: 1999-00")),
        ("lead that is not a body", replacing("editions/2024-25/themes.yml", "lead: tcsp", "lead: nobody")),
        ("unknown field", replacing("editions/2024-25/themes.yml", "lead: tcsp", "lead: tcsp\n  colour: red")),
        ("empty key", ["editions/2024-25/edition.yml": "\"\": x\n" + fixture["editions/2024-25/edition.yml"]!]),
        ("period backwards", replacing("editions/2024-25/edition.yml", "start: 2024-04-01", "start: 2026-04-01")),
        ("YAML syntax", ["editions/2024-25/themes.yml": "- id: [\n"]),
        ("YAML nested too deeply", ["editions/2024-25/measures.yml": String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"]),
        ("duplicate key", replacing("editions/2024-25/themes.yml", "lead: tcsp", "lead: tcsp\n  lead: police")),
        ("empty file", ["editions/2024-25/edition.yml": ""]),
        ("no front matter", [BadInput.chapterPath: "# Introduction\n"]),
        ("chapter file name", [BadInput.chapterPath: nil, "editions/2024-25/chapters/01-intro.md": fixture[BadInput.chapterPath]!]),
        ("control character", replacing("editions/2024-25/themes.yml", "Acting before", "Acting\u{7} before")),
        ("raw HTML", [BadInput.chapterPath: BadInput.chapter("<b>bold</b>\n")]),
        ("missing file", ["editions/2024-25/measures.yml": nil]),
        ("unexpected file", ["editions/2024-25/notes.txt": "x"]),
        ("paper with a bad option", [PaperFixtureText.path: PaperFixtureText.replacing("action-summary", with: "priorities as=tabel as=list leads=maybe")]),
        ("paper naming a missing edition", [PaperFixtureText.path: PaperFixtureText.replacing("edition: 2024-25", with: "edition: 1999-00")]),
        ("paper with a heading field that is a list", [PaperFixtureText.path: PaperFixtureText.replacing("- The agreement 2024-25", with: "- [a, b]")]),
        ("site with a bad address", replacing("site.yml", "https://", "ftp://")),
    ]

    @Test func everyErrorOfTheCorpusHasAHint() throws {
        for (name, files) in Self.corpus {
            // BadInput.messages records an issue for any error without a useful hint.
            let got = try BadInput.messages(files)
            #expect(got.contains { $0.contains(": error: ") }, "\(name) gave no error: \(got)")
        }
    }

    func hints(_ files: [String: String?]) throws -> [String] {
        try BadInput.messages(files).map { $0.components(separatedBy: "\n    hint: ").dropFirst().joined() }
    }

    /// The mistakes whose errors had no hint: each now says what to do.
    @Test func typeMistakesSayWhatToWrite() throws {
        #expect(try hints(Self.replacing("editions/2024-25/edition.yml", "title: Agreement 2024-25", "title:\n  - x")) == [
            "write the text after 'title: ' (in double quotes if it contains ': ' or starts with '[', '{' or '-'), or under 'title: |' for several lines",
        ])
        #expect(try hints(Self.replacing("editions/2024-25/edition.yml", "supersedes: 2023-24", "supersedes: [2023-24]")) == [
            "write one value after 'supersedes: ' on the same line, such as 'supersedes: 2023-24', not a list",
        ])
        #expect(try hints(Self.replacing("editions/2024-25/measures.yml", "better: lower", "better: smaller")) == [
            "write one of these words exactly as shown, in lowercase: lower, higher",
        ])
        #expect(try hints(Self.replacing("editions/2024-25/priorities.yml", "lead: police", "? [a, b]\n  : police")) == [
            "write each field as 'name: value', with a plain name such as 'id'; a '?' or a list or mapping before the ':' is not a field name",
        ])
    }

    /// A reference to a missing item lists what there is, or says there is nothing yet.
    @Test func missingReferencesListWhatThereIs() throws {
        #expect(try hints(Self.replacing("editions/2024-25/measures.yml", "priority: neighbourhood-crime", "priority: nope")) == [
            "its priorities are neighbourhood-crime; name one of them, or add 'nope' to priorities.yml",
        ])
        #expect(try hints(["editions/2024-25/themes.yml": "[]\n"]) == [
            "edition 2024-25 has no themes yet: add 'prevention' to its themes.yml, or remove the reference",
            "edition 2024-25 has no themes yet: add 'prevention' to its themes.yml, or remove the reference",
        ])
        #expect(try hints(Self.replacing("editions/2024-25/priorities.yml", "replaces: [asb]", "replaces: [nothing-like-it]")) == [
            "its priorities and themes are asb; 'replaces' names one of them",
        ])
        // As the README shows: an abbreviation of the old id is a near name.
        #expect(try hints(Self.replacing("editions/2024-25/priorities.yml", "replaces: [asb]", "replaces: [anti-social-behaviour]")) == [
            "did you mean 'asb'?",
        ])
        #expect(try hints(Self.replacing("editions/2024-25/edition.yml", "supersedes: 2023-24", "supersedes: 1999-00")) == [
            "name the folder of the edition this one follows: 2023-24",
        ])
    }
}
