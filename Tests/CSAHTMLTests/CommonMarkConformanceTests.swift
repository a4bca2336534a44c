import CSAHTML
import CSAMarkdown
import CSAModel
import Foundation
import Testing
import TestSupport

/// Runs every example of the CommonMark 0.30 spec through the Markdown reader and the HTML writer.
@Suite struct CommonMarkConformanceTests {
    /// The examples that hold raw HTML. With raw HTML off (the default) these, and only these, differ
    /// from the spec: each raw fragment is shown as `<!-- raw HTML omitted -->`.
    static let rawHTMLExamples: Set<Int> = [
        21, 31,
        148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167,
        168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187,
        188, 189, 190, 191, 201, 308, 309, 344, 474, 475, 476, 490, 493, 523, 535,
        612, 613, 614, 615, 616, 622, 624, 627, 628, 629, 630, 631, 642, 643,
    ]

    static func render(_ markdown: String, _ policy: RawHTMLPolicy) -> String {
        DocumentHTMLWriter(options: HTMLOptions(rawHTML: policy)).render(FixtureMarkdown.parse(markdown))
    }

    @Test func specHas652Examples() throws {
        #expect(try CommonMarkSpec.examples().count == 652)
    }

    @Test func everyExamplePassesWithRawHTMLAllowed() throws {
        let examples = try CommonMarkSpec.examples()
        var failures: [Int] = []
        for example in examples {
            let got = CommonMarkSpec.normalize(Self.render(example.markdown, .allow))
            if got != example.html {
                failures.append(example.number)
                Issue.record("example \(example.number) (\(example.section)):\nmarkdown: \(example.markdown.debugDescription)\nexpected: \(example.html.debugDescription)\ngot:      \(got.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(examples.count) examples failed: \(failures)")
    }

    @Test func withRawHTMLOffOnlyTheRawHTMLExamplesDiffer() throws {
        let examples = try CommonMarkSpec.examples()
        let differing = Set(examples.filter { CommonMarkSpec.normalize(Self.render($0.markdown, .omit)) != $0.html }.map(\.number))
        #expect(differing == Self.rawHTMLExamples,
                "differ: \(differing.sorted()); missing from list: \(differing.subtracting(Self.rawHTMLExamples).sorted()); listed but equal: \(Self.rawHTMLExamples.subtracting(differing).sorted())")
    }

    /// For each listed example, the safe output is what libcmark's own renderer (the `cmark` program,
    /// safe by default) gives: the raw HTML replaced by the omission comment, everything else the same.
    @Test func rawHTMLExamplesDifferExactlyByOmission() throws {
        let examples = try CommonMarkSpec.examples()
        for number in Self.rawHTMLExamples.sorted() {
            let example = examples[number - 1]
            let safe = CommonMarkSpec.normalize(Self.render(example.markdown, .omit))
            #expect(safe.contains("<!-- raw HTML omitted -->"), "example \(number) shows no omission comment")
            let reference = try CmarkProgram.render(example.markdown)
            #expect(safe == reference, "example \(number): got \(safe.debugDescription), cmark gives \(reference.debugDescription)")
        }
    }
}

/// Runs Debian's `cmark` program (installed with the test needs) as an independent reference renderer.
enum CmarkProgram {
    static func render(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
