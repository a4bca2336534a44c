#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel
import Foundation

/// One build at a time per output: an exclusive `flock` on a lock file beside the output
/// (`.Site.csa-lock`). A second build waits, saying so on standard error. The holder removes the lock
/// file before releasing it; a waiter that then finds its file gone or replaced takes the lock again,
/// so no two builds ever hold the lock on different files.
final class OutputLock {
    private let path: String
    private let fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    static func acquire(_ path: String, shownOutput: String) throws -> OutputLock {
        var announced = false
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw FileFault(action: "create the lock file", path: path, code: errno) }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    let code = errno
                    close(fd)
                    throw FileFault(action: "lock", path: path, code: code)
                }
                if !announced {
                    StandardStreams.error("waiting for another csa build of \(DisplayText.escaped(shownOutput)) to finish\n")
                    announced = true
                }
                while flock(fd, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let code = errno
                        close(fd)
                        throw FileFault(action: "lock", path: path, code: code)
                    }
                }
            }
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, lstat(path, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                // csa's lock files are always empty: one that holds anything is a file of the user's, which
                // releasing the lock would delete.
                guard held.st_size == 0, (held.st_mode & S_IFMT) == S_IFREG else {
                    flock(fd, LOCK_UN)
                    close(fd)
                    throw CommandError("'\(DisplayText.escaped(path))' is in the way: csa build uses that name for its lock file while it works, and what is there is not something csa made; move it away, then build again")
                }
                return OutputLock(path: path, fd: fd)
            }
            close(fd) // the previous holder removed this file: lock the current one
        }
    }

    /// Removes the lock file, then releases the lock.
    func release() {
        unlink(path)
        close(fd)
    }
}
