#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSAModel

/// Puts a paper's files into a `csa paper --output` folder all or none, never over a file csa did not
/// write (`PaperManifest`).
///
/// One run at a time per folder (an exclusive `flock` on the folder itself). Every file, and the
/// manifest, is first written in full beside its place (`.<name>.csa-paper-<pid>`); a fault then (a full
/// disk) removes them all and leaves the folder as it was. Only then are they renamed into place, the
/// manifest first listing the new files as pending, so that a run killed half way leaves files the next
/// run knows as its own. Temporary files a killed run left are removed by the next.
struct PaperFolderWrite {
    let folder: String
    /// The folder as the user wrote it, for messages.
    let shown: String

    static let temporaryMarker = ".csa-paper-"

    func write(_ files: [(name: String, bytes: [UInt8])]) throws {
        let lock = try lockFolder()
        defer { close(lock) }
        removeLeftTemporaries()
        let manifest = try settled(PaperManifest.read(folder: folder))
        try refuseForeignFiles(files, manifest: manifest)

        var pending = manifest, done = manifest
        for file in files {
            pending.pending[file.name] = PaperManifest.checksum(file.bytes)
            done.files[file.name] = PaperManifest.checksum(file.bytes)
        }
        let steps = [(PaperManifest.fileName + ".pending", PaperManifest.fileName, pending.bytes)]
            + files.map { ($0.name, $0.name, $0.bytes) }
            + [(PaperManifest.fileName, PaperManifest.fileName, done.bytes)]
        let temporaries = steps.map { folder + "/." + $0.0 + Self.temporaryMarker + "\(getpid())" }

        var created: [String] = []
        do {
            for (step, temporary) in zip(steps, temporaries) {
                created.append(temporary)
                try POSIXFiles.createFile(temporary, bytes: step.2, mode: 0o644, shown: shown + "/" + step.1)
            }
        } catch {
            for temporary in created { _ = unlink(temporary) }
            throw error
        }
        for (index, (step, temporary)) in zip(steps, temporaries).enumerated() {
            guard rename(temporary, folder + "/" + step.1) != 0 else { continue }
            let fault = FileFault(action: "put in place", path: shown + "/" + step.1, code: errno)
            for later in temporaries[index...] { _ = unlink(later) }
            if index == 0 { throw fault }
            throw CommandError("\(fault); some of the paper's files were put in place, and csa knows them as its own",
                               hint: "\(FileFault.hint(fault.code)), then run csa paper again")
        }
    }

    /// An exclusive lock on the folder, waited for (saying so) when another csa paper holds it.
    private func lockFolder() throws -> Int32 {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileFault(action: "open the folder", path: shown, code: errno) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return fd }
        if errno == EWOULDBLOCK {
            StandardStreams.error("waiting for another csa paper writing into \(DisplayText.escaped(shown)) to finish\n")
            while flock(fd, LOCK_EX) != 0 {
                if errno == EINTR { continue }
                break
            }
            return fd
        }
        // A file system without locks: write without one.
        return fd
    }

    /// Removes the temporary files a csa paper killed while writing left in the folder (plain files
    /// named `.<name>.csa-paper-<pid>` whose process is gone).
    private func removeLeftTemporaries() {
        guard let names = try? POSIXFiles.names(in: folder, shown: shown) else { return }
        for name in names where name.hasPrefix(".") {
            guard let marker = name.range(of: Self.temporaryMarker, options: .backwards),
                  name[marker.upperBound...].allSatisfy({ $0.isASCII && $0.isNumber }),
                  let pid = Int32(name[marker.upperBound...]), pid > 0,
                  pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH),
                  (try? POSIXFiles.kind(folder + "/" + name, shown: name)) == .file else { continue }
            _ = unlink(folder + "/" + name)
        }
    }

    /// The manifest with the pending entries of a run killed half way resolved by what is on disk: a
    /// file with the pending bytes is csa's as those bytes.
    private func settled(_ manifest: PaperManifest) throws -> PaperManifest {
        var manifest = manifest
        for (name, sum) in manifest.pending {
            let path = folder + "/" + name
            if try POSIXFiles.kind(path, shown: shown + "/" + name) == .file,
               PaperManifest.checksum(try POSIXFiles.readFile(path, shown: shown + "/" + name)) == sum {
                manifest.files[name] = sum
            }
        }
        manifest.pending = [:]
        return manifest
    }

    /// Refuses, before anything is written, a file of the run that is there and is not csa's own unchanged file.
    private func refuseForeignFiles(_ files: [(name: String, bytes: [UInt8])], manifest: PaperManifest) throws {
        for file in files {
            let path = folder + "/" + file.name, shownPath = DisplayText.escaped(shown + "/" + file.name)
            switch try POSIXFiles.kind(path, shown: shown + "/" + file.name) {
            case .missing:
                continue
            case .file:
                if manifest.owns(file.name, bytes: try POSIXFiles.readFile(path, shown: shown + "/" + file.name)) { continue }
                throw CommandError("\(shownPath) is already there and csa did not write it, or it was changed after csa wrote it",
                                   hint: "move it away (or delete it) first, or choose another --output folder")
            default:
                throw CommandError("\(shownPath) is already there and is not a plain file",
                                   hint: "move it away first, or choose another --output folder")
            }
        }
    }
}
