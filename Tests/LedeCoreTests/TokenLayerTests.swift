import LedeCore
import Testing

/// A layer kept compactly, one annotation per token, reads as any other layer.
@Suite struct TokenLayerTests {
    /// "Ann sees Bob." tokenized, with a tag on each word and on the full stop.
    func tagged() -> Document {
        var document = Document(text: "Ann sees Bob.")
        document.setTokens([Token(range: 0..<3, kind: .word), Token(range: 4..<8, kind: .word),
                            Token(range: 9..<12, kind: .word), Token(range: 12..<13, kind: .punctuation)])
        var layer = TokenLayer()
        let name = layer.addLabel("PROPN"), verb = layer.addLabel("VERB"), mark = layer.addLabel("PUNCT")
        let ann = layer.addAttributes(["lemma": "Ann"]), see = layer.addAttributes(["lemma": "see"])
        let bob = layer.addAttributes(["lemma": "Bob"]), stop = layer.addAttributes([:])
        let added = [layer.append(token: 0, label: name, attributes: ann), layer.append(token: 1, label: verb, attributes: see),
                     layer.append(token: 2, label: name, attributes: bob), layer.append(token: 3, label: mark, attributes: stop)]
        #expect(added == [true, true, true, true])
        document.setTokenLayer("pos", layer)
        return document
    }

    /// The same annotations as an ordinary layer.
    func plain() -> Document {
        var document = tagged()
        let annotations = document.annotations(in: "pos")
        document.removeLayer("pos")
        document.setLayer("pos", annotations)
        return document
    }

    @Test func itReadsAsAnnotations() {
        let document = tagged()
        #expect(document.hasLayer("pos"))
        #expect(document.layerNames == ["tokens", "pos"])
        let annotations = document.annotations(in: "pos")
        #expect(annotations.map(\.label) == ["PROPN", "VERB", "PROPN", "PUNCT"])
        #expect(annotations.map { document.text(of: $0) } == ["Ann", "sees", "Bob", "."])
        #expect(annotations[1]["lemma"]?.stringValue == "see")
        #expect(annotations.allSatisfy { $0.layer == "pos" })
        var visited: [String] = []
        document.forEachAnnotation(in: "pos") { visited.append($0.label) }
        #expect(visited == annotations.map(\.label))
    }

    @Test func itIsWrittenAsAnOrdinaryLayerIs() {
        #expect(DocumentJSON.encode(tagged()) == DocumentJSON.encode(plain()))
    }

    @Test func aTokenOutOfOrderOrAnUnknownNumberIsRefused() {
        var layer = TokenLayer()
        let label = layer.addLabel("X"), attributes = layer.addAttributes([:])
        let added = [layer.append(token: 1, label: label, attributes: attributes),
                     layer.append(token: 1, label: label, attributes: attributes), // the same token again
                     layer.append(token: 0, label: label, attributes: attributes), // before it
                     layer.append(token: 2, label: 5, attributes: attributes),     // no such label
                     layer.append(token: 2, label: label, attributes: 5),          // no such attributes
                     layer.append(token: -1, label: label, attributes: attributes)]
        #expect(added == [true, false, false, false, false, false])
        #expect(layer.count == 1)
        let again = layer.addLabel("X")
        #expect(again == label)
    }

    @Test func newTokensKeepItsAnnotationsAndRemovingItRemovesIt() {
        var document = tagged()
        let before = document.annotations(in: "pos")
        document.setTokens([Token(range: 0..<13, kind: .word)])
        #expect(document.annotations(in: "pos") == before)
        #expect(document.tokenLayer("pos") == nil)
        var other = tagged()
        other.removeLayer("pos")
        #expect(!other.hasLayer("pos"))
        #expect(other.annotations(in: "pos").isEmpty)
        #expect(other.layerNames == ["tokens"])
    }

    @Test func coarseTagsAreReadFromTheTables() {
        var document = tagged()
        let tags = document.tokenTags()
        #expect(tags[0] == .properNoun)
        #expect(tags[1] == .otherVerb)
        #expect(tags[3] == .other)
    }

    @Test func aLayerWithMoreAttributesThanAreWrittenOnceReadsBackWhole() throws {
        // The JSON of a layer's attribute sets is written once each, up to a limit in bytes; a
        // layer with a set of its own per token, past that limit, is written as each token comes.
        let count = 80_000
        let text = String(repeating: "w ", count: count)
        var document = Document(id: "many", text: text)
        document.setTokens((0..<count).map { Token(range: 2 * $0..<2 * $0 + 1, kind: .word) })
        var layer = TokenLayer()
        let label = layer.addLabel("W")
        for index in 0..<count {
            let set = layer.addAttributes(["note": .string("token number \(index) of a layer with a set per token")])
            layer.append(token: index, label: label, attributes: set)
        }
        document.setTokenLayer("notes", layer)
        let read = try DocumentJSON.decode(DocumentJSON.encodedBytes(document, layers: ["notes"]))
        let notes = read.annotations(in: "notes")
        #expect(notes.count == count)
        #expect(notes.first?.attributes["note"] == .string("token number 0 of a layer with a set per token"))
        #expect(notes.last?.attributes["note"] == .string("token number \(count - 1) of a layer with a set per token"))
        #expect(notes.map(\.range) == document.tokens.map(\.range))
    }
}
