import LedeCore
import LedeEnglish

/// The `roles` annotator: one `ROLE` record per distinct (person, title) in the document, with
/// `person` (the fullest name), `title` (as written), `org` (as written, a nationality turned
/// into its country, a pointing-back phrase such as "the agency's" into the organization's full
/// name, or null) and `mentions` (every title mention that supports it, in scalar offsets).
///
/// Patterns around PERSON mentions: before the name (`Iranian President Masoud Pezeshkian`,
/// `EU foreign policy chief Kaja Kallas`, `Lt Gen Rao`), before it with a comma (`Norway’s trade
/// minister, Marius Holte`), in apposition after it (`Brandt, the finance chief,`; `Ana Lima,
/// an economist at the bank`) and after a copula (`Patel is the chief executive of Acme`).
/// Honorifics are not roles; descriptions without a name ("the minister said") add nothing.
public struct RolesAnnotator: Annotator {
    public let name = "roles"
    public let summary = "Who holds which title, for which organization (ROLE with person, title, org)"
    public let requires = [LayerName.tokens, LayerName.sentences, LayerName.partOfSpeech, LayerName.entities, LayerName.places]
    public let layers = [LayerSpec(
        name: LayerName.roles, kind: .relation, title: "Roles",
        labels: [LabelSpec("ROLE", "a person holding a title")],
        attributes: [
            AttributeSpec("person", .string, "the person's fullest name", isColumn: true, role: .agent),
            AttributeSpec("title", .string, "the title as written", isColumn: true),
            AttributeSpec("org", .string, "the organization or country the title is held in", isColumn: true),
            AttributeSpec("mentions", .list, "every mention of the title, as [start, end] pairs", role: .offsets),
            AttributeSpec("sieve", .string, "the pattern that found the first mention (roles --why)"),
        ])]

    public init() {}

    public func annotate(_ document: inout Document) throws {
        try English.check()
        try RolesVocabulary.resource.check()
        let found = RoleFinder(document: document, tags: document.tokenTags()).find()
        // One record per (person, title), the first mention giving its span.
        var records: [(key: String, mention: RoleMention, mentions: [Range<Int>], organization: String?)] = []
        for mention in found {
            let key = mention.person + "\u{1F}" + WordForm.lowercasedASCII(mention.title)
            if let index = records.firstIndex(where: { $0.key == key }) {
                records[index].mentions.append(mention.range)
                if records[index].organization == nil { records[index].organization = mention.organization }
            } else {
                records.append((key, mention, [mention.range], mention.organization))
            }
        }
        let offsets = document.scalarOffsets
        document.setLayer(LayerName.roles, records.map { record in
            let mentions = record.mentions.map { range -> AttributeValue in
                let scalars = offsets.scalarRange(ofBytes: range)
                return .array([.int(scalars.lowerBound), .int(scalars.upperBound)])
            }
            return Annotation(layer: LayerName.roles, label: "ROLE", range: record.mention.range, attributes: [
                "person": .string(record.mention.person),
                "title": .string(record.mention.title),
                "org": .optional(record.organization),
                "mentions": .array(mentions),
                "sieve": .string(record.mention.sieve),
            ])
        })
    }
}
