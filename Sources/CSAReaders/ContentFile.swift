import CSAModel
import Foundation

/// Reads one content file's bytes on their own, with the same reader `ContentReader` uses for that kind
/// of file: the entry point of the fuzzer (`csa-fuzz`) and of tests that replay its corpus.
///
/// References to other files (bodies, priorities, superseded editions) are not checked, since there is
/// no folder around the file. The bytes are written to a file in a private temporary folder first, so
/// each reader runs exactly as it does on a content folder.
public struct ContentFile {
    /// The kinds of content file, each read by its own reader.
    public enum Kind: String, CaseIterable, Sendable {
        case site, edition, priorities, themes, actions, measures, chapter, paper

        /// The name the file has in a content folder.
        public var fileName: String {
            switch self {
            case .site: return "site.yml"
            case .edition: return "edition.yml"
            case .chapter: return "01-introduction.md"
            case .paper: return "update.md"
            default: return "\(rawValue).yml"
            }
        }
    }

    /// What reading one file gave: whether the reader returned a value, and every diagnostic.
    public struct Reading: Sendable {
        /// True when the reader returned a value (for list files: at least one item was read).
        public let read: Bool
        public let diagnostics: Diagnostics
    }

    private let folder: URL

    /// Makes the private temporary folder the files are written to; `remove()` deletes it.
    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("csa-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    public func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Reads `bytes` as a file of the given kind, in an edition called `2024-25`. Diagnostics name the file as
    /// `kind.fileName`.
    public func read(_ bytes: [UInt8], as kind: Kind) throws -> Reading {
        let url = folder.appendingPathComponent(kind.fileName)
        try Data(bytes).write(to: url)
        var context = ReadContext()
        let display = kind.fileName, edition = "2024-25"
        let read: Bool
        switch kind {
        case .site: read = SiteReader.read(url, display: display, &context) != nil
        case .edition: read = EditionFileReader.read(url, display: display, id: edition, &context) != nil
        case .priorities: read = !PriorityReader.priorities(url, display: display, edition: edition, &context).isEmpty
        case .themes: read = !PriorityReader.themes(url, display: display, edition: edition, &context).isEmpty
        case .actions: read = !ActionReader.read(url, display: display, edition: edition, &context).isEmpty
        case .measures: read = !MeasureReader.read(url, display: display, edition: edition, &context).isEmpty
        case .chapter: read = ChapterReader.read(url, display: display, edition: edition, &context) != nil
        // No templates folder: any layout is taken.
        case .paper: read = PaperReader.read(url, display: display, editions: [edition], layouts: nil, site: nil, &context)?.paper != nil
        }
        return Reading(read: read, diagnostics: context.diagnostics)
    }
}
