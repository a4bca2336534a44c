import CSAReaders
import Foundation

/// The fuzz target: each input is read as every kind of content file (`ContentFile`), the chapter reader
/// and each YAML reader in turn. A crash, a trap or a hang is a bug; diagnostics are the expected outcome.
///
/// Built with libFuzzer (`-sanitize=fuzzer` and `-D FUZZING`, see `Tests/Fuzz/run.sh`), libFuzzer provides
/// `main` and calls `LLVMFuzzerTestOneInput`. In a plain `swift build` it is a small program that reads the
/// files named on its command line the same way, so a crash input can be replayed without the fuzzer.
enum FuzzTarget {
    nonisolated(unsafe) static var files: ContentFile?

    static func run(_ bytes: [UInt8]) {
        if files == nil { files = try? ContentFile() }
        guard let files else { fatalError("csa-fuzz: cannot make a temporary folder") }
        for kind in ContentFile.Kind.allCases {
            do {
                let reading = try files.read(bytes, as: kind)
                for diagnostic in reading.diagnostics.all where diagnostic.location.line < 1 || diagnostic.location.column < 1 {
                    fatalError("csa-fuzz: diagnostic without a place: \(diagnostic)")
                }
            } catch {
                fatalError("csa-fuzz: cannot write the input to a temporary file: \(error)")
            }
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's own driver, which runs the fuzzing loop with the command-line options.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM names an executable's entry point after its target and links it as `main`; it starts libFuzzer.
@_cdecl("csa_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return withUnsafeMutablePointer(to: &count) { c in
        withUnsafeMutablePointer(to: &arguments) { v in
            LLVMFuzzerRunDriver(c, v, fuzzTestOneInput)
        }
    }
}
#else
@main
struct FuzzReplay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            print("usage: csa-fuzz FILE...   (reads each file as every kind of content file; see Tests/Fuzz/run.sh)")
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("csa-fuzz: cannot read \(path)")
                continue
            }
            FuzzTarget.run(Array(data))
            print("ok \(path)")
        }
        FuzzTarget.files?.remove()
    }
}
#endif
