@testable import csa
import Foundation
import Testing

/// `csa diff` as a user runs it on the bundled Kent content: the report, each format to a file, colour
/// only on a terminal, and every refusal with its exact message.
@Suite struct DiffCommandTests {
    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csa-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func reportOnTheRealMovement() throws {
        let result = try CSAProgram.run(["diff", "2018-19", "2024-25"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(12)) == [
            "Changes from 2018-19 to 2024-25",
            "",
            "OLD: 2018-19, Kent Community Safety Agreement 2018-19 (draft).",
            "NEW: 2024-25, Kent Community Safety Agreement 2024-25 (approved).",
            "",
            "Summary",
            "-------",
            "",
            "  Priorities: 2 added, 2 renamed, 6 changed",
            "  Themes: 2 added, 3 changed",
            "  Actions: 12 added, 5 removed, 14 changed (10 status changes, 14 due dates moved, 15 new progress updates)",
            "  Measures: 4 added, 2 removed, 1 better, 2 worse, 1 no change",
        ])
        for line in [
            "  Renamed: priority \"Anti-Social Behaviour\" (anti-social-behaviour) → priority \"Preventing Neighbourhood Crime & ASB\" (neighbourhood-crime-asb)",
            "  Renamed: priority \"Serious and Organised Crime\" (serious-organised-crime) → priority \"Serious Violence and Organised Crime\" (serious-violence-organised-crime)",
            "    title: Serious {+Violence +}and Organised Crime",
            "  Added: priority \"Preventing Extremism and Hate\" (preventing-extremism-hate)",
            "  Added: priority \"Violence against women and girls\" (vawg)",
            "  Changed: da-01",
            "    status: Green → Amber",
            "  Worse: ksi-casualties \"People killed or seriously injured in road collisions\": 648 (2016-17) → 694 (2024-25) casualties, lower is better",
            "  Appendix A \"Source papers\" (source-papers): added",
        ] {
            #expect(lines.contains(line), "missing: \(line)")
        }
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func earlierNewIsAllowedAndSaysSo() throws {
        let result = try CSAProgram.run(["diff", "2018-19", "2011-14"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2011-14 is the earlier edition, so this comparison runs back in time: \"added\" means only 2011-14 has it, and \"ended\" or \"removed\" means only 2018-19 has it."))
        #expect(result.stdout.contains("  Added: priority \"Acquisitive crime\" (acquisitive-crime)"))
        #expect(result.stdout.contains("  Renamed: theme \"Reducing re-offending and supporting victims\" (reducing-reoffending-supporting-victims) → theme \"Reducing re-offending\" (reducing-reoffending)"))
    }

    @Test func anotherEditionsChaptersAreNotRead() throws {
        // A chapter of 2011-14 that csa check refuses does not stop comparing 2018-19 with 2024-25.
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let content = dir.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: CSAProgram.packageRoot.appendingPathComponent("Content"), to: content)
        try Data("---\nid: broken\ntitle: Broken\norder: 98\nsummary: x\n---\n\n<b>raw</b>\n".utf8)
            .write(to: content.appendingPathComponent("editions/2011-14/chapters/98-broken.md"))
        #expect(try CSAProgram.run(["check", content.path]).status == 1)
        let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--content", content.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == (try CSAProgram.run(["diff", "2018-19", "2024-25", "--format", "json"])).stdout)
    }

