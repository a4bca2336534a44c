#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel

/// Writes `csa diff --output FILE`: exactly that one file, replaced in one step (written beside it,
/// then renamed over it), keeping the permissions of the file it replaces. A folder, anything that is
/// not a plain file, a file the user may not write (as `rm -i` and editors warn of), a file inside the
/// content folder, a path whose folder does not exist, and a place on a file system of the kernel's
/// (`/proc`, `/sys`) are refused, and nothing is written. `example` is a file name for the format being
/// written, for the hints ("changes.html").
enum DiffOutput {
    static func write(_ bytes: [UInt8], to given: String, content: String, example: String) throws {
        try write(to: given, content: content, example: example) { try bytes.withUnsafeBufferPointer($0) }
    }

    /// Writes the file from the pieces `produce` hands to the function it is given, in order.
    static func write(to given: String, content: String, example: String,
                      _ produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        let quoted = "--output '\(DisplayText.escaped(given))'"
        let another = "name a file, such as --output \(example)"
        guard !given.isEmpty else { throw CommandError("--output is empty", hint: "name the file to write, such as --output \(example)") }
        if given.hasSuffix("/") { throw CommandError("\(quoted) names a folder; csa diff writes one file", hint: another) }
        let cwd = POSIXFiles.currentFolder()
        let absolute = given.hasPrefix("/") ? given : cwd + "/" + given
        var target = absolute
        switch try POSIXFiles.kind(absolute, shown: given) {
        case .folder:
            throw CommandError("\(quoted) is a folder; csa diff writes one file and never replaces a folder", hint: another)
        case .other:
            throw CommandError("\(quoted) is not a plain file", hint: another)
        case .link:
            guard let real = POSIXFiles.realPath(absolute) else {
                throw CommandError("\(quoted) is a symbolic link that leads nowhere", hint: "remove the link, or \(another)")
            }
            if try POSIXFiles.kind(real, shown: given) != .file {
                throw CommandError("\(quoted) leads to something that is not a plain file", hint: another)
            }
            target = real
        case .file, .missing:
            let parent = OutputTarget.parentFolder(of: absolute)
            guard let realParent = POSIXFiles.realPath(parent), BuildFolders.isFolder(realParent) else {
                throw CommandError("\(quoted): the folder \(DisplayText.escaped(parent)) does not exist",
                                   hint: "create it first, or name a file in another folder, such as --output \(example)")
            }
            target = (realParent == "/" ? "" : realParent) + "/" + (absolute.split(separator: "/").last.map(String.init) ?? "")
        }
        if let contentPath = POSIXFiles.realPath(content), target.hasPrefix(contentPath + "/") {
            throw CommandError("\(quoted) is inside the content folder \(DisplayText.escaped(content)), where csa check would report it",
                               hint: "write it somewhere else, such as --output \(example)")
        }
        let folder = OutputTarget.parentFolder(of: target)
        if let system = KernelFileSystem.named(at: folder) {
            throw CommandError("\(quoted) is in \(DisplayText.escaped(folder)), on the kernel's \(system) file system, which holds no files of yours",
                               hint: "name a file in an ordinary folder, such as --output \(example)")
        }
        // The file replaced, if any: written only if the user may write it, and its permissions kept.
        var replaced: stat?
        var info = stat()
        if stat(target, &info) == 0 {
            guard Self.mayWrite(target, info) else {
                throw CommandError("\(quoted) is a read-only file, which csa diff will not replace",
                                   hint: "if you mean to replace it, make it writable first (chmod u+w '\(DisplayText.escaped(given))'), or \(another)")
            }
            replaced = info
        }
        let name = target.split(separator: "/").last.map(String.init) ?? "output"
        let temporary = (folder == "/" ? "" : folder) + "/." + name + ".csa-diff-\(getpid())"
        _ = unlink(temporary)   // a leftover of an earlier run killed part way (a file; never a folder)
        do {
            try NewFile.write(temporary, keeping: replaced, shown: given, produce)
            try replace(target, with: temporary, shown: given)
        } catch let fault as FileFault where fault.code == ENOENT {
            _ = unlink(temporary)
            // The folder is there (it was looked at above), yet no file can be made in it.
            throw CommandError("\(quoted): the folder \(DisplayText.escaped(folder)) does not let csa make a file in it",
                               hint: "name a file in an ordinary folder, such as --output \(example)")
        } catch {
            _ = unlink(temporary)
            throw error
        }
    }

    /// Whether the user may write the file, as `rm -i` and editors judge before replacing it: by its
    /// permissions, which the system lets the superuser pass over but csa does not (a file no one may
    /// write was made so on purpose).
    static func mayWrite(_ path: String, _ info: stat) -> Bool {
        if geteuid() == 0 { return info.st_mode & 0o222 != 0 }
        return faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) == 0 || errno == EROFS
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
/// time, as `POSIXFiles.createFile` writes one from a single buffer. When it is to replace a file
/// (`keeping`), it is made readable by its owner alone while it is written, then given that file's
/// permissions (and, where the system allows, its owner and group).
private enum NewFile {
    static func write(_ path: String, keeping replaced: stat?, shown: String,
                      _ produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, replaced == nil ? 0o644 : 0o600)
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
            if let replaced {
                var own = stat()
                if fstat(fd, &own) == 0, own.st_uid != replaced.st_uid || own.st_gid != replaced.st_gid {
                    _ = fchown(fd, replaced.st_uid, replaced.st_gid)   // only the superuser (or a group member) may; else the writer owns it
                }
                guard fchmod(fd, replaced.st_mode & 0o7777) == 0 else { throw FileFault(action: "set the permissions of", path: shown, code: errno) }
            }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw FileFault(action: "write", path: shown, code: errno) }
    }
}
