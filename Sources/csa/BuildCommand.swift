import ArgumentParser
import CSAModel
import CSAReaders
import CSASite
import Foundation

/// `csa build`: checks the content, renders the site and replaces the output folder in one step.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the versioned website: every edition, open data, feed and sitemap."
    )

    @Option(name: .long, help: "The content folder to read.")
    var content: String = "Content"

    @Option(name: .long, help: "The folder of Mustache templates and assets.")
    var templates: String = "Templates"

    @Option(name: .long, help: "The folder to write the site to; replaced only when the build succeeds.")
    var output: String = "Site"

    @Option(name: .customLong("base-url"), help: "The address the site is published at, for absolute links (default: base_url in site.yml).")
    var baseURL: String?

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let start = DispatchTime.now()
        let reading = ContentReader.read(contentDirectory: content)
        DiagnosticPrinter.print(reading.diagnostics)
        guard let publication = reading.publication else {
            DiagnosticPrinter.printCount(reading.diagnostics, folder: content)
            FileHandle.standardError.write(Data("\(output) was left as it was.\n".utf8))
            throw ExitCode.failure
        }
        let writer: SiteWriter
        do {
            writer = try SiteWriter(theme: ThemeLoader.load(templates))
        } catch let errors as TemplateErrors {
            for error in errors.errors { FileHandle.standardError.write(Data("\(error)\n".utf8)) }
            FileHandle.standardError.write(Data("\(errors.errors.count) template errors; \(output) was left as it was.\n".utf8))
            throw ExitCode.failure
        }
        let files = writer.write(publication, baseURL: baseURL)
        let indexer = SearchIndexer.find()
        if indexer == nil { FileHandle.standardError.write(Data((SearchIndexer.missingWarning + "\n").utf8)) }
        do {
            try SiteOutput.replace(output, with: files) { staging in try indexer?.index(site: staging, editions: publication.editions.map(\.id)) }
        } catch let error as SearchIndexError {
            FileHandle.standardError.write(Data("error: \(error); \(output) was left as it was.\n".utf8))
            throw ExitCode.failure
        }
        if !quiet {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            let pages = files.filter { $0.path.hasSuffix(".html") }.count
            print("built \(output): \(pages) pages, \(publication.editions.count) editions, \(files.count) files in \(String(format: "%.2f", seconds))s")
        }
    }
}
