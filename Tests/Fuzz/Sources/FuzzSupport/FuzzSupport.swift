import CFuzzerDriver
import LedeCore
#if canImport(Glibc)
import Glibc
#endif

/// What every fuzz target shares: the pipeline of every built-in annotator.
public enum FuzzSupport {
    /// Every annotator this package links, in dependency order.
    public static let pipeline: Pipeline = {
        let registry = Registry(catalog: RegisteredAnnotators.self)
        // Built from names, so that the order is the one lede runs.
        return (try? Pipeline(names: registry.names, registry: registry)) ?? Pipeline(ordered: registry.annotators)
    }()

    /// The input as a buffer of bytes.
    public static func bytes(_ start: UnsafeRawPointer, _ count: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// Runs libFuzzer with the process's arguments and `test` as the function under test; exits.
    public static func run(_ test: @escaping @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}
