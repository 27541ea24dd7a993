import Foundation

/// Reads the small tab-separated files that annotator modules ship under `Resources/` and keep
/// in memory whole (vocabularies, unit tables); large sorted lexicons use `SortedTSV`.
///
/// Lines starting with `#` (the header) and blank lines are skipped.
public enum TSV {
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

    /// The rows of `Resources/<name>` in a module's bundle (pass `Bundle.module`).
    public static func rows(resource name: String, in bundle: Bundle) throws(ResourceError) -> [[Substring]] {
        rows(parsing: String(decoding: try ResourceFile.bytes(name, in: bundle), as: UTF8.self))
    }
}
