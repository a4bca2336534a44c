import ArgumentParser
import CSAModel
import CSAPaperPDF
import CSAReaders
import CSASite
import Foundation

/// `csa build`: checks the options and the content, renders the site and puts it at the output folder
/// in one step, replacing only a folder that is absent, empty or a site csa built (`SiteOutput`).
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the versioned website: every edition, open data, feed and sitemap, and every committee paper as a page, a Word document and a PDF."
    )

    @Option(name: .long, help: "The content folder to read.")
    var content: String = "Content"

    @Option(name: .long, help: "The folder of Mustache templates and assets.")
    var templates: String = "Templates"

    @Option(name: .long, help: "The folder to write the site to: absent, empty or a site csa built. Replaced only when the build succeeds; files you added to it are kept.")
    var output: String = "Site"

    @Option(name: .customLong("base-url"), help: "The address the site is published at, for absolute links (default: base_url in site.yml).")
    var baseURL: String?

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        do {
            try build()
        } catch let error as CommandError {
            fail(error.message)
        } catch let fault as FileFault {
            fail("\(fault); \(DisplayText.escaped(output)) was left as it was\n\(fault.hintLine)")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            fail("\(error); \(DisplayText.escaped(output)) was left as it was")
        }
    }

    private func fail(_ message: String) -> Never {
        StandardStreams.error("error: \(message)\n")
        Foundation.exit(ExitCode.failure.rawValue)
    }

    private func build() throws {
        let start = DispatchTime.now()
        let shownOutput = DisplayText.escaped(output)
        if let baseURL, let problem = WebAddress.siteProblem(baseURL) {
            throw CommandError("--base-url '\(DisplayText.escaped(baseURL))' \(problem), such as --base-url https://www.example.gov.uk/csa/")
        }
        try BuildFolders.check(content: content, templates: templates)
        let target = try OutputTarget.check(output, content: content, templates: templates)
        let indexer = SearchIndexer.find()
        let weasyPrintFound = PaperPDF.find()
        let settings = [Version.current, baseURL ?? "", (try? indexer?.identity()).map { "search \($0)" } ?? "no search",
                        weasyPrintFound.map { PaperFiles.identity(of: $0) } ?? "no weasyprint"]
        let loadedTheme = Result { try ThemeLoader.load(templates) }
        // When nothing the site is made from has changed, there is nothing to read or write. (Faults are
        // left to the reader and the template parser below, which report them properly.)
        let early = (try? loadedTheme.get()).flatMap { try? InputDigests(content: BuildFolders.literal(content), theme: $0, settings: settings) }
        if let early, try SiteOutput.isUpToDate(target, inputs: early.all) {
            if !quiet { print("\(shownOutput) is up to date: nothing it is made from has changed since it was built") }
            return
        }

        let reading = ContentReader.read(contentDirectory: BuildFolders.literal(content),
                                         paperLayouts: PaperLayoutFolder.names(templates: BuildFolders.literal(templates)))
        DiagnosticPrinter.print(reading.diagnostics, errorsOnly: quiet)
        guard let publication = reading.publication else {
            DiagnosticPrinter.printCount(reading.diagnostics, folder: content)
            StandardStreams.error("\(shownOutput) was left as it was.\n")
            throw ExitCode.failure
        }
        let writer: SiteWriter, theme: SiteTheme
        do {
            theme = try loadedTheme.get()
            writer = try SiteWriter(theme: theme)
        } catch let errors as TemplateErrors {
            for error in errors.errors { StandardStreams.error("\(error)\n") }
            let n = errors.errors.count
            StandardStreams.error("\(n) template \(n == 1 ? "error" : "errors"); \(shownOutput) was left as it was.\n")
            throw ExitCode.failure
        } catch let error as ThemeLoadError {
            StandardStreams.error("\(error)\n")
            StandardStreams.error("\(shownOutput) was left as it was.\n")
            throw ExitCode.failure
        }
        let missingLayouts = writer.missingLayouts(in: publication)
        if !missingLayouts.isEmpty {
            let known = writer.paperLayouts.keys.sorted()
            for paper in missingLayouts {
                StandardStreams.error("error: \(PaperFiles.missingLayout(paper, known: known, templates: templates))\n")
            }
            StandardStreams.error("\(shownOutput) was left as it was.\n")
            throw ExitCode.failure
        }
        let weasyPrint = publication.papers.isEmpty ? nil : weasyPrintFound
        if !publication.papers.isEmpty && weasyPrint == nil {
            if !quiet { StandardStreams.error((PaperFiles.missingWarning + "\n")) }
        }
        let files = (writer.files(publication, baseURL: baseURL, paperPDFs: weasyPrint != nil)
            + PaperFiles(publication: publication, writer: writer).siteFiles(templates: templates, weasyPrint: weasyPrint))
            .sorted { $0.path < $1.path }
        if indexer == nil, !quiet { StandardStreams.error((SearchIndexer.missingWarning + "\n")) }
        let inputs = try early ?? InputDigests(content: BuildFolders.literal(content), theme: theme, settings: settings)
        let key = inputs.keys(publication)
        var counts = StagedFiles.Counts()
        var total = 0
        try SiteOutput.replace(target, paths: files.map(\.path)) { staged in
            var entries: [BuildCache.Entry]
            do {
                entries = try staged.write(files, with: writer, key: { key($0.inputs) }, counts: &counts)
            } catch let error as CommandError {
                throw error.adding("\(shownOutput) was left as it was")
            }
            if let indexer {
                do {
                    entries += try indexer.index(staged, editions: publication.editions.map(\.id), pages: entries)
                } catch let error as SearchIndexError {
                    throw CommandError("\(error); \(shownOutput) was left as it was")
                }
            }
            try POSIXFiles.createFile(staged.staging + "/" + BuildCache.fileName, bytes: BuildCache(inputs: inputs.all, entries).bytes,
                                      shown: target.shown(BuildCache.fileName))
            total = entries.count
            return entries.map(\.path)
        }
        if !quiet {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            let pages = files.filter { $0.path.hasSuffix(".html") }.count
            print("built \(shownOutput): \(pages) pages, \(publication.editions.count) editions, \(total) files in \(String(format: "%.2f", seconds))s"
                  + " (\(counts.written) written, \(counts.kept) unchanged)")
        }
    }
}
