#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error: whole strings with `write(2)`, no shared
/// C `FILE` state.
public enum StandardStreams {
    /// Writes text to standard output.
    public static func out(_ text: String) {
        write(text, to: 1)
    }

    /// Writes a line to standard error.
    public static func error(_ line: String) {
        write(line + "\n", to: 2)
    }

    /// Writes text to standard error as it is.
    public static func errorText(_ text: String) {
        write(text, to: 2)
    }

    /// Whether standard output is a terminal.
    public static var outputIsTerminal: Bool { isatty(1) == 1 }

    /// Whether standard input is a terminal.
    public static var inputIsTerminal: Bool { isatty(0) == 1 }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            guard var pointer = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, pointer, remaining)
                #else
                let written = Darwin.write(descriptor, pointer, remaining)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                remaining -= written
                pointer += written
            }
        }
    }
}

/// Ends the process with a status.
func terminate(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #else
    Darwin.exit(status)
    #endif
}
