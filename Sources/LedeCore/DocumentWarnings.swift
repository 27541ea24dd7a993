/// Warnings an annotator leaves on a document: problems that did not stop it (a rule that hit
/// PCRE2's match limit in one paragraph, say). They travel in `metadata["warnings"]`, so they
/// reach the JSON output and the shell shows them after a run.
extension Document {
    /// The metadata key that holds the warnings.
    public static let warningsKey = "warnings"

    /// Adds a warning.
    public mutating func addWarning(_ message: String) {
        var list: [AttributeValue] = []
        if case .array(let existing)? = metadata[Self.warningsKey] { list = existing }
        list.append(.string(message))
        metadata[Self.warningsKey] = .array(list)
    }

    /// The warnings left so far.
    public var warnings: [String] {
        guard case .array(let list)? = metadata[Self.warningsKey] else { return [] }
        return list.compactMap(\.stringValue)
    }

    /// Removes every warning (after they were shown).
    public mutating func clearWarnings() {
        metadata[Self.warningsKey] = nil
    }
}
