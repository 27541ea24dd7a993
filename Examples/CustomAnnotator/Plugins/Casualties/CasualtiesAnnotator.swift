import Foundation
import LedeCore

/// The `casualties` annotator: links each count in the numbers layer to what happened to the
/// people counted ("639 people have been killed" → killed 639; "more than 1,300 wounded" →
/// wounded 1300).
///
/// It shows what an annotator module needs: a name, a one-line summary, the layers it requires
/// (the pipeline adds their producers), the layer it writes with its labels and attributes, and
/// `annotate(_:)`; and how a module keeps its word lists as data in `Resources/`.
public struct CasualtiesAnnotator: Annotator {
    public let name = "casualties"
    public let summary = "Casualty figures: how many were killed, injured, missing or displaced"
    public let requires = [LayerName.sentences, LayerName.numbers]
    /// The layer it writes: what `highlight`, `who`, `export csv` and the HTML export show.
    public let layers = [LayerSpec(
        name: "casualties", kind: .mention, title: "Casualties",
        labels: ["KILLED", "INJURED", "MISSING", "DISPLACED", "DETAINED", "RESCUED"].map { LabelSpec($0) },
        attributes: [
            AttributeSpec("count", .number, "how many people", isColumn: true, role: .value),
            AttributeSpec("outcome", .string, "what happened to them", isColumn: true),
            AttributeSpec("counts", .string, "who was counted", isColumn: true),
        ])]

    public init() {}

    /// Words that say what happened to the people counted → the outcome (`Resources/outcomes.tsv`).
    static let outcomes = ModuleResource(empty: WordClasses<OutcomeClass>()) { () throws(ResourceError) in
        try WordClasses<OutcomeClass>(resource: "outcomes.tsv", in: .module)
    }

    enum OutcomeClass: String, Sendable { case outcome }

    public func annotate(_ document: inout Document) throws {
        try Self.outcomes.check()
        let outcomes = Self.outcomes.value[.outcome]
        let tokens = document.tokens
        var found: [Annotation] = []
        for number in document.annotations(in: LayerName.numbers) where number.label == "CARDINAL" {
            // The outcome word within the next few words of the same clause.
            var index = document.tokenIndex(atOrAfter: number.range.upperBound)
            var steps = 0
            while index < tokens.count, steps < 6 {
                let word = WordForm.lowercasedASCII(document.string(of: tokens[index]))
                if [".", ";", "and", "but"].contains(word) && steps > 0 && outcomes[word] == nil { break }
                if let outcome = outcomes[word] {
                    var attributes: Attributes = [
                        "outcome": .string(outcome),
                        "count": number["value"] ?? .null,
                    ]
                    if let counted = number["counts"] { attributes["counts"] = counted }
                    found.append(Annotation(layer: "casualties", label: outcome.uppercased(), range: number.range,
                                            attributes: attributes))
                    break
                }
                index += 1
                steps += 1
            }
        }
        document.setLayer("casualties", found)
    }
}

/// The module's registration: the AnnotatorRegistry plugin finds `<Module>Module`.
public enum CasualtiesModule: AnnotatorModule {
    public static let annotators: [any Annotator] = [CasualtiesAnnotator()]
}
