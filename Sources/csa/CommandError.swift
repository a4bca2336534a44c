/// A mistake in how `csa` was run or a fault outside the content (a bad option, a missing folder, an
/// output csa will not replace): one sentence that names the path and says what to do.
struct CommandError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
