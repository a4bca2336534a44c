import CSAMarkdown
import Dispatch
import Foundation

/// The one-time work of a process's first reading, done ahead on another core: the first YAML document
/// read (Yams) and the first Markdown parsed (libcmark, and the conversion of its tree) page in their code
/// and have the Swift runtime instantiate their types and look up their protocol conformances, and the
/// first parallel work starts Dispatch's threads. A command that reads a content folder runs it on
/// another core before ArgumentParser reads its arguments (`csa`'s `BesideThread`), so that this work
/// overlaps that reading instead of delaying the first file (for `csa diff`, about a twentieth of its
/// run). It reads and writes no file and changes nothing any reading gives; the text it reads is its own.
public enum ReadingWarmUp {
    /// The warm-up itself, on the calling thread.
    public static func run() {
        let yaml = "id: warm-up\ntitle: Warm-up\norder: 1\nthemes: [a, b]\n"
        _ = YAMLFile(file: "warm-up.yml", lineOffset: 0, lines: SourceText.lines(yaml)).parse(yaml)
        _ = try? MarkdownParser.parse("## Warm-up\n\nSome *text*, **strong**, `code` and a [link](x.md).\n\n- an item\n\n1. a step\n")
        DispatchQueue.concurrentPerform(iterations: 2) { _ in }
    }
}
