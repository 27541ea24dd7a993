import FuzzSupport
import LedeCore

/// A valid annotated document with its layers edited as a program or a hand might edit them: each
/// three input bytes delete, move, stretch, relabel or duplicate one annotation. Then the document
/// goes through reading and every annotator, as `open FILE.json` and the commands after it do.
let bases: [AttributeValue] = [
    "Foreign Minister Abbas Araghchi said on Friday: \"We will not negotiate under threat.\" He added that talks in Geneva were over.\n\nIran's president, Masoud Pezeshkian, told reporters 12 people died.",
    "LONDON, March 3 (Reuters) - Bank of England Governor Andrew Bailey said inflation would fall to 2.5% by June.\n\n\"It is early days,\" said Jane Smith, a director at the IMF in Washington.",
].map { text in
    var document = Document(id: "base", text: text)
    FuzzSupport.pipeline.run(&document)
    return (try? JSONReader.parse(Array(DocumentJSON.encode(document).utf8)).value) ?? .null
}

func fuzzLayerEdits(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = FuzzSupport.bytes(start, count)
    guard let first = input.first, case .object(var root) = bases[Int(first) % bases.count],
          case .array(var annotations)? = root["annotations"] else { return 0 }
    var index = 1
    while index + 2 < input.count, !annotations.isEmpty {
        let operation = input[index], target = Int(input[index + 1]) * 7 % annotations.count, value = Int(input[index + 2])
        index += 3
        guard case .object(var annotation) = annotations[target] else { continue }
        switch operation % 6 {
        case 0: annotations.remove(at: target); continue
        case 1: annotation["start"] = .int(value)
        case 2: annotation["end"] = .int((annotation["start"]?.intValue ?? 0) + value % 40)
        case 3: annotation["label"] = .string(["PERSON", "ORG", "CITY", "DIRECT", "SENTENCE", "WORD", "PUNCT", ""][value % 8])
        case 4: annotations.append(.object(annotation))
        default: annotation["attrs"] = .object(["speakerStart": .int(value), "speaker": .string("X"), "canonical": .int(value)])
        }
        annotations[target] = .object(annotation)
    }
    root["annotations"] = .array(annotations)
    var writer = JSONWriter()
    writer.value(.object(root))
    guard var document = try? DocumentJSON.decode(Array(writer.output.utf8)) else { return 0 }
    let missing = FuzzSupport.pipeline.annotators.filter { !$0.produces.allSatisfy(document.hasLayer) }
    Pipeline(ordered: missing).run(&document)
    for annotator in FuzzSupport.pipeline.annotators where annotator.requires.allSatisfy(document.hasLayer) {
        var copy = document
        try? annotator.annotate(&copy)
    }
    return 0
}

FuzzSupport.run { data, count in data.map { fuzzLayerEdits(UnsafeRawPointer($0), count) } ?? 0 }
