import CPlatform
@testable import csa
import Foundation
import Testing

/// A thread started beside the caller runs its work once, and, once running, may use every CPU the
/// process may: the threads it starts in turn (Dispatch's, for the warm-up) must not inherit a placement
/// on one CPU.
@Suite struct BesideThreadTests {
    /// What the started thread saw, handed back to the test.
    private final class Seen: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var runs = 0
        var cpus = 0
    }

    @Test func runsItsWorkOnceWithEveryCPUTheCallerHas() {
        let seen = Seen()
        BesideThread.start {
            seen.runs += 1
            seen.cpus = Int(csa_thread_cpus())
            seen.done.signal()
        }
        #expect(seen.done.wait(timeout: .now() + 30) == .success)
        #expect(seen.runs == 1)
        #expect(seen.cpus == Int(csa_thread_cpus()))
        #expect(seen.cpus >= 1)
    }

    @Test func manyStartTogetherAndEachRunsOnce() {
        let count = 16
        let seen = (0..<count).map { _ in Seen() }
        for item in seen {
            BesideThread.start {
                item.runs += 1
                item.done.signal()
            }
        }
        for item in seen { #expect(item.done.wait(timeout: .now() + 30) == .success) }
        #expect(seen.allSatisfy { $0.runs == 1 })
    }
}