    @Test func unknownEditionListsTheEditionsWithAHint() throws {
        let result = try CSAProgram.run(["diff", "2018-20", "2024-25"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: there is no edition '2018-20' in Content; the editions there are 2011-14, 2018-19 and 2024-25\n    hint: did you mean '2018-19'?\n")
    }

    /// An id that starts a known one (and only one) is taken for it, for editions and chapters alike.
    @Test func anIdCutShortGetsAHint() throws {
        let editions = "the editions there are 2011-14, 2018-19 and 2024-25"
        for (arguments, unknown, hint) in [(["2018", "2024-25"], "2018", "2018-19"), (["2018-19", "2024"], "2024", "2024-25"),
                                           (["2011", "2024-25"], "2011", "2011-14"), (["2024-2", "2011-14"], "2024-2", "2024-25")] {
            let result = try CSAProgram.run(["diff"] + arguments)
            #expect(result.status == 1)
            #expect(result.stderr == "error: there is no edition '\(unknown)' in Content; \(editions)\n    hint: did you mean '\(hint)'?\n")
        }
        // "20" starts every edition: no guess.
        #expect(try CSAProgram.run(["diff", "20", "2024-25"]).stderr == "error: there is no edition '20' in Content; \(editions)\n")
        let chapter = try CSAProgram.run(["diff", "2018-19", "2024-25", "--chapter", "gov"])
        #expect(chapter.stderr.hasSuffix("\n    hint: did you mean 'governance-and-delivery'?\n"))
    }

    @Test func unknownChapterListsTheChapters() throws {
        let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--chapter", "priorites"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: neither 2018-19 nor 2024-25 has a chapter 'priorites'; their chapters are community-safety-landscape, cross-cutting-themes, governance-and-delivery, introduction, priorities, source-papers and statutory-context\n    hint: did you mean 'priorities'?\n")
    }

    @Test func oneChapterOnly() throws {
        let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--chapter", "priorities", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Changes from 2018\\-19 to 2024\\-25\n") || result.stdout.hasPrefix("# Changes from 2018-19 to 2024-25\n"))
        #expect(result.stdout.contains("- Chapter 3 \"Priorities\" (priorities): summary changed"))
        #expect(!result.stdout.contains("## Actions") && !result.stdout.contains("(introduction)"))
    }

    /// --chapter in every format: the JSON names the chapter and has no data; the Word document's summary has none.
    @Test func oneChapterInJSONAndWord() throws {
        let json = try CSAProgram.run(["diff", "2018-19", "2024-25", "--chapter", "priorities", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains(",\"chapter\":\"priorities\",\"summary\":{\"chapters\":"))
        #expect(!json.stdout.contains("\"items\":") && !json.stdout.contains("\"actions\":") && !json.stdout.contains("\"measures\":"))
        #expect(!json.stdout.contains("\"id\":\"introduction\""))
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("one.docx").path
        #expect(try CSAProgram.run(["diff", "2018-19", "2024-25", "--chapter", "priorities", "--output", path]).status == 0)
        let whole = try CSAProgram.run(["diff", "2018-19", "2024-25", "--format", "docx"]).stdout.utf8.count
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count < whole / 2)
    }

    /// --author names who made a Word document's changes: never blank, and only for a Word document.
    @Test func authorOnlyForWordAndNeverBlank() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hintBlank = "    hint: give a name, such as --author 'Kent Community Safety Partnership', or leave out --author to use the partnership in site.yml\n"
        for (blank, shown) in [("", ""), ("   ", "   "), ("\t\n", "\\t\\n"), ("\u{200B}", "\u{200B}")] {
            let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--format", "docx", "--author", blank, "--output", dir.appendingPathComponent("a.docx").path])
            #expect(result.status == 1)
            #expect(result.stderr == "error: --author '\(shown)' is blank; every tracked change must name who made it\n" + hintBlank, "\(result.stderr)")
        }
        for (format, said) in [("terminal", "plain text"), ("markdown", "Markdown"), ("html", "HTML"), ("json", "JSON")] {
            let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--format", format, "--author", "Pat"])
            #expect(result.status == 1 && result.stdout == "")
            #expect(result.stderr == "error: --author 'Pat' is only for --format docx, whose tracked changes it names; \(said) has no author\n"
                    + "    hint: add --format docx (or --output changes.docx), or leave out --author\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
        // A Word document named by its extension takes an author.
        let named = try CSAProgram.run(["diff", "2018-19", "2024-25", "--author", "Pat", "--output", dir.appendingPathComponent("b.docx").path])
        #expect(named.status == 0, "\(named.stderr)")
    }

    @Test func everyFormatToAFile() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (format, name, start) in [("json", "d.json", "{\"format\":\"csa-diff\",\"version\":1,"), ("html", "d.html", "<!DOCTYPE html>\n<html lang=\"en-GB\">"),
                                      ("markdown", "d.md", "# Changes from 2018"), ("terminal", "d.txt", "Changes from 2018-19 to 2024-25\n")] {
            let path = dir.appendingPathComponent(name).path
            let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--format", format, "--output", path])
            #expect(result.status == 0 && result.stdout == "" && result.stderr == "", "\(format): \(result.stderr)")
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(written.hasPrefix(start), "\(format)")
            #expect(!written.contains("\u{1B}"))
            // The file holds exactly what standard output is given (JSON is written to a file a piece at a time).
            #expect(written == (try CSAProgram.run(["diff", "2018-19", "2024-25", "--format", format])).stdout, "\(format)")
        }
        // Replacing the file it wrote before is fine, and leaves nothing else behind.
        let again = try CSAProgram.run(["diff", "2011-14", "2018-19", "--format", "json", "--output", dir.appendingPathComponent("d.json").path])
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: dir.appendingPathComponent("d.json").path, encoding: .utf8)
                == (try CSAProgram.run(["diff", "2011-14", "2018-19", "--format", "json"])).stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["d.html", "d.json", "d.md", "d.txt"])
    }

    @Test func aFolderIsNeverOverwritten() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("mine.txt"))
        let content = CSAProgram.packageRoot.appendingPathComponent("Content").path
        let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--content", content, "--output", "out"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr == "error: --output 'out' is a folder; csa diff writes one file and never replaces a folder\n    hint: name a file, such as --output changes.txt\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["mine.txt"])
    }

    @Test func outputInsideTheContentFolderIsRefused() throws {
        let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--output", "Content/changes.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: --output 'Content/changes.txt' is inside the content folder Content, where csa check would report it\n    hint: write it somewhere else, such as --output changes.txt\n")
        #expect(!FileManager.default.fileExists(atPath: CSAProgram.packageRoot.appendingPathComponent("Content/changes.txt").path))
    }

    @Test func outputInAMissingFolderIsRefused() throws {
        let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--output", "/nonexistent-csa/changes.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: --output '/nonexistent-csa/changes.txt': the folder /nonexistent-csa does not exist\n    hint: create it first, or name a file in another folder, such as --output changes.txt\n")
    }

    @Test func docxIsAWordDocumentWithTheSameBytesEveryTime() throws {
        let folder = TempDir.make("diff-docx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [Data] = []
        for name in ["a.docx", "b.docx"] {
            let path = folder.appendingPathComponent(name).path
            let result = try CSAProgram.run(["diff", "2018-19", "2024-25", "--format", "docx", "--output", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "" && result.stderr == "")
            files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(files[0] == files[1])
        #expect(files[0].prefix(2) == Data("PK".utf8))
        // Sent down a pipe (not a terminal), the same bytes.
        let piped = try CSAProgram.run(["diff", "2018-19", "2024-25", "--format", "docx"])
        #expect(piped.status == 0)
        #expect(Data(piped.stdout.utf8).count > 1000)
        // `make test` opens it with LibreOffice and python-docx (Tests/DocxChecks).
        if let out = ProcessInfo.processInfo.environment["CSA_DOCX_OUTPUT"] {
            try files[0].write(to: URL(fileURLWithPath: out).appendingPathComponent("csa-diff-2018-19-2024-25.docx"))
        }
    }

    /// Runs `csa diff` on a pseudo-terminal (util-linux `script`), as a user at a terminal would.
    static func onTerminal(_ environment: [String: String?]) throws -> String {
        try CSAProgram.run(URL(fileURLWithPath: "/usr/bin/script"),
                           ["-qec", "\(CSAProgram.executable.path) diff 2018-19 2024-25 --chapter priorities", "/dev/null"],
                           environment: environment).stdout
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() throws {
        let coloured = try Self.onTerminal(["NO_COLOR": nil])
        #expect(coloured.contains("\u{1B}[1mChanges from 2018-19 to 2024-25\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31;9m"))
        let plain = try Self.onTerminal(["NO_COLOR": "1"])
        #expect(plain.contains("Changes from 2018-19 to 2024-25"))
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("[-"))
        // NO_COLOR set but empty does not turn colour off (no-color.org); TERM=dumb does.
        #expect(try Self.onTerminal(["NO_COLOR": "", "TERM": "xterm"]).contains("\u{1B}[31;9m"))
        let dumb = try Self.onTerminal(["NO_COLOR": nil, "TERM": "dumb"])
        #expect(!dumb.contains("\u{1B}[") && dumb.contains("[-"))
    }

    @Test func aWordDocumentIsNotWrittenToATerminal() throws {
        let shown = try CSAProgram.run(URL(fileURLWithPath: "/usr/bin/script"),
                                       ["-qec", "\(CSAProgram.executable.path) diff 2018-19 2024-25 --format docx", "/dev/null"]).stdout
        #expect(shown.replacing("\r\n", with: "\n") == "error: --format docx writes a Word document, which is not for a terminal\n"
                + "    hint: add --output changes.docx, or send standard output to a file\n")
    }

    @Test func colourRule() {
        #expect(DiffColour.wanted(isTerminal: true, environment: [:]))
        #expect(DiffColour.wanted(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!DiffColour.wanted(isTerminal: true, environment: ["NO_COLOR": "0"]))
        #expect(!DiffColour.wanted(isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(DiffColour.wanted(isTerminal: true, environment: ["TERM": "xterm-256color"]))
        #expect(!DiffColour.wanted(isTerminal: false, environment: [:]))
    }
}
