import CSAModel
import CSAReaders
import Foundation
import TestSupport

/// A small, valid content folder written to a temporary directory; tests replace one file at a time
/// with a broken version and read the folder back.
struct ContentFixture {
    let root: URL
    /// Paths in diagnostics start with this (the folder as given to the reader).
    var display: String { root.path }

    static let files: [String: String] = [
        "site.yml": TestshireContent.siteYAML(otherBodies: [(id: "police", name: "Testshire Police")]),
        "editions/2023-24/edition.yml": """
            title: Agreement 2023-24
            period:
              start: 2023-04-01
              end: 2024-03-31
            status: approved
            approval:
              date: 2023-03-20
              body: tcsp

            """,
        "editions/2023-24/priorities.yml": """
            - id: asb
              title: Anti-social behaviour
              lead: police
              themes: []
              description: Nuisance in neighbourhoods.

            """,
        "editions/2023-24/themes.yml": "[]\n",
        "editions/2023-24/actions.yml": "[]\n",
        "editions/2023-24/measures.yml": "[]\n",
        "editions/2024-25/edition.yml": """
            title: Agreement 2024-25
            period:
              start: 2024-04-01
              end: 2025-03-31
            status: draft
            supersedes: 2023-24

            """,
        "editions/2024-25/priorities.yml": """
            - id: neighbourhood-crime
              title: Neighbourhood crime and ASB
              lead: police
              themes: [prevention]
              replaces: [asb]
              description: |
                Burglary, theft and nuisance.

            """,
        "editions/2024-25/themes.yml": """
            - id: prevention
              title: Early intervention and prevention
              lead: tcsp
              description: Acting before harm is done.

            """,
        "editions/2024-25/actions.yml": """
            - id: nc-01
              priorities: [neighbourhood-crime]
              themes: [prevention]
              description: Run ASB workshops for partners.
              lead: tcsp
              due: 2025-03-31
              status: amber
              updates:
                - date: 2024-10-01
                  text: Two workshops held.

            """,
        "editions/2024-25/measures.yml": """
            - id: asb-incidents
              priority: neighbourhood-crime
              title: ASB incidents reported
              unit: incidents
              better: lower
              data_source: Police recorded incidents
              illustrative: true
              values:
                - period: 2023-24
                  value: 1200
                - period: 2024-25
                  value: 1100

            """,
        "editions/2024-25/chapters/01-introduction.md": TestshireContent.introductionChapter,
    ]

    /// Folders made even when no file is written in them: an edition may have no chapters yet.
    static let folders = ["editions/2023-24/chapters"]

    init(replacing overrides: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("csa-fixture-\(UUID().uuidString)")
        var files = ContentFixture.files.mapValues { Optional($0) }
        for (path, text) in overrides { files[path] = text }
        for (path, text) in files {
            guard let text else { continue }
            try write(Data(text.utf8), to: path)
        }
        for folder in ContentFixture.folders {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read() -> ContentReading { ContentReader.read(contentDirectory: root.path, paperLayouts: ContentFixture.paperLayouts) }

    /// The layouts of the bundled templates (`Templates/papers/*.yml`), which the fixture's papers may name.
    static let paperLayouts = PaperLayoutFolder.names(templates: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates").path)

    /// The diagnostics as printed, with the temporary folder shown as `C`.
    func messages() -> [String] {
        read().diagnostics.sorted.map { $0.description.replacingOccurrences(of: root.path, with: "C") }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
