import CPlatform
import Foundation

/// A thread started on a core other than the caller's (`csa_start_thread_beside`), for work that should
/// run beside the main thread from its first instant: some kernels place a new thread on the core of the
/// thread that made it, where it waits until that core is free, while another stays idle (on the 2-core
/// machine `csa diff` is measured on, a new thread waited 2 ms behind the main thread). Once it runs it
/// may move like any other thread. Where it cannot be placed, it is started as usual.
enum BesideThread {
    /// Starts `body` on its own thread and returns at once.
    static func start(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(body))
        let failed = csa_start_thread_beside({ context in
            guard let context else { return }
            let body = Unmanaged<Body>.fromOpaque(context).takeRetainedValue()
            body.run()
        }, box.toOpaque())
        if failed != 0 {
            box.release()
            Thread.detachNewThread { body() }
        }
    }

    /// The work, kept alive until the new thread takes it.
    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
