import LedeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error: whole strings with `write(2)`, no shared
/// C `FILE` state. Every write to standard output is checked: when it fails (a full disk,
/// `/dev/full`, a closed pipe), lede says so and exits with status 1 rather than lose output
/// silently.
public enum StandardStreams {
    /// Writes text to standard output; a failed write ends the process with status 1.
    public static func out(_ text: String) {
        guard !text.isEmpty else { return }
        endIfFailed(OutputFiles.writeAll(text, to: 1))
    }

    /// Writes UTF-8 bytes to standard output; a failed write ends the process with status 1.
    public static func out(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        endIfFailed(OutputFiles.writeAll(bytes, to: 1))
    }

    private static func endIfFailed(_ reason: String?) {
        guard let reason else { return }
        error("lede: cannot write to standard output: \(reason)")
        terminate(1)
    }

    /// Writes a line to standard error.
    public static func error(_ line: String) {
        _ = OutputFiles.writeAll(line + "\n", to: 2)
    }

    /// Writes text to standard error as it is.
    public static func errorText(_ text: String) {
        _ = OutputFiles.writeAll(text, to: 2)
    }

    /// Whether standard output is a terminal.
    public static var outputIsTerminal: Bool { isatty(1) == 1 }

    /// Whether standard input is a terminal.
    public static var inputIsTerminal: Bool { isatty(0) == 1 }
}

/// Ends the process with a status.
func terminate(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #else
    Darwin.exit(status)
    #endif
}
