import CSAModel
import Foundation

/// Writes diagnostics to standard error in the `file:line:column: error: message` form.
enum DiagnosticPrinter {
    /// `errorsOnly` leaves out warnings (`csa build --quiet`: nothing but errors).
    static func print(_ diagnostics: Diagnostics, errorsOnly: Bool = false) {
        for diagnostic in diagnostics.sorted where !errorsOnly || diagnostic.severity == .error {
            StandardStreams.error((diagnostic.description + "\n"))
        }
    }

    /// "2 errors in Content." after the list.
    static func printCount(_ diagnostics: Diagnostics, folder: String) {
        let n = diagnostics.errorCount
        let line = "\(n) \(n == 1 ? "error" : "errors") in \(DisplayText.escaped(folder)).\n"
        StandardStreams.error(line)
    }
}
