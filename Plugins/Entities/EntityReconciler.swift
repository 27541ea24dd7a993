import LedeCore

/// Where the learned recognizer and the rules meet. The recognizer has read the rules' decisions
/// and learned from annotated text when to trust them, so the class it gives each candidate name
/// stands (PERSON, ORG, PLACE, or none: the name is dropped). The rules give the rest: the
/// names' tokens, the nationalities and groups (NORP), the names that are not entities (laws,
/// events), and each place's country and GeoNames reading.
struct EntityReconciler {
    let document: Document
    let rules: EntityRules

    /// The mentions for the document pass, and the places layer.
    struct Result {
        var mentions: [Mention]
        /// For each mention, whether the recognizer decided its kind.
        var learned: [Bool]
        var places: [Annotation]
    }

    /// The rules' sieves that decide a name by another name of the article: a later "Slot" is
    /// the "Arne Slot" named before, an acronym in parentheses the name it follows.
    static let documentSieves: WordSet = ["part-of-person-name", "part-of-organization-name", "acronym-after-name"]

    /// The classes with the rules' document-level decisions restored where the name they point
    /// to stands with the same class (the document's consistency is the rules' to keep).
    func keepingDocumentDecisions(_ candidates: [NameCandidate], classes: [Int]) -> [Int] {
        let changed = candidates.indices.filter { index in
            candidates[index].sieve.map { Self.documentSieves.contains($0) } == true && classes[index] != candidates[index].rulesClass
        }
        guard !changed.isEmpty else { return classes }
        var canonical: [Range<Int>: String] = [:]
        let ruled = rules.resolution.mentions
        for index in ruled.indices { canonical[ruled[index].tokens] = rules.resolution.canonical[index] }
        var named: [String: Int] = [:]
        var taken = [Bool](repeating: false, count: document.tokens.count)
        for (candidate, classIndex) in zip(candidates, classes) where classIndex != EntityClasses.none {
            named[text(candidate.tokens)] = classIndex
            for index in candidate.tokens { taken[index] = true }
        }
        var result = classes
        for index in changed {
            let candidate = candidates[index]
            guard let full = canonical[candidate.tokens], named[full] == candidate.rulesClass else { continue }
            if classes[index] == EntityClasses.none {
                guard !candidate.tokens.contains(where: { taken[$0] }) else { continue }
                for token in candidate.tokens { taken[token] = true }
            }
            result[index] = candidate.rulesClass
        }
        return result
    }

    func reconcile(_ candidates: [NameCandidate], classes: [Int]) -> Result {
        let classes = keepingDocumentDecisions(candidates, classes: classes)
        var result = Result(mentions: [], learned: [], places: [])
        // The first place of the rules written each way, made when first needed.
        var placeByText: [String: Int]?
        for (candidate, classIndex) in zip(candidates, classes) {
            guard let kind = EntityClasses.kinds[classIndex] else {
                // Not a name; a law or an event still keeps the places inside it out.
                if candidate.hasMention, rules.resolution.mentions[Int(candidate.mentionIndex)].kind == .other {
                    result.mentions.append(rules.resolution.mentions[Int(candidate.mentionIndex)])
                    result.learned.append(false)
                }
                continue
            }
            var mention = self.mention(of: candidate) ?? Mention(tokens: candidate.tokens, kind: kind, confidence: 1,
                                                      words: nameWords(candidate.tokens), text: text(candidate.tokens))
            if mention.kind != kind || mention.sieve.isEmpty { mention.sieve = "recognizer" }
            mention.kind = kind
            mention.confidence = 1
            result.mentions.append(mention)
            result.learned.append(true)
            if kind == .place { result.places.append(place(candidate, byText: &placeByText)) }
        }
        let ruled = rules.resolution.mentions
        for index in ruled.indices where ruled[index].kind == .group {
            result.mentions.append(ruled[index])
            result.learned.append(false)
        }
        let order = result.mentions.indices.sorted { result.mentions[$0].tokens.lowerBound < result.mentions[$1].tokens.lowerBound }
        result.mentions.rearrange(to: order)
        result.learned = order.map { result.learned[$0] }
        return result
    }

    /// The place annotation of a name the recognizer calls a place: the rules' place with the
    /// same tokens, else the reading of a place written the same way elsewhere in the document,
    /// else a LOCATION of unknown country.
    func place(_ candidate: NameCandidate, byText: inout [String: Int]?) -> Annotation {
        let range = byteRange(candidate.tokens)
        if let index = candidate.place { return rules.placeAnnotations[index] }
        let text = document.text(range)
        if byText == nil {
            var first: [String: Int] = [:]
            for (index, place) in rules.placeAnnotations.enumerated() where first[document.text(place.range)] == nil {
                first[document.text(place.range)] = index
            }
            byText = first
        }
        if let source = byText?[text] {
            var copy = rules.placeAnnotations[source]
            copy.range = range
            return copy
        }
        return Annotation(layer: LayerName.places, label: "LOCATION", range: range, attributes: ["country": .null, "name": .string(text)])
    }

    /// The rules' mention a candidate is, if any.
    func mention(of candidate: NameCandidate) -> Mention? {
        candidate.hasMention ? rules.resolution.mentions[Int(candidate.mentionIndex)] : nil
    }

    func byteRange(_ tokens: Range<Int>) -> Range<Int> {
        document.tokens[tokens.lowerBound].range.lowerBound..<document.tokens[tokens.upperBound - 1].range.upperBound
    }

    func text(_ tokens: Range<Int>) -> String { document.text(byteRange(tokens)) }

    /// The capitalized words of a name.
    func nameWords(_ span: Range<Int>) -> [String] {
        span.compactMap { index in
            document.tokens[index].kind == .word && document.isCapitalized(document.tokens[index]) ? document.word(index) : nil
        }
    }
}
