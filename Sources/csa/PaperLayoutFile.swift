#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel
import CSAReaders

/// Reads the one paper layout a Word document needs, `Templates/papers/<name>.yml`, as `ThemeLoader`
/// reads every layout (a symbolic link to a file is read; every problem in the file is reported at
/// once), without reading the other layouts or any template.
enum PaperLayoutFile {
    /// The layout, by name; empty when the file is not there (the caller names the layouts there are).
    static func load(_ name: String, templates: String) throws -> [String: PaperLayout] {
        let prefix = templates.count > 1 && templates.hasSuffix("/") ? String(templates.dropLast()) : templates
        let path = templates + "/papers/" + name + ".yml", shown = prefix + "/papers/" + name + ".yml"
        var info = stat()
        guard !name.isEmpty, !name.contains("/"), stat(path, &info) == 0, POSIXFiles.kind(of: info.st_mode) == .file else { return [:] }
        let bytes = try POSIXFiles.readFile(path, shown: shown)
        let problems: [Diagnostic]
        if let text = String(validating: bytes, as: UTF8.self) {
            switch PaperLayoutReader.read(name: name, text: text, file: DisplayText.escaped(shown)) {
            case .success(let layout): return [name: layout]
            case .failure(let errors): problems = errors.diagnostics
            }
        } else {
            problems = [Diagnostic(at: SourceLocation(file: DisplayText.escaped(shown), line: 1, column: 1),
                                   "the paper layout is not valid UTF-8", hint: "save the file as UTF-8")]
        }
        let n = problems.count
        throw ThemeLoadError(message: problems.map(\.description).joined(separator: "\n") + "\n\(n) paper layout \(n == 1 ? "error" : "errors")")
    }
}
