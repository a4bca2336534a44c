#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel
import CSAReaders
import CSASite

/// Reads `Templates/`: every `*.mustache` file becomes a template named by its path without the
/// extension (`partials/notice`), everything under `assets/` is copied to the site as it is, and
/// each `papers/<name>.yml` is read as a committee paper layout (`PaperLayoutReader`; every problem
/// in every layout is reported at once). Symbolic links to files are read; links to folders are not followed.
enum ThemeLoader {
    static func load(_ directory: String) throws -> SiteTheme {
        let prefix = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var info = stat()
        guard stat(directory, &info) == 0, POSIXFiles.kind(of: info.st_mode) == .folder else {
            throw BuildFolders.missing(directory, role: "templates", option: "--templates")
        }
        var templates: [String: SiteTheme.TemplateSource] = [:]
        var assets: [String: [UInt8]] = [:]
        var layouts: [String: PaperLayout] = [:]
        var layoutFiles: [String: [UInt8]] = [:]
        var layoutProblems: [Diagnostic] = []
        func walk(_ relative: String) throws {
            let folder = relative.isEmpty ? directory : directory + "/" + relative
            for name in try POSIXFiles.names(in: folder, shown: relative.isEmpty ? prefix : prefix + "/" + relative) {
                let path = relative.isEmpty ? name : relative + "/" + name
                let full = directory + "/" + path, shown = prefix + "/" + path
                var entry = stat()
                guard lstat(full, &entry) == 0 else { throw FileFault(action: "read", path: shown, code: errno) }
                var kind = POSIXFiles.kind(of: entry.st_mode)
                if kind == .folder { try walk(path); continue }
                if kind == .link {
                    var target = stat()
                    guard stat(full, &target) == 0 else { continue } // a link that leads nowhere
                    kind = POSIXFiles.kind(of: target.st_mode)
                }
                guard kind == .file else { continue }
                if path.hasSuffix(".mustache") {
                    let bytes = try POSIXFiles.readFile(full, shown: shown)
                    guard let text = String(validating: bytes, as: UTF8.self) else {
                        throw ThemeLoadError(message: "\(DisplayText.escaped(shown)):1:1: error: template is not valid UTF-8")
                    }
                    // The file name only ever appears in messages: escaped, so a name cannot forge a line.
                    templates[String(path.dropLast(".mustache".count))] = .init(file: DisplayText.escaped(shown), text: text)
                } else if path.hasPrefix("papers/"), path.hasSuffix(".yml"), path.split(separator: "/").count == 2 {
                    let name = String(path.dropFirst("papers/".count).dropLast(".yml".count))
                    let bytes = try POSIXFiles.readFile(full, shown: shown)
                    layoutFiles[name] = bytes
                    guard let text = String(validating: bytes, as: UTF8.self) else {
                        layoutProblems.append(Diagnostic(at: SourceLocation(file: DisplayText.escaped(shown), line: 1, column: 1),
                                                         "the paper layout is not valid UTF-8", hint: "save the file as UTF-8"))
                        continue
                    }
                    switch PaperLayoutReader.read(name: name, text: text, file: DisplayText.escaped(shown)) {
                    case .success(let layout): layouts[name] = layout
                    case .failure(let errors): layoutProblems += errors.diagnostics
                    }
                } else if path.hasPrefix("assets/") {
                    assets[path] = try POSIXFiles.readFile(full, shown: shown)
                }
            }
        }
        try walk("")
        if !layoutProblems.isEmpty {
            let n = layoutProblems.count
            throw ThemeLoadError(message: layoutProblems.map(\.description).joined(separator: "\n")
                                 + "\n\(n) paper layout \(n == 1 ? "error" : "errors")")
        }
        return SiteTheme(templates: templates, assets: assets, paperLayouts: layouts, paperLayoutFiles: layoutFiles)
    }
}

/// A template file that could not be used.
struct ThemeLoadError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
