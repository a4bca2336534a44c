import CSAModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The content folder's file system as the readers see it: each fault (a missing file, a folder where a
/// file should be, permission denied, an input/output error) is a sentence naming the reason, never a raw
/// Foundation error; and symbolic links are followed only when they stay inside the content folder.
struct FileSystem {
    /// What is at a path, after following a symbolic link that stays inside the content folder. Anything
    /// that is not a folder (a device, a pipe) counts as a file, and reading it says what it is.
    enum Entry: Equatable {
        case file
        case folder
        /// Nothing there.
        case none
        /// A symbolic link leading outside the content folder or nowhere, already reported at its path: it is
        /// not read, and not reported again as missing (one mistake, one error).
        case reported
    }

    /// Why a file or folder could not be read, as the end of a sentence: "permission denied".
    struct Fault: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// The content folder with every symbolic link in its path resolved.
    let root: String

    init(root: String) {
        self.root = FileSystem.realPath(root) ?? root
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The reason for the last system call's failure, as the end of a sentence: "permission denied".
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "it does not exist"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "it is a folder, not a file"
        case ENOTDIR: return "a part of its path is a file, not a folder"
        case EIO: return "an input/output error (the disk or network drive may be failing)"
        case ELOOP: return "too many symbolic links"
        default:
            let text = String(cString: strerror(code))
            return text.prefix(1).lowercased() + text.dropFirst()
        }
    }

    /// What is at `path`; a symbolic link that leads outside the content folder or to nothing is reported
    /// at `display` and is `.reported`, so its target is never read.
    func entry(_ path: String, display: String, _ diagnostics: inout Diagnostics) -> Entry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " to '\(DisplayText.escaped($0))'" } ?? ""
            guard let resolved = FileSystem.realPath(path) else {
                diagnostics.error(SourceLocation(file: display), "symbolic link\(target) leads nowhere: \(FileSystem.reason(errno))",
                                  hint: "remove the link, or put the file itself here")
                return .reported
            }
            guard resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/") else {
                diagnostics.error(SourceLocation(file: display), "symbolic link\(target) leads outside the content folder, so it is not read",
                                  hint: "copy the file into the content folder instead of linking to it; links are followed only when they stay inside it")
                return .reported
            }
            guard stat(path, &info) == 0 else { return .none }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        // Anything else (a regular file, a device, a pipe) is listed as a file; reading it says what it is.
        default: return .file
        }
    }

    /// What `body` makes of the bytes of the file at `path`, or the reason they cannot be read. The bytes
    /// are read straight into one buffer the file's size, valid only inside `body`.
    static func withContents<T>(of path: String, _ body: (UnsafeRawBufferPointer) -> T) -> Result<T, Fault> {
        // Non-blocking, so that a named pipe where a file should be cannot make the reader wait for ever.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return .failure(Fault(reason(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Fault(reason(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(Fault(reason(EISDIR))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(Fault("it is not a regular file")) }
        // One byte more than the size, so that a file read whole is seen to end without growing the buffer
        // (which happens only if the file grows while it is read).
        var capacity = max(0, Int(info.st_size)) + 1
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var used = 0
        while true {
            if used == capacity {
                let larger = UnsafeMutableRawPointer.allocate(byteCount: 2 * capacity, alignment: 16)
                larger.copyMemory(from: buffer, byteCount: used)
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            let count = read(fd, buffer + used, capacity - used)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Fault(reason(errno)))
            }
            if count == 0 { return .success(body(UnsafeRawBufferPointer(start: buffer, count: used))) }
            used += count
        }
    }

    /// The names in the folder at `path`, sorted, or the reason it cannot be listed.
    static func names(in path: String) -> Result<[String], Fault> {
        guard let dir = opendir(path) else { return .failure(Fault(reason(errno))) }
        defer { closedir(dir) }
        var names: [String] = []
        while true {
            errno = 0
            guard let item = readdir(dir) else {
                if errno != 0 { return .failure(Fault(reason(errno))) }
                break
            }
            let name = withUnsafePointer(to: item.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }
}
