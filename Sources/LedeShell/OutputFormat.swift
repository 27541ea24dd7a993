import ArgumentParser

/// How `lede annotate` writes each document.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// One lede JSON document per input, annotations one per line.
    case json
    /// One lede JSON document per line.
    case jsonl
    /// A readable listing of the annotations, layer by layer.
    case text
}
