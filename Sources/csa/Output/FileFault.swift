#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel

/// A file-system call that failed, told as one sentence with the path: "cannot write
/// Site/2024-25/index.html: the disk is full". `path` is what the user knows the file by.
struct FileFault: Error, CustomStringConvertible {
    /// What csa was doing, as a verb phrase: "write", "create the folder", "read".
    let action: String
    let path: String
    let code: Int32

    var description: String { "cannot \(action) \(DisplayText.escaped(path)): \(Self.reason(code))" }

    /// The line that follows the message: what to do about it.
    var hintLine: String { "    hint: \(Self.hint(code))" }

    /// The plain-words reason for an `errno` value.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EROFS: return "the file system is read-only"
        case EACCES, EPERM: return "permission denied"
        case ENOTDIR: return "a part of the path is not a folder"
        case EISDIR: return "it is a folder"
        case ENOENT: return "it does not exist"
        case EEXIST: return "something else is already there"
        case ENOTEMPTY: return "the folder is not empty"
        case ENAMETOOLONG: return "the name is too long"
        case ELOOP: return "it leads through too many symbolic links"
        case EIO: return "the disk reported an input/output error"
        case EMFILE, ENFILE: return "too many files are open"
        case EXDEV: return "it is on another file system"
        case EBUSY: return "it is in use (perhaps a mount point)"
        case EFBIG: return "the file is too large for this file system"
        case ENOMEM: return "out of memory"
        default: return String(cString: strerror(code))
        }
    }

    /// What a user can do about a failure with `errno` value `code`.
    static func hint(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "free some space on that disk, or choose a place on another one"
        case EROFS: return "choose a place on a disk that can be written"
        case EACCES, EPERM: return "check the permissions of the path and the folders on it, or choose another place"
        case ENOTDIR: return "check the path: one of the folders on it is a file"
        case EISDIR: return "name a file, not a folder"
        case ENOENT: return "check the path, or choose another place"
        case EEXIST, ENOTEMPTY, EBUSY: return "move what is there away, or choose another place"
        case ENAMETOOLONG: return "use a shorter name or path"
        case ELOOP: return "check the symbolic links on the path"
        case EIO: return "check the disk, then try again"
        case EMFILE, ENFILE: return "close other programs or raise the limit on open files (ulimit -n), then try again"
        case EXDEV: return "choose a place on the same file system"
        case EFBIG: return "choose a place on a file system that takes larger files"
        case ENOMEM: return "close other programs, then try again"
        default: return "check the path and try again"
        }
    }
}
