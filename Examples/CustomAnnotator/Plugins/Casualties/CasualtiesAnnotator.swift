import LedeCore

/// The `casualties` annotator: links each count in the numbers layer to what happened to the
/// people counted ("639 people have been killed" → killed 639; "more than 1,300 wounded" →
/// wounded 1300).
///
/// It shows what an annotator module needs: a name, a one-line summary, the layers it requires
/// (the pipeline adds their producers) and produces, and `annotate(_:)`.
public struct CasualtiesAnnotator: Annotator {
    public let name = "casualties"
    public let summary = "Casualty figures: how many were killed, injured, missing or displaced"
    public let requires = [LayerName.sentences, LayerName.numbers]
    public let produces = ["casualties"]

    public init() {}

    /// Words that say what happened to the people counted, by outcome.
    static let outcomes: [String: String] = [
        "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death": "killed",
        "wounded": "injured", "injured": "injured", "hurt": "injured", "injuries": "injured",
        "missing": "missing", "displaced": "displaced", "evacuated": "displaced", "homeless": "displaced",
        "arrested": "detained", "detained": "detained", "rescued": "rescued",
    ]

    public func annotate(_ document: inout Document) throws {
        let tokens = document.tokens
        var found: [Annotation] = []
        for number in document.annotations(in: LayerName.numbers) where number.label == "CARDINAL" {
            // The outcome word within the next few words of the same clause.
            var index = document.tokenIndex(atOrAfter: number.range.upperBound)
            var steps = 0
            while index < tokens.count, steps < 6 {
                let word = WordForm.lowercasedASCII(document.string(of: tokens[index]))
                if [".", ";", "and", "but"].contains(word) && steps > 0 && Self.outcomes[word] == nil { break }
                if let outcome = Self.outcomes[word] {
                    var attributes: [String: AttributeValue] = [
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
