import LedeCore
import LedeEnglish

/// The `entities` annotator: PERSON, ORG and NORP mentions, each with `canonical`, the fullest
/// name of its entity in the document (and `country` for NORP, `gender` for people when known).
///
/// It reads the places layer as evidence and removes from it the place names that turn out to
/// be part of a longer name ("Toronto" in "University of Toronto"), so that entities and places
/// form one flat named-entity layer with no overlapping spans.
public struct EntitiesAnnotator: Annotator {
    public let name = "entities"
    public let summary = "People, organizations and nationalities (PERSON, ORG, NORP) with canonical names"
    public let requires = [LayerName.tokens, LayerName.sentences, LayerName.partOfSpeech, LayerName.places]
    public let layers = [LayerSpec(
        name: LayerName.entities, kind: .mention, title: "Entities",
        labels: [
            LabelSpec("PERSON", "a person", category: .person),
            LabelSpec("ORG", "an organization: a company, an agency, a party, a team", category: .organization),
            LabelSpec("NORP", "a nationality, a religious or political group", category: .group),
        ],
        attributes: [
            AttributeSpec("canonical", .string, "the fullest name of the entity in the document", isColumn: true, role: .name),
            AttributeSpec("gender", .string, "m or f, for people, when a title, an honorific or the given name says"),
            AttributeSpec("country", .string, "NORP: the ISO 3166-1 code of its country"),
            AttributeSpec("countryName", .string, "NORP: the name of its country"),
            AttributeSpec("sieve", .string, "the rule that decided the label (entities --why)"),
        ])]
    /// It removes from the places layer the names that are part of a longer name.
    public let modifies = [LayerName.places]

    /// Whether the learned recognizer decides the names (`recognizer=on`, the default) or the
    /// rules alone do (`recognizer=off`).
    public let usesRecognizer: Bool

    public init(usesRecognizer: Bool = true) {
        self.usesRecognizer = usesRecognizer
    }

    public var options: [AnnotatorOption] {
        [AnnotatorOption(name: "recognizer", summary: "on: the learned recognizer decides the names, with the rules' decisions as evidence; off: the rules alone",
                         defaultValue: "on")]
    }

    public func configured(_ values: [String: String]) throws -> any Annotator {
        var usesRecognizer = self.usesRecognizer
        for (option, value) in values {
            guard option == "recognizer" else {
                throw AnnotatorOptionError.unknownOption(annotator: name, option: option, known: options.map(\.name))
            }
            switch value {
            case "on": usesRecognizer = true
            case "off": usesRecognizer = false
            default: throw AnnotatorOptionError.invalidValue(annotator: name, option: option, value: value, expected: "on or off")
            }
        }
        return EntitiesAnnotator(usesRecognizer: usesRecognizer)
    }

    /// Whether two lists of mentions write the same names (people, organizations and groups,
    /// by tokens and kind). Reads them in place.
    static func sameNamesWritten(_ first: [Mention], _ second: [Mention]) -> Bool {
        var left = 0, right = 0
        while true {
            while left < first.count, !first[left].kind.isWritten { left += 1 }
            while right < second.count, !second[right].kind.isWritten { right += 1 }
            guard left < first.count, right < second.count else { return left == first.count && right == second.count }
            guard first[left].tokens == second[right].tokens, first[left].kind == second[right].kind else { return false }
            left += 1
            right += 1
        }
    }

    public func annotate(_ document: inout Document) throws {
        try English.check()
        try EntitiesVocabulary.resource.check()
        try OrganizationLexicon.check()
        try EntityRecognizer.shipped.check()
        let tokens = document.tokens
        let rules = EntityRules(document: document, tags: document.tokenTags())
        var resolution = rules.resolution
        var placeAnnotations = rules.placeAnnotations
        var placeTokenRanges = rules.placeTokenRanges
        if usesRecognizer, let recognizer = EntityRecognizer.shipped.value {
            // The recognizer's names, with what the rules know about them, settled again for
            // the document (canonical names, acronyms, gender); the kinds it chose stand.
            let context = EntityContext(document: document, mentions: rules.resolution.mentions, places: rules.places)
            let candidates = NameCandidate.candidates(of: rules, in: context)
            let merged = EntityReconciler(document: document, rules: rules)
                .reconcile(candidates, classes: recognizer.classes(of: candidates, in: context, margins: recognizer.margins(for: document)))
            // Settled again only when the names written changed (their canonical names may too).
            if !Self.sameNamesWritten(merged.mentions, rules.resolution.mentions) {
                let countries = Set(merged.places.filter { $0.label == "COUNTRY" }.map { document.tokenRange(covering: $0.range).lowerBound })
                resolution = MentionResolver(document: document, tokens: tokens, countries: countries).resolve(merged.mentions)
                for index in resolution.mentions.indices where merged.learned[index] {
                    resolution.mentions[index].kind = merged.mentions[index].kind
                }
            }
            placeAnnotations = merged.places
            placeTokenRanges = merged.places.map { document.tokenRange(covering: $0.range) }
        }

        var annotations: [Annotation] = []
        var taken = [Bool](repeating: false, count: tokens.count)
        for (index, mention) in resolution.mentions.enumerated() {
            if mention.kind == .other { for tokenIndex in mention.tokens { taken[tokenIndex] = true } }
            guard mention.kind.isWritten else { continue }
            let range = tokens[mention.tokens.lowerBound].range.lowerBound..<tokens[mention.tokens.upperBound - 1].range.upperBound
            var attributes: Attributes = ["canonical": .string(resolution.canonical[index]), "sieve": .string(mention.sieve)]
            if mention.kind == .group, let demonym = English.demonyms[mention.text] {
                attributes["country"] = .optional(demonym.country)
                if let name = demonym.countryName { attributes["countryName"] = .string(name) }
            }
            if let gender = resolution.gender[index] { attributes["gender"] = .string(gender.rawValue) }
            annotations.append(Annotation(layer: LayerName.entities, label: mention.kind.rawValue, range: range, attributes: attributes))
            for tokenIndex in mention.tokens { taken[tokenIndex] = true }
        }
        document.setLayer(LayerName.entities, annotations)

        // Places inside a person's or an organization's name are not places.
        var keptPlaces = zip(placeAnnotations, placeTokenRanges).filter { _, range in
            !range.contains { $0 < taken.count && taken[$0] }
        }.map(\.0)
        // An acronym introduced for a place is that place: "Kennedy Space Center (KSC)".
        for position in resolution.mentions.indices where resolution.mentions[position].kind == .place {
            let mention = resolution.mentions[position]
            guard let source = resolution.placeAcronyms[mention.text],
                  let index = placeTokenRanges.firstIndex(of: source), !mention.tokens.contains(where: { taken[$0] }) else { continue }
            let range = tokens[mention.tokens.lowerBound].range.lowerBound..<tokens[mention.tokens.upperBound - 1].range.upperBound
            if keptPlaces.contains(where: { $0.range == range }) { continue }
            var copy = placeAnnotations[index]
            copy.range = range
            keptPlaces.append(copy)
        }
        keptPlaces.sort { $0.range.lowerBound < $1.range.lowerBound }
        let before = document.annotations(in: LayerName.places)
        if keptPlaces.count != before.count || keptPlaces.map(\.range) != before.map(\.range) {
            document.setLayer(LayerName.places, keptPlaces)
        }
    }
}
