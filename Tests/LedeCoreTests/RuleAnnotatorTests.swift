import Testing
@testable import LedeCore

@Suite struct RuleAnnotatorTests {
    func annotated(_ text: String, with annotator: any Annotator) throws -> Document {
        var document = Document(text: text)
        let failures = Pipeline(ordered: CoreAnnotators.all + [annotator]).run(&document)
        #expect(failures.isEmpty)
        return document
    }

    @Test func ruleMatchesBecomeALayerNamedAfterTheRule() throws {
        let rule = try RuleAnnotator(name: "money", pattern: #"\$\d+(?:\.\d+)? ?(?:bn|billion)"#, flags: "i")
        #expect(rule.produces == ["money"] && rule.requires == ["paragraphs"])
        let document = try annotated("Deal worth $14.6bn.\n\nAnother: $2 billion, not $3.", with: rule)
        let found = document.annotations(in: "money")
        #expect(found.map { document.text(of: $0) } == ["$14.6bn", "$2 billion"])
        #expect(found.allSatisfy { $0.label == "MONEY" && $0.layer == "money" })
    }

    @Test func namedGroupsBecomeDeclaredAttributes() throws {
        let rule = try RuleAnnotator(name: "crowd", pattern: #"(?<count>\d[\d,]*) (?:fans|people)(?: in (?<place>[A-Z]\w+))?"#)
        #expect(rule.layers.first?.attributes.map(\.name) == ["count", "place"])
        let document = try annotated("About 30,000 fans in Leeds and 12 people.", with: rule)
        let found = document.annotations(in: "crowd")
        #expect(found.map { $0.attributes["count"]?.stringValue } == ["30,000", "12"])
        #expect(found.map { $0.attributes["place"]?.stringValue } == ["Leeds", nil])
    }

    @Test func matchesStayInsideAParagraph() throws {
        let rule = try RuleAnnotator(name: "span", label: "X", pattern: #"end\s+start"#)
        let document = try annotated("one end\n\nstart two end start", with: rule)
        #expect(document.annotations(in: "span").map { document.text(of: $0) } == ["end start"])
    }

    @Test func hittingTheMatchLimitIsAWarningNotAFailure() throws {
        let rule = try RuleAnnotator(name: "slow", pattern: "(a+)+$")
        let text = String(repeating: "a", count: 40) + "b\n\nfine aaa"
        let document = try annotated(text, with: rule)
        #expect(document.warnings == ["rule 'slow': match limit exceeded in 1 paragraph, skipped"])
        #expect(document.annotations(in: "slow").map { document.text(of: $0) } == ["aaa"])
    }

    @Test func badPatternsAndFlagsAreErrors() {
        #expect(throws: RegexError.self) { try RuleAnnotator(name: "x", pattern: "(") }
        #expect(throws: RegexError.self) { try RuleAnnotator(name: "x", pattern: "a", flags: "q") }
    }

    @Test func gazetteerFindsTheLongestTermTokenForToken() throws {
        let gazetteer = GazetteerAnnotator(name: "org", terms: [("United Nations", nil), ("United Nations Security Council", "COUNCIL"),
                                                              ("U.S.", "COUNTRY"), ("COVID-19", "DISEASE")])
        #expect(gazetteer.termCount == 4)
        let document = try annotated("The United Nations Security Council and the United  Nations met in the U.S. over COVID-19.", with: gazetteer)
        let found = document.annotations(in: "org").map { "\($0.label):\(document.text(of: $0))" }
        #expect(found == ["COUNCIL:United Nations Security Council", "ORG:United  Nations", "COUNTRY:U.S.", "DISEASE:COVID-19"])
    }

    @Test func gazetteerCanIgnoreCase() throws {
        let gazetteer = GazetteerAnnotator(name: "weapons", terms: [("Drone", nil)], ignoreCase: true)
        let document = try annotated("A drone, a DRONE and drones.", with: gazetteer)
        #expect(document.annotations(in: "weapons").count == 2)
    }
}

@Suite struct GazetteerTrieTests {
    @Test func termsSharingAFirstWordCostLittle() throws {
        let terms = (0..<100_000).map { (term: "the thing \($0)", label: String?.none) } + [("the end", "END")]
        let gazetteer = GazetteerAnnotator(name: "g", terms: terms)
        var document = Document(text: String(repeating: "the cat and the dog. ", count: 5_000) + "That was the end.")
        Pipeline(ordered: CoreAnnotators.all).run(&document)
        let start = ContinuousClock.now
        try gazetteer.annotate(&document)
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(document.annotations(in: "g").map(\.label) == ["END"])
    }

    @Test func labelsMustBeOneWord() throws {
        #expect(GazetteerAnnotator.isValidLabel("ORG"))
        #expect(!GazetteerAnnotator.isValidLabel("A\tB"))
        #expect(!GazetteerAnnotator.isValidLabel("A B"))
        #expect(!GazetteerAnnotator.isValidLabel(""))
    }
}

/// `--into entities`: a user's matches win over the built-in mentions they overlap.
@Suite struct MentionOverrideTests {
    @Test func aMatchReplacesWhatItOverlapsAndRenamesTheEntitysOtherMentions() throws {
        let text = "JP Morgan said so. Morgan agreed in Everton, not in Paris."
        var document = Document(text: text)
        func span(_ part: String, from start: String.Index? = nil) -> Range<Int> {
            let found = text.range(of: part, range: (start ?? text.startIndex)..<text.endIndex)!
            return text.utf8.distance(from: text.startIndex, to: found.lowerBound)..<text.utf8.distance(from: text.startIndex, to: found.upperBound)
        }
        let morgan = text.range(of: "Morgan agreed")!.lowerBound
        document.setLayer("entities", [
            Annotation(layer: "entities", label: "PERSON", range: span("JP Morgan"), attributes: ["canonical": "JP Morgan"]),
            Annotation(layer: "entities", label: "PERSON", range: span("Morgan", from: morgan), attributes: ["canonical": "JP Morgan"]),
        ])
        document.setLayer("places", [
            Annotation(layer: "places", label: "CITY", range: span("Everton")),
            Annotation(layer: "places", label: "CITY", range: span("Paris")),
        ])
        let matches = [Annotation(layer: "firms", label: "ORG", range: span("JP Morgan")),
                       Annotation(layer: "firms", label: "ORG", range: span("Everton"))]
        MentionOverride.entities.apply(matches, rule: "firms", to: &document)
        let entities = document.annotations(in: "entities")
        #expect(entities.map { document.text(of: $0) } == ["JP Morgan", "Morgan", "Everton"])
        #expect(entities.allSatisfy { $0.label == "ORG" })
        #expect(entities.map { $0.attributes["sieve"]?.stringValue } == ["rule:firms", "rule:firms", "rule:firms"])
        #expect(entities[1].attributes["canonical"]?.stringValue == "JP Morgan")
        #expect(document.annotations(in: "places").map { document.text(of: $0) } == ["Paris"])
    }
}
