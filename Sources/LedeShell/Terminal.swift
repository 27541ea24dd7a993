#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the shell needs to know about the terminal it runs in.
public enum Terminal {
    /// The size of the terminal on `descriptor`, or nil when it is not a terminal.
    public static func size(of descriptor: Int32 = 1) -> (columns: Int, rows: Int)? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        #if canImport(Glibc)
        let request = UInt(TIOCGWINSZ)
        #else
        let request = TIOCGWINSZ
        #endif
        guard ioctl(descriptor, request, &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// Whether colours should be on by default: standard output is a terminal, `NO_COLOR` is unset
    /// or empty and `TERM` is not `dumb`.
    public static func wantsColor(environment: [String: String]) -> Bool {
        guard isatty(1) == 1 else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// Whether a descriptor is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }
}
