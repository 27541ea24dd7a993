import ArgumentParser

/// How `lede annotate` writes each document: the export formats.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// One lede JSON document per input, annotations one per line.
    case json
    /// One lede JSON document per line.
    case jsonl
    /// A readable listing of the annotations, layer by layer.
    case text
    /// A token per line with BIO tags.
    case conll
    /// brat standoff files (needs --output-dir).
    case brat
    /// spaCy's Doc.to_json(), one document per line.
    case spacy
    /// spaCy's DocBin: one binary file for the batch (needs --output).
    case docbin
    /// One CSV table (quotes unless --layers names another).
    case csv
    /// An HTML page.
    case html
}

/// How `lede annotate` reads its input.
public enum InputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Each file is one document.
    case text
    /// Each line of each file (or of standard input) is a JSON object with "id" and "text".
    case jsonl
}
