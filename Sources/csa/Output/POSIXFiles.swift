#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CPlatform
import CSAModel

/// The few file-system calls the output code needs, straight on the C library so that every failure
/// keeps its `errno` (as a `FileFault` naming the path the user knows) and no path is rewritten:
/// no `~` expansion, no standardising. Symbolic links are never followed unless a function says so.
enum POSIXFiles {
    /// What `lstat` says is at a path.
    enum Kind: Equatable { case missing, folder, file, link, other }

    /// The kind of `path`, not following a final symbolic link; `missing` when nothing is there.
    static func kind(_ path: String, shown: String) throws -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return .missing }
            throw FileFault(action: "look at", path: shown, code: errno)
        }
        return kind(of: info.st_mode)
    }

    static func kind(of mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// `lstat(path)`, or nil when nothing is there.
    static func status(_ path: String, shown: String) throws -> stat? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw FileFault(action: "look at", path: shown, code: errno)
        }
        return info
    }

    /// `realpath(3)`: symbolic links and `..` resolved by the kernel's rules; nil when the path does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The current folder, resolved.
    static func currentFolder() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return realPath(String(cString: cwd)) ?? String(cString: cwd)
    }

    /// The names in a folder, sorted, without `.` and `..`.
    static func names(in folder: String, shown: String) throws -> [String] {
        guard let dir = opendir(folder) else { throw FileFault(action: "read the folder", path: shown, code: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { throw FileFault(action: "read the folder", path: shown, code: errno) }
                break
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let lossy = DisplayText.escaped(shown + "/" + String(decoding: bytes, as: UTF8.self))
                throw CommandError("\(lossy) has a name that is not valid UTF-8, which csa cannot handle safely; rename it, then run csa again")
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func makeFolder(_ path: String, shown: String, mode: mode_t = 0o777) throws {
        guard mkdir(path, mode) == 0 else { throw FileFault(action: "create the folder", path: shown, code: errno) }
    }

    /// `mkdir -p`, creating only what is missing.
    static func makeFolders(_ path: String, shown: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            var info = stat()
            if stat(built, &info) == 0, kind(of: info.st_mode) == .folder { continue }
            guard mkdir(built, 0o777) == 0 || errno == EEXIST else {
                throw FileFault(action: "create the folder", path: shown, code: errno)
            }
        }
    }

    /// Where the symbolic link at `path` leads, byte for byte as the link holds it (not necessarily UTF-8).
    static func linkTarget(_ path: String, shown: String) throws -> [CChar] {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { throw FileFault(action: "read the link", path: shown, code: errno) }
        return Array(buffer[0..<n])
    }

    /// Reads a whole file (following symbolic links, as reading a theme does).
    static func readFile(_ path: String, shown: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileFault(action: "read", path: shown, code: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileFault(action: "read", path: shown, code: errno)
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<n])
        }
    }

    /// Creates a new file (never replacing one) and writes `bytes` into it.
    static func createFile(_ path: String, bytes: [UInt8], mode: mode_t = 0o666, shown: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw FileFault(action: "write", path: shown, code: errno) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                raw.baseAddress.map { write(fd, $0 + written, raw.count - written) } ?? 0
            }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw FileFault(action: "write", path: shown, code: code)
            }
            written += n
        }
        guard close(fd) == 0 else { throw FileFault(action: "write", path: shown, code: errno) }
    }

    /// Replaces the file at `path` with a hard link to `original` (the same bytes, from the previous site), in one
    /// step: the link is made beside it and renamed over it. Where the file system cannot link, the file stays.
    static func replaceWithLink(_ path: String, to original: String, shown: String) throws {
        let temporary = path + ".csa-link"
        guard link(original, temporary) == 0 else { return }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileFault(action: "write", path: shown, code: code)
        }
    }

    static func setMode(_ path: String, _ mode: mode_t, shown: String) throws {
        guard chmod(path, mode & 0o7777) == 0 else { throw FileFault(action: "set the permissions of", path: shown, code: errno) }
    }

    static func move(_ from: String, to: String, shown: String) throws {
        guard rename(from, to) == 0 else { throw FileFault(action: "move", path: shown, code: errno) }
    }

    /// Swaps two files or folders in one step (Linux `renameat2` with `RENAME_EXCHANGE`, macOS `renamex_np` with
    /// `RENAME_SWAP`): at every moment each path holds one complete file or folder (`CPlatform`). Returns false when the
    /// system or file system cannot swap (the caller then falls back to two renames).
    static func exchange(_ a: String, _ b: String, shown: String) throws -> Bool {
        let result = csa_rename_exchange(a, b)
        if result == 0 { return true }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return false }
        throw FileFault(action: "replace", path: shown, code: errno)
    }

    /// Removes a folder and everything in it without following symbolic links. The names in `last`
    /// (at the top level) go after everything else, so a removal cut short leaves either those markers
    /// or an empty folder: never a half-removed folder that no longer says whose it is.
    static func removeTree(_ path: String, shown: String, last: [String] = []) throws {
        // A folder made read-only still has to go when it is ours.
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & 0o700 != 0o700 { _ = chmod(path, (info.st_mode | 0o700) & 0o7777) }
        for name in try names(in: path, shown: shown) where !last.contains(name) {
            try removeItem(path + "/" + name, shown: shown + "/" + name)
        }
        for name in last {
            guard unlink(path + "/" + name) == 0 || errno == ENOENT else {
                throw FileFault(action: "remove", path: shown + "/" + name, code: errno)
            }
        }
        guard rmdir(path) == 0 else { throw FileFault(action: "remove the folder", path: shown, code: errno) }
    }

    static func removeItem(_ path: String, shown: String) throws {
        if try kind(path, shown: shown) == .folder {
            try removeTree(path, shown: shown)
        } else if unlink(path) != 0 && errno != ENOENT {
            throw FileFault(action: "remove", path: shown, code: errno)
        }
    }
}
