import Foundation
import LedeCore

/// Lookups over an annotated document that the looking commands share: sentences by position,
/// entities grouped by the name they refer to, people by a name as a user types it.
struct DocumentIndex {
    let document: Document
    let catalog: LayerCatalog
    let sentences: [Annotation]

    init(_ document: Document, catalog: LayerCatalog = LayerCatalog()) {
        self.document = document
        self.catalog = catalog
        self.sentences = document.annotations(in: LayerName.sentences)
    }

    /// The index of the sentence containing byte `offset`, if any.
    func sentenceIndex(at offset: Int) -> Int? {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].range.lowerBound <= offset else { return nil }
        return low
    }

    /// The indices of the sentences a range touches.
    func sentenceIndices(overlapping range: Range<Int>) -> [Int] {
        guard let first = sentenceIndex(at: range.lowerBound) ?? sentences.firstIndex(where: { $0.range.upperBound > range.lowerBound }) else { return [] }
        var result: [Int] = []
        var index = first
        while index < sentences.count, sentences[index].range.lowerBound < max(range.upperBound, range.lowerBound + 1) {
            result.append(index)
            index += 1
        }
        return result
    }

    /// The name a mention refers to: the attribute its layer declares as its name (an entity's
    /// canonical name, a place's name), else its text.
    func referent(_ annotation: Annotation) -> String {
        Text.oneLine(catalog.referent(of: annotation, in: document))
    }

    /// The mention layers whose labels name people, organizations, groups or places.
    var namingLayers: [String] {
        catalog.layers(of: document, kind: .mention).filter { layer in
            catalog.spec(layer, in: document).labels.contains { [.person, .organization, .group, .place].contains($0.category) }
        }
    }

    /// The agents (speakers, role holders) of the statement and relation layers, in order.
    var agents: [String] {
        var seen = Set<String>()
        return (catalog.layers(of: document, kind: .statement) + catalog.layers(of: document, kind: .relation))
            .flatMap { document.annotations(in: $0) }
            .compactMap { catalog.agent(of: $0, in: document) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Mentions grouped by what they refer to, in order of first mention.
    struct Group {
        let name: String
        let label: String
        let layer: String
        var mentions: [Annotation]
        var forms: [String]
    }

    /// The groups of a layer (optionally one label).
    func groups(layer: String, label: String? = nil) -> [Group] {
        var groups: [Group] = []
        var position: [String: Int] = [:]
        for annotation in document.annotations(in: layer) where label == nil || annotation.label == label {
            let name = referent(annotation)
            let key = annotation.label + "\u{0}" + name
            let form = Text.oneLine(document.text(of: annotation))
            if let index = position[key] {
                groups[index].mentions.append(annotation)
                if !groups[index].forms.contains(form) { groups[index].forms.append(form) }
            } else {
                position[key] = groups.count
                groups.append(Group(name: name, label: annotation.label, layer: layer, mentions: [annotation], forms: [form]))
            }
        }
        return groups
    }

    /// Names of people, organizations and places, with each person's surname: what Tab completes.
    var names: [String] {
        var seen = Set<String>()
        var result: [String] = []
        func add(_ name: String) {
            let clean = Text.oneLine(name)
            if !clean.isEmpty, seen.insert(clean).inserted { result.append(clean) }
        }
        for layer in namingLayers {
            let spec = catalog.spec(layer, in: document)
            for group in groups(layer: layer) {
                add(group.name)
                group.forms.forEach(add)
                if spec.label(group.label)?.category == .person, let last = group.name.split(separator: " ").last { add(String(last)) }
            }
        }
        agents.forEach(add)
        return result
    }

    /// Speakers: the agents of the statement layers (quotes).
    var speakers: [String] {
        var seen = Set<String>()
        return catalog.layers(of: document, kind: .statement).flatMap { document.annotations(in: $0) }
            .compactMap { catalog.agent(of: $0, in: document) }.filter { seen.insert($0).inserted }
    }
}

/// Matching names as users type them: case and accents ignored, and a part of a name ("Araghchi")
/// matches the whole ("Abbas Araghchi").
enum NameMatch {
    /// The words of a name, folded for comparison.
    static func words(_ name: String) -> [String] {
        folded(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Lowercased, without diacritics.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// How well `query` names `candidate`: 2 for the same name, 1 when every word of the query is a
    /// word of the candidate, 0 for no match.
    static func score(query: String, candidate: String) -> Int {
        let queryWords = words(query), candidateWords = words(candidate)
        guard !queryWords.isEmpty else { return 0 }
        if queryWords == candidateWords { return 2 }
        return queryWords.allSatisfy(candidateWords.contains) ? 1 : 0
    }
}
