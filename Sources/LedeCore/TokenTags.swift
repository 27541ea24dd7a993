/// The part of speech of each token, as far as the rules that read a clause ask: whether a word
/// is a finite verb (`said`, `was`, `will`), another verb form, a noun, an adjective or an
/// adverb. Built once from the `pos` layer; without that layer every question answers `unknown`
/// and the rules fall back to what they do without tags.
public struct TokenTags: Sendable {
    /// The coarse classes the rules tell apart.
    public enum Kind: UInt8, Sendable {
        case unknown, finiteVerb, otherVerb, noun, properNoun, adjective, adverb, other
    }

    private let kinds: [Kind]

    /// Whether the document had part-of-speech tags to read.
    public var isTagged: Bool { !kinds.isEmpty }

    public init(document: Document) {
        if let compact = document.tokenLayer(LayerName.partOfSpeech) {
            kinds = Self.kinds(of: compact, tokenCount: document.tokens.count)
        } else {
            kinds = Self.kinds(of: document.annotations(in: LayerName.partOfSpeech), tokens: document.tokens)
        }
    }

    /// The classes of the tokens from the `pos` layer's annotations.
    static func kinds(of tags: [Annotation], tokens: [Token]) -> [Kind] {
        guard !tags.isEmpty else { return [] }
        var kinds = [Kind](repeating: .unknown, count: tokens.count)
        var index = 0
        // Read in place: copying each annotation would retain its strings once per token.
        tags.withUnsafeBufferPointer { tags in
            for position in tags.indices {
                let range = tags[position].range
                while index < tokens.count, tokens[index].range.lowerBound < range.lowerBound { index += 1 }
                guard index < tokens.count, tokens[index].range == range else { continue }
                kinds[index] = Self.kind(of: tags[position])
            }
        }
        return kinds
    }

    /// The classes of the tokens from a compact `pos` layer: each label and attribute set read once.
    static func kinds(of layer: TokenLayer, tokenCount: Int) -> [Kind] {
        guard layer.count > 0 else { return [] }
        var kinds = [Kind](repeating: .unknown, count: tokenCount)
        // A verb's class depends on its Penn tag, in its attributes; the others' on the label alone.
        func kind(label: Int, attributes: Int) -> Kind {
            Self.kind(of: Annotation(layer: LayerName.partOfSpeech, label: layer.labels[label], range: 0..<0,
                                     attributes: layer.attributeSets[attributes]))
        }
        let labelKinds: [Kind?] = layer.labels.indices.map { label in
            let text = layer.labels[label]
            return text == "VERB" || text == "AUX" ? nil : kind(label: label, attributes: 0)
        }
        var verbKinds = [Kind?](repeating: nil, count: layer.attributeSets.count)
        for entry in layer.annotated where Int(entry.token) < tokenCount {
            let label = Int(entry.label), attributes = Int(entry.attributes)
            if let known = labelKinds[label] {
                kinds[Int(entry.token)] = known
            } else if let known = verbKinds[attributes] {
                kinds[Int(entry.token)] = known
            } else {
                let found = kind(label: label, attributes: attributes)
                verbKinds[attributes] = found
                kinds[Int(entry.token)] = found
            }
        }
        return kinds
    }

    /// The class of a tag: its universal part of speech, and for a verb its Penn Treebank tag
    /// (read by their first letters: this runs once per token).
    static func kind(of tag: borrowing Annotation) -> Kind {
        let label = tag.label.utf8
        var letters = label.makeIterator()
        let first = letters.next() ?? 0, second = letters.next() ?? 0, third = letters.next() ?? 0
        switch (first, second) {
        case (UInt8(ascii: "V"), UInt8(ascii: "E")), (UInt8(ascii: "A"), UInt8(ascii: "U")):
            // VERB, AUX: finite when tagged VBD, VBZ, VBP or MD.
            var fine = (tag["xpos"]?.stringValue ?? "").utf8.makeIterator()
            let tagFirst = fine.next(), tagSecond = fine.next(), tagThird = fine.next()
            if tagFirst == UInt8(ascii: "M"), tagSecond == UInt8(ascii: "D") { return .finiteVerb }
            if tagFirst == UInt8(ascii: "V"), tagSecond == UInt8(ascii: "B"),
               tagThird == UInt8(ascii: "D") || tagThird == UInt8(ascii: "Z") || tagThird == UInt8(ascii: "P") { return .finiteVerb }
            return .otherVerb
        case (UInt8(ascii: "N"), UInt8(ascii: "O")): return .noun                                   // NOUN
        case (UInt8(ascii: "N"), UInt8(ascii: "U")): return .adjective                              // NUM
        case (UInt8(ascii: "P"), UInt8(ascii: "R")): return label.count == 5 ? .properNoun : .other // PROPN, PRON
        case (UInt8(ascii: "A"), UInt8(ascii: "D")):                                                // ADJ, ADV, ADP
            return third == UInt8(ascii: "J") ? .adjective : third == UInt8(ascii: "V") ? .adverb : .other
        default: return .other
        }
    }

    /// The class of the token at `index` (`unknown` without tags).
    public subscript(index: Int) -> Kind {
        index < kinds.count ? kinds[index] : .unknown
    }

    /// Whether a finite verb stands in `range`; true when the document has no tags, so that a
    /// rule asking for a clause does not reject one it cannot see.
    public func hasFiniteVerb(in range: Range<Int>) -> Bool {
        guard isTagged else { return true }
        return range.contains { self[$0] == .finiteVerb }
    }

    /// Whether any verb form stands in `range` (true without tags).
    public func hasVerb(in range: Range<Int>) -> Bool {
        guard isTagged else { return true }
        return range.contains { self[$0] == .finiteVerb || self[$0] == .otherVerb }
    }

    /// Whether the token is a common noun or an adjective, the words that qualify a noun ("water
    /// resources minister"); true without tags.
    public func isQualifier(_ index: Int) -> Bool {
        guard isTagged else { return true }
        return self[index] == .noun || self[index] == .adjective
    }
}
