import Foundation

/// Reads the tab-separated lexicon files that annotator modules ship under `Resources/`.
///
/// Lines starting with `#` (the header) and blank lines are skipped. Load a lexicon once (a
/// `static let` in the module) and share it: lookups then cost a hash of the key.
public enum TSV {
    /// A lexicon that cannot be read.
    public struct LoadError: Error, CustomStringConvertible {
        public let resource: String
        public let reason: String
        public var description: String { "cannot load lexicon \(resource): \(reason)" }
    }

    /// The rows of a TSV text.
    public static func rows(parsing text: String) -> [[Substring]] {
        var rows: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty { continue }
            rows.append(trimmed.split(separator: "\t", omittingEmptySubsequences: false))
        }
        return rows
    }

    /// The rows of a file.
    public static func rows(at url: URL) throws -> [[Substring]] {
        do {
            let data = try Data(contentsOf: url)
            return rows(parsing: String(decoding: data, as: UTF8.self))
        } catch {
            throw LoadError(resource: url.lastPathComponent, reason: error.localizedDescription)
        }
    }

    /// The rows of `Resources/<name>` in a module's bundle (pass `Bundle.module`).
    public static func rows(resource name: String, in bundle: Bundle) throws -> [[Substring]] {
        let candidates = [
            bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources"),
            bundle.url(forResource: name, withExtension: nil),
        ]
        guard let url = candidates.compactMap({ $0 }).first else {
            throw LoadError(resource: name, reason: "not found in \(bundle.bundlePath)")
        }
        return try rows(at: url)
    }
}
