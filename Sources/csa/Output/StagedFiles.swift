#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSASite
import Dispatch
import Foundation

/// Makes the site's files on every core and writes each into the staging folder as soon as it is made,
/// so the site is never held in memory. Files are written one at a time in path order (each after the
/// folders it needs), whatever order they are made in, so the same build always touches the disk in the
/// same order. A file whose key, or whose bytes, match what the previous build wrote there is hard-linked
/// from the previous site instead (`PreviousSite`): unchanged files keep their inode and time.
final class StagedFiles {
    let staging: String
    let target: OutputTarget
    let previous: PreviousSite?
    /// The staging folders made so far, by path relative to it.
    private var made: Set<Substring> = []

    init(staging: String, target: OutputTarget, previous: PreviousSite?) {
        self.staging = staging
        self.target = target
        self.previous = previous
    }

    /// How many made files may wait to be written, at most.
    static let window = 64

    /// What to put at one path: the previous site's file, or new bytes; or why the file could not be made.
    private enum Made {
        case kept(BuildCache.Entry)
        case new([UInt8], BuildCache.Entry)
        case failed(any Error)
    }

    /// What a build did with its files: how many it made and wrote, and how many it kept.
    struct Counts {
        var written = 0
        var kept = 0
    }

    /// Makes and writes `files`; returns their cache entries, in order. The first file that cannot be made,
    /// in path order, stops the build with its error.
    func write(_ files: [SiteFile], with writer: SiteWriter, key: @escaping @Sendable (SiteFile) -> Digest, counts: inout Counts) throws -> [BuildCache.Entry] {
        let previous = self.previous
        let queue = OrderedQueue<Made>(count: files.count, window: Self.window)
        let group = DispatchGroup()
        for _ in 0..<max(1, ProcessInfo.processInfo.activeProcessorCount) {
            DispatchQueue.global().async(group: group) {
                while let i = queue.claim() {
                    let file = files[i], fileKey = key(file)
                    if let old = previous?.intact(file.path), old.key == fileKey {
                        queue.put(i, .kept(old))
                        continue
                    }
                    let bytes: [UInt8]
                    do { bytes = try writer.make(file).bytes } catch {
                        queue.put(i, .failed(error))
                        continue
                    }
                    let entry = BuildCache.Entry(path: file.path, key: fileKey, digest: Digest(bytes), size: bytes.count)
                    if let old = previous?.intact(file.path), old.digest == entry.digest, old.size == entry.size {
                        queue.put(i, .kept(entry))
                    } else {
                        queue.put(i, .new(bytes, entry))
                    }
                }
            }
        }
        var entries: [BuildCache.Entry] = []
        entries.reserveCapacity(files.count)
        do {
            for i in files.indices {
                let result = queue.take(i)
                try makeParents(files[i].path)
                switch result {
                case .kept(let entry):
                    try keep(entry.path)
                    counts.kept += 1
                    entries.append(entry)
                case .new(let bytes, let entry):
                    try POSIXFiles.createFile(staging + "/" + entry.path, bytes: bytes, shown: target.shown(entry.path))
                    counts.written += 1
                    entries.append(entry)
                case .failed(let error):
                    throw error
                }
            }
        } catch {
            queue.stop()
            group.wait()
            throw error
        }
        group.wait()
        return entries
    }

    /// Puts the previous site's file at `relative` into the staging folder: a hard link, or a copy where
    /// the file system cannot link.
    func keep(_ relative: String) throws {
        guard let previous else { return }
        let from = previous.path + "/" + relative, to = staging + "/" + relative
        if link(from, to) == 0 { return }
        let code = errno
        guard code == EXDEV || code == EPERM || code == EMLINK || code == ENOTSUP else {
            throw FileFault(action: "write", path: target.shown(relative), code: code)
        }
        try POSIXFiles.createFile(to, bytes: POSIXFiles.readFile(from, shown: target.shown(relative)), shown: target.shown(relative))
    }

    /// Creates the folders `relative` needs in the staging folder, those not made yet.
    func makeParents(_ relative: String) throws {
        var end = relative.endIndex
        var missing: [Substring] = []
        // Walk up from the file's folder to the first one that exists; most files' folder already does.
        while let slash = relative[..<end].lastIndex(of: "/") {
            let folder = relative[..<slash]
            if made.contains(folder) { break }
            missing.append(folder)
            end = slash
        }
        for folder in missing.reversed() {
            let shown = target.shown(String(folder))
            if try POSIXFiles.kind(staging + "/" + folder, shown: shown) != .folder {
                try POSIXFiles.makeFolder(staging + "/" + folder, shown: shown)
            }
            made.insert(folder)
        }
    }
}

/// Hands out indices to the threads that make files, at most `window` ahead of the one that writes them,
/// and gives their results back in index order.
final class OrderedQueue<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [Value?]
    private var next = 0
    private var taken = 0
    private var stopped = false
    private let window: Int

    init(count: Int, window: Int) {
        slots = Array(repeating: nil, count: count)
        self.window = window
    }

    /// The next index to make, waiting while too many are made and not yet written; nil when all are handed out or the writer stopped.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, next < slots.count, next - taken >= window { condition.wait() }
        guard !stopped, next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ index: Int, _ value: Value) {
        condition.lock()
        slots[index] = value
        condition.broadcast()
        condition.unlock()
    }

    /// The value made for `index`, waiting until it is.
    func take(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = slots[index] {
                slots[index] = nil
                taken = index + 1
                condition.broadcast()
                return value
            }
            condition.wait()
        }
    }

    /// Hands out no more indices.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
