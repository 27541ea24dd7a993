import FuzzSupport
import LedeCore

/// Arbitrary (and mutated valid) lede JSON: reading, repairing the structural layers, then every
/// annotator on top of the layers it found, as `open FILE.json` and `quotes` do.
func fuzzDocumentJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard var document = try? DocumentJSON.decode(FuzzSupport.bytes(start, count)) else { return 0 }
    // The annotators whose layers are missing, as the shell runs them on a loaded document.
    let missing = FuzzSupport.pipeline.annotators.filter { !$0.produces.allSatisfy(document.hasLayer) }
    Pipeline(ordered: missing).run(&document)
    // And the whole chain over the loaded layers, as `run` does after `use`.
    var again = document
    for annotator in FuzzSupport.pipeline.annotators where annotator.requires.allSatisfy(again.hasLayer) {
        try? annotator.annotate(&again)
    }
    _ = DocumentJSON.encode(again)
    return 0
}

FuzzSupport.run { data, count in data.map { fuzzDocumentJSON(UnsafeRawPointer($0), count) } ?? 0 }
