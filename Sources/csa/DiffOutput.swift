#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel

/// Writes `csa diff --output FILE`: exactly that one file, replaced in one step (written beside it,
/// then renamed over it). A folder, anything that is not a plain file, a file inside the content
/// folder, and a path whose folder does not exist are refused, and nothing is written.
enum DiffOutput {
    static func write(_ bytes: [UInt8], to given: String, content: String) throws {
        try write(to: given, content: content) { try bytes.withUnsafeBufferPointer($0) }
    }

    /// Writes the file from the pieces `produce` hands to the function it is given, in order.
    static func write(to given: String, content: String,
                      _ produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        let quoted = "--output '\(DisplayText.escaped(given))'"
        guard !given.isEmpty else { throw CommandError("--output is empty; name the file to write, such as --output changes.html") }
        if given.hasSuffix("/") { throw CommandError("\(quoted) names a folder; csa diff writes one file, so name a file, such as --output changes.html") }
        let cwd = POSIXFiles.currentFolder()
        let absolute = given.hasPrefix("/") ? given : cwd + "/" + given
        var target = absolute
        switch try POSIXFiles.kind(absolute, shown: given) {
        case .folder:
            throw CommandError("\(quoted) is a folder; csa diff writes one file and never replaces a folder, so name a file, such as --output changes.html")
        case .other:
            throw CommandError("\(quoted) is not a plain file; name a file to write, such as --output changes.html")
        case .link:
            guard let real = POSIXFiles.realPath(absolute) else {
                throw CommandError("\(quoted) is a symbolic link that leads nowhere; remove the link or name another file")
            }
            if try POSIXFiles.kind(real, shown: given) != .file {
                throw CommandError("\(quoted) leads to something that is not a plain file; name a file to write, such as --output changes.html")
            }
            target = real
        case .file, .missing:
            let parent = OutputTarget.parentFolder(of: absolute)
            guard let realParent = POSIXFiles.realPath(parent), BuildFolders.isFolder(realParent) else {
                throw CommandError("\(quoted): the folder \(DisplayText.escaped(parent)) does not exist; create it first or name a file in another folder")
            }
            target = (realParent == "/" ? "" : realParent) + "/" + (absolute.split(separator: "/").last.map(String.init) ?? "")
        }
        if let contentPath = POSIXFiles.realPath(content), target.hasPrefix(contentPath + "/") {
            throw CommandError("\(quoted) is inside the content folder \(DisplayText.escaped(content)), where csa check would report it; write it somewhere else, such as --output changes.html")
        }
        let folder = OutputTarget.parentFolder(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? "output"
        let temporary = (folder == "/" ? "" : folder) + "/." + name + ".csa-diff-\(getpid())"
        _ = unlink(temporary)   // a leftover of an earlier run killed part way (a file; never a folder)
        do {
            try NewFile.write(temporary, mode: 0o644, shown: given, produce)
            try replace(target, with: temporary, shown: given)
        } catch {
            _ = unlink(temporary)
            throw error
        }
    }

    /// Puts the file at `temporary` at `target` in one step. An existing file is swapped with it
    /// (`POSIXFiles.exchange`) and then removed from the temporary name, rather than renamed over: ext4
    /// writes a file renamed over another to disk before the rename returns (its `auto_da_alloc`), which
    /// made replacing a few megabytes of output take as long as comparing a chapter. Where the system
    /// cannot swap, or there is no file yet, it is a rename. Either way the target is at every moment the
    /// old file or the new one, whole, for every program that reads it; what is given up is ext4's care
    /// for a power cut in the next few seconds, after which the file could be empty. It is output, made
    /// again by running the same command.
    static func replace(_ target: String, with temporary: String, shown: String) throws {
        var info = stat()
        if lstat(target, &info) == 0, POSIXFiles.kind(of: info.st_mode) == .file,
           try POSIXFiles.exchange(temporary, target, shown: shown) {
            // The temporary name now holds the old file.
            guard unlink(temporary) == 0 || errno == ENOENT else { throw FileFault(action: "replace", path: shown, code: errno) }
            return
        }
        try POSIXFiles.move(temporary, to: target, shown: shown)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// A file created new (never replacing one, never through a symbolic link) and written a piece at a
/// time, as `POSIXFiles.createFile` writes one from a single buffer.
private enum NewFile {
    static func write(_ path: String, mode: mode_t, shown: String,
                      _ produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw FileFault(action: "write", path: shown, code: errno) }
        do {
            try produce { piece in
                var written = 0
                while written < piece.count {
                    let n = piece.baseAddress.map { systemWrite(fd, $0 + written, piece.count - written) } ?? 0
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw FileFault(action: "write", path: shown, code: errno)
                    }
                    written += n
                }
            }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw FileFault(action: "write", path: shown, code: errno) }
    }
}
