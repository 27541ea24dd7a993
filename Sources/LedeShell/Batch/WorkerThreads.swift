import LedeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Threads started with `pthread_create`, whose failure (a process limit, no memory for a stack)
/// is reported instead of ignored, and which can be joined.
struct WorkerThreads {
    /// A thread that could not start.
    struct StartFailure: Error, CustomStringConvertible {
        let started: Int
        let wanted: Int
        let reason: String
        var description: String {
            "cannot start worker thread \(started + 1) of \(wanted) (\(reason)); try fewer --jobs"
        }
    }

    private var threads: [pthread_t] = []

    /// The most worker threads worth starting on this machine: more than four per core only
    /// costs memory.
    static var maximumCount: Int { max(8, 4 * Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Starts `count` threads running `body`; stops at the first that cannot start.
    static func start(count: Int, stackSize: Int, _ body: @escaping @Sendable () -> Void) -> (WorkerThreads, StartFailure?) {
        var workers = WorkerThreads()
        for index in 0..<count {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, stackSize)
            let box = Unmanaged.passRetained(Body(body))
            var thread = pthread_t()
            let result = pthread_create(&thread, &attributes, { context in
                guard let context else { return nil }
                let body = Unmanaged<Body>.fromOpaque(context).takeRetainedValue()
                body.run()
                return nil
            }, box.toOpaque())
            if result != 0 {
                box.release()
                return (workers, StartFailure(started: index, wanted: count, reason: FileReader.systemMessage(result)))
            }
            workers.threads.append(thread)
        }
        return (workers, nil)
    }

    /// Waits for every started thread to end.
    func join() {
        for thread in threads { pthread_join(thread, nil) }
    }

    /// How many threads run.
    var count: Int { threads.count }

    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
