import Foundation

/// One example of the CommonMark spec file: its number, section, Markdown and expected HTML.
public struct SpecExample {
    public let number: Int
    public let section: String
    public let markdown: String
    public let html: String
}

/// Reads the examples out of `spec-0.30.txt` the way the spec's own test runner does.
public enum CommonMarkSpec {
    /// `../shared/commonmark/spec-0.30.txt` beside the repository, or `CSA_COMMONMARK_SPEC` when set.
    public static var path: URL {
        if let override = ProcessInfo.processInfo.environment["CSA_COMMONMARK_SPEC"] {
            return URL(fileURLWithPath: override)
        }
        let repo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/commonmark/spec-0.30.txt")
    }

    public static func examples() throws -> [SpecExample] {
        let text = try String(contentsOf: path, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var section = ""
        var state = 0 // 0 outside, 1 markdown, 2 html
        var markdown: [Substring] = []
        var html: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if state == 0 {
                if line == fence + " example" {
                    state = 1
                    markdown = []
                    html = []
                } else if line.hasPrefix("#") {
                    section = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                }
            } else if state == 1 {
                if line == "." { state = 2 } else { markdown.append(line) }
            } else {
                if line == fence {
                    state = 0
                    let md = markdown.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                    let out = html.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                    examples.append(SpecExample(number: examples.count + 1, section: section, markdown: md, html: out))
                } else {
                    html.append(line)
                }
            }
        }
        return examples
    }

    /// The one normalisation applied before comparing: heading `id` attributes, which the spec's
    /// expected output does not have, are removed. Everything else must match byte for byte.
    public static func normalize(_ html: String) -> String {
        html.replacingOccurrences(of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
    }
}
