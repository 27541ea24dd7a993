import FuzzSupport
import LedeCore

/// Arbitrary bytes as an article: decoding, tokens, sentences, paragraphs and every annotator,
/// then the JSON of the result read back.
func fuzzAnnotators(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let decoded = try? TextDecoding.decode(FuzzSupport.bytes(start, count)) else { return 0 }
    var document = Document(id: "fuzz", text: decoded.text)
    FuzzSupport.pipeline.run(&document)
    let json = DocumentJSON.encode(document)
    guard let again = try? DocumentJSON.decode(Array(json.utf8)) else { fatalError("lede JSON of an annotated document does not read back") }
    precondition(again.text == document.text)
    return 0
}

FuzzSupport.run { data, count in data.map { fuzzAnnotators(UnsafeRawPointer($0), count) } ?? 0 }
