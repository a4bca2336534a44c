import CSASite
import Foundation

/// Reads `Templates/`: every `*.mustache` file becomes a template named by its path without the
/// extension (`partials/notice`), and everything under `assets/` is copied to the site as it is.
enum ThemeLoader {
    static func load(_ directory: String) throws -> SiteTheme {
        let root = URL(fileURLWithPath: directory)
        let prefix = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw ThemeLoadError(message: "\(prefix):1:1: error: templates folder not found; pass --templates DIR")
        }
        var templates: [String: SiteTheme.TemplateSource] = [:]
        var assets: [String: [UInt8]] = [:]
        for case let relative as String in enumerator {
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if relative.hasSuffix(".mustache") {
                let data = try Data(contentsOf: url)
                guard let text = String(data: data, encoding: .utf8) else {
                    throw ThemeLoadError(message: "\(prefix)/\(relative):1:1: error: template is not valid UTF-8")
                }
                templates[String(relative.dropLast(".mustache".count))] = .init(file: "\(prefix)/\(relative)", text: text)
            } else if relative.hasPrefix("assets/") {
                assets[relative] = [UInt8](try Data(contentsOf: url))
            }
        }
        return SiteTheme(templates: templates, assets: assets)
    }
}

/// A templates folder that could not be read.
struct ThemeLoadError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
