import Foundation

/// Runs the real `lede` executable that `swift build` put beside the test bundle.
public enum LedeBinary {
    public struct Result {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The executable: `$LEDE_BINARY`, or `lede` in the build folder of the test bundle.
    public static var url: URL {
        if let path = ProcessInfo.processInfo.environment["LEDE_BINARY"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appending(path: "lede")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appending(path: ".build/debug/lede")
    }

    /// The package's root folder.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The sample article.
    public static var sampleArticle: URL { packageRoot.appending(path: "Examples/articles/iran-us.txt") }

    /// Runs lede with `arguments`, writing `input` to its standard input. A run that has not
    /// ended after `timeout` seconds is killed (a hang fails the test instead of stopping it).
    public static func run(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
                    timeout: Double = 120) throws -> Result {
        try execute(url, arguments, input: input, environment: environment, timeout: timeout)
    }

    public static func run(_ arguments: [String], input: String) throws -> Result {
        try run(arguments, input: Data(input.utf8))
    }

    /// Runs a `sh -c` command line in which `$LEDE` is the executable (for `ulimit`, redirections
    /// and signals), with the same timeout.
    public static func shell(_ script: String, input: Data = Data(), timeout: Double = 120) throws -> Result {
        try execute(URL(fileURLWithPath: "/bin/sh"), ["-c", script], input: input, environment: ["LEDE": url.path], timeout: timeout)
    }

    /// Writing to a pipe whose reader has gone fails with EPIPE instead of raising SIGPIPE.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    private static func execute(_ executable: URL, _ arguments: [String], input: Data, environment: [String: String],
                                timeout: Double) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes while writing, so a large output cannot fill a pipe and stall.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data(), err = Data()
        DispatchQueue.global().async(group: group) { out = stdout.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err = stderr.fileHandleForReading.readDataToEndOfFile() }
        // A process that ends without reading its input must not kill the tests with SIGPIPE.
        _ = ignoreBrokenPipes
        DispatchQueue.global().async {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            // Whatever it started (a shell's children) goes first, so that the pipes close.
            if let killer = try? Process.run(URL(fileURLWithPath: "/usr/bin/pkill"), arguments: ["-KILL", "-P", "\(process.processIdentifier)"]) {
                killer.waitUntilExit()
            }
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}

/// A scratch folder removed when the value is dropped.
public final class TemporaryFolder {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "lede-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func file(_ name: String, _ contents: Data) throws -> String {
        let path = url.appending(path: name)
        try contents.write(to: path)
        return path.path
    }

    public func file(_ name: String, _ text: String) throws -> String {
        try file(name, Data(text.utf8))
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
