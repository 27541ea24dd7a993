/// The `paragraphs` annotator: one `PARAGRAPH` annotation per block of text between blank lines.
public struct ParagraphsAnnotator: Annotator {
    public let name = "paragraphs"
    public let summary = "Paragraphs, separated by blank lines (or by line breaks when there are none)"
    public let layers = [LayerSpec(name: LayerName.paragraphs, kind: .structure, title: "Paragraphs", labels: [LabelSpec("PARAGRAPH")])]
    private let splitter = ParagraphSplitter()

    public init() {}

    public func annotate(_ document: inout Document) throws {
        let ranges = document.bytes.withUnsafeBufferPointer { splitter.split($0) }
        document.setLayer(LayerName.paragraphs, ranges.map {
            Annotation(layer: LayerName.paragraphs, label: "PARAGRAPH", range: $0)
        })
    }
}
