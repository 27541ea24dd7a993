import LedeCore

/// lede JSON (`json`: one document, an annotation per line) and JSON Lines (`jsonl`: a document
/// per line).
struct JSONExporter: Exporter {
    let pretty: Bool
    let options: ExportOptions
    /// Several documents to one stream as one JSON array (lede JSON is one document per value).
    var inArray = false
    var name: String { pretty ? "json" : "jsonl" }
    var summary: String { pretty ? "lede JSON: the text and every annotation (scalar offsets)" : "lede JSON, one document per line" }
    var fileExtension: String { pretty ? "json" : "jsonl" }

    func render(_ document: Document) throws -> String {
        String(decoding: try renderBytes(document), as: UTF8.self)
    }

    func renderBytes(_ document: Document) throws -> [UInt8] {
        DocumentJSON.encodedBytes(document, layers: options.layers, pretty: pretty, tokenTable: options.tokenTable, terminator: "\n")
    }

    /// lede JSON is one value per file; JSON Lines takes one more line per document.
    var canAppend: Bool { !pretty }
    func header() -> String { inArray ? "[\n" : "" }
    var separator: String { inArray ? ",\n" : "" }
    func footer() -> String { inArray ? "]\n" : "" }

    func render(_ document: Document, into write: (String) -> Void) throws {
        DocumentJSON.encode(document, layers: options.layers, pretty: pretty, tokenTable: options.tokenTable, chunkBytes: 1 << 20,
                            write: write)
        write("\n")
    }

    /// The annotations follow the text section by section; a token table, whose columns need
    /// every section's tokens, comes after them.
    var writesLongDocumentsInSections: Bool { true }

    func render(_ document: Document, sections: [Range<Int>], annotate: (Document) -> Document, into write: (String) -> Void) throws {
        DocumentJSON.encode(document, sections: sections, annotate: annotate, offsetAttributes: options.catalog.offsetAttributes,
                            layers: options.layers, pretty: pretty, tokenTable: options.tokenTable, chunkBytes: 1 << 20, write: write)
        write("\n")
    }
}

/// The readable listing of `lede annotate --format text`.
struct TextExporter: Exporter {
    let options: ExportOptions
    let name = "text"
    let summary = "A readable listing: layer, label, offsets, text and attributes"
    let fileExtension = "txt"

    func render(_ document: Document) throws -> String {
        TextRenderer().render(document, layers: options.layers)
    }

    /// The listing's heading once, then each section's lines, layer by layer.
    var writesLongDocumentsInSections: Bool { true }

    func render(_ document: Document, sections: [Range<Int>], annotate: (Document) -> Document, into write: (String) -> Void) throws {
        let renderer = TextRenderer()
        write(renderer.heading(of: document))
        document.annotateSections(sections, with: annotate, offsetAttributes: options.catalog.offsetAttributes) { section in
            write(renderer.lines(of: section.document, layers: options.layers, scalarShift: section.scalarStart))
        }
    }
}
