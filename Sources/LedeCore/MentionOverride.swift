/// Where a user rule or gazetteer also puts its matches (`rule … --into entities`): into a
/// built-in layer, where they win over the built-in mentions they overlap, as spaCy's
/// EntityRuler with `overwrite_ents`. The annotators that read that layer (roles, quotes) run
/// after the rule and see the corrected mentions.
public struct MentionOverride: Sendable, Hashable {
    /// The layer the matches are written into.
    public let layer: String
    /// The layers whose mentions are removed where a match overlaps them (an organization found
    /// by a user's rule is no longer a place either).
    public let clears: [String]
    /// The layers it needs before it can run.
    public let requires: [String]

    /// Into `entities`: a match replaces the entities and places it overlaps.
    public static let entities = MentionOverride(layer: LayerName.entities, clears: [LayerName.entities, LayerName.places],
                                                 requires: [LayerName.entities, LayerName.places])

    /// The targets `--into` takes, by name.
    public static let targets: [String: MentionOverride] = [LayerName.entities: .entities]

    /// Writes `matches` (annotations of the rule's own layer, sorted) into the target layer:
    /// each becomes a mention with the same label and attributes, its `canonical` name its text
    /// (unless a capture group gave one) and its `sieve` "rule:NAME"; every mention of the
    /// cleared layers that overlaps a match is removed, and the other mentions of an entity the
    /// rule replaced (its short forms: "Morgan" after "JP Morgan") take the rule's label and name.
    public func apply(_ matches: [Annotation], rule: String, to document: inout Document) {
        guard !matches.isEmpty else { return }
        func overlapsAMatch(_ range: Range<Int>) -> Bool {
            matches.contains { $0.range.overlaps(range) }
        }
        for cleared in clears where document.hasLayer(cleared) && cleared != layer {
            let kept = document.annotations(in: cleared).filter { !overlapsAMatch($0.range) }
            document.setLayer(cleared, kept)
        }
        var mentions: [Annotation] = []
        var replaced: [String: Annotation] = [:]  // built-in canonical name → the mention that replaced it
        var made: [Annotation] = []
        for match in matches {
            var attributes = match.attributes
            if attributes["canonical"] == nil {
                attributes["canonical"] = .string(String(decoding: document.bytes[match.range], as: UTF8.self))
            }
            attributes["sieve"] = .string("rule:\(rule)")
            made.append(Annotation(layer: layer, label: match.label, range: match.range, attributes: attributes))
        }
        for mention in document.annotations(in: layer) {
            if let match = made.first(where: { $0.range.overlaps(mention.range) }) {
                if let canonical = mention.attributes["canonical"]?.stringValue, replaced[canonical] == nil {
                    replaced[canonical] = match
                }
            } else {
                mentions.append(mention)
            }
        }
        for index in mentions.indices {
            guard let canonical = mentions[index].attributes["canonical"]?.stringValue,
                  let replacement = replaced[canonical] else { continue }
            mentions[index].label = replacement.label
            mentions[index].attributes["canonical"] = replacement.attributes["canonical"]
            mentions[index].attributes["sieve"] = .string("rule:\(rule)")
        }
        document.setLayer(layer, mentions + made)
    }
}
