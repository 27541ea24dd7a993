import Foundation

/// Long output in the interactive shell goes through a pager: `$PAGER`, else `less -FRX`
/// (quits at once when the text fits, keeps colours, leaves the text on screen).
enum Pager {
    /// Whether `text` is taller than the terminal.
    static func isTooLong(_ text: String, rows: Int, columns: Int) -> Bool {
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let visible = visibleCount(line)
            lines += max(1, (visible + columns - 1) / max(1, columns))
            if lines >= rows { return true }
        }
        return false
    }

    private static func visibleCount(_ line: Substring) -> Int {
        var count = 0
        var inEscape = false
        for character in line {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// Shows `text` in the pager; false when no pager could be started (then nothing was shown).
    static func show(_ text: String, environment: [String: String]) -> Bool {
        var command = environment["PAGER"] ?? ""
        var processEnvironment = environment
        if command.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/less") else { return false }
            command = "/usr/bin/less"
            if processEnvironment["LESS"] == nil { processEnvironment["LESS"] = "FRX" }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = processEnvironment
        let pipe = Pipe()
        process.standardInput = pipe
        do { try process.run() } catch { return false }
        let descriptor = pipe.fileHandleForWriting.fileDescriptor
        var data = text
        data.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return   // the pager quit early (EPIPE): fine
                }
                offset += written
            }
        }
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return true
    }
}
