import Foundation
import LedeCore
import Testing

/// The token table: the layers of one annotation per token written as columns, and read back.
@Suite struct TokenTableTests {
    /// Two short paragraphs, tokenized, with a tag on the words (not on the punctuation).
    func tagged() throws -> Document {
        var document = Document(id: "t", text: "Zoë sees “Bob”.\n\nAnn left.")
        try Pipeline(names: ["tokens", "sentences", "paragraphs"], registry: Registry(annotators: CoreAnnotators.all)).run(&document)
        var layer = TokenLayer()
        let name = layer.addLabel("PROPN"), verb = layer.addLabel("VERB")
        let zoe = layer.addAttributes(["lemma": "Zoë", "xpos": "NNP"]), see = layer.addAttributes(["lemma": "see"])
        let plain = layer.addAttributes([:]), leave = layer.addAttributes(["lemma": "leave"])
        // Tokens: Zoë sees “ Bob ” . Ann left .
        _ = layer.append(token: 0, label: name, attributes: zoe)
        _ = layer.append(token: 1, label: verb, attributes: see)
        _ = layer.append(token: 3, label: name, attributes: plain)
        _ = layer.append(token: 6, label: name, attributes: plain)
        _ = layer.append(token: 7, label: verb, attributes: leave)
        document.setTokenLayer("pos", layer)
        return document
    }

    func parse(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func theColumnsHoldAValueForEveryToken() throws {
        let document = try tagged()
        let object = try parse(DocumentJSON.encode(document, tokenTable: true))
        let table = try #require(object["tokens"] as? [String: Any])
        #expect(Set(table.keys) == ["start", "end", "kind", "pos", "pos.lemma", "pos.xpos"])
        #expect(table["start"] as? [Int] == [0, 4, 9, 10, 13, 14, 17, 21, 25])
        #expect(table["end"] as? [Int] == [3, 8, 10, 13, 14, 15, 20, 25, 26])
        let labels = try #require(table["pos"] as? [Any])
        #expect(labels.count == 9)
        #expect(labels[0] as? String == "PROPN" && labels[1] as? String == "VERB" && labels[2] is NSNull && labels[8] is NSNull)
        let lemmas = try #require(table["pos.lemma"] as? [Any])
        #expect(lemmas[0] as? String == "Zoë" && lemmas[7] as? String == "leave" && lemmas[3] is NSNull)
        let annotations = try #require(object["annotations"] as? [[String: Any]])
        #expect(Set(annotations.compactMap { $0["layer"] as? String }) == ["sentences", "paragraphs"])
    }

    @Test func readBackItIsTheSameDocument() throws {
        let document = try tagged()
        for pretty in [false, true] {
            let again = try DocumentJSON.decode(Array(DocumentJSON.encode(document, pretty: pretty, tokenTable: true).utf8))
            #expect(again.tokens == document.tokens)
            for layer in ["tokens", "pos", "sentences", "paragraphs"] {
                #expect(again.annotations(in: layer) == document.annotations(in: layer), "\(layer)")
            }
            #expect(again.warnings.isEmpty)
        }
    }

    @Test func writtenInPiecesItIsTheSameText() throws {
        var document = Document(id: "t", text: String(repeating: "Zoë said “no”. Then 5 % left.\n\n", count: 200))
        try Pipeline(names: ["tokens", "sentences", "paragraphs"], registry: Registry(annotators: CoreAnnotators.all)).run(&document)
        let whole = DocumentJSON.encode(document, tokenTable: true)
        var pieces: [String] = []
        DocumentJSON.encode(document, tokenTable: true, chunkBytes: 100) { pieces.append($0) }
        #expect(pieces.count > 10)
        #expect(pieces.joined() == whole)
    }

    @Test func onlyTheLayersAskedForAreColumns() throws {
        let document = try tagged()
        let object = try parse(DocumentJSON.encode(document, layers: ["pos"], tokenTable: true))
        let table = try #require(object["tokens"] as? [String: Any])
        #expect(Set(table.keys) == ["start", "end", "pos", "pos.lemma", "pos.xpos"])
        #expect((object["annotations"] as? [Any])?.isEmpty == true)
        let none = try parse(DocumentJSON.encode(document, layers: ["sentences"], tokenTable: true))
        #expect(none["tokens"] == nil)
    }

    @Test func aLayerWithADotInItsNameStaysAnnotations() throws {
        var document = try tagged()
        var dotted = TokenLayer()
        let label = dotted.addLabel("X"), none = dotted.addAttributes(["note": "n"])
        _ = dotted.append(token: 0, label: label, attributes: none)
        document.setTokenLayer("my.tags", dotted)
        let json = DocumentJSON.encode(document, tokenTable: true)
        let table = try #require(try parse(json)["tokens"] as? [String: Any])
        #expect(!table.keys.contains { $0.hasPrefix("my") })
        let again = try DocumentJSON.decode(Array(json.utf8))
        #expect(again.annotations(in: "my.tags") == document.annotations(in: "my.tags"))
        #expect(again.annotations(in: "pos") == document.annotations(in: "pos"))
    }

    @Test func aTableThatDoesNotHoldTogetherIsRefused() {
        let cases: [(String, String)] = [
            (#"{"text":"Ab c","tokens":{"start":[0,3],"end":[2]}}"#, "no \"start\" and \"end\" lists of one length"),
            (#"{"text":"Ab c","tokens":{"start":[0,3],"end":[2,9]}}"#, "token 2 of the token table has offsets 3-9"),
            (#"{"text":"Ab c","tokens":{"start":[0,3],"end":[2,4],"pos":["X"]}}"#, "column \"pos\" of the token table is not a list of 2 values"),
            (#"{"text":"Ab c","tokens":{"start":[0,3],"end":[2,4],"pos.lemma":["a","c"]}}"#, "column \"pos.lemma\" of the token table has no column \"pos\""),
            (#"{"text":"Ab c","tokens":[0,3]}"#, "\"tokens\" is not a token table"),
        ]
        for (json, message) in cases {
            do {
                _ = try DocumentJSON.decode(Array(json.utf8))
                Issue.record("accepted \(json)")
            } catch {
                #expect(error.description.contains(message), "\(error.description)")
            }
        }
    }

    @Test func aTokenOfManyCharactersKeepsItsEnd() throws {
        // Token lengths are kept in a byte each, the longer ones aside: 300 letters are one token.
        let long = String(repeating: "é", count: 300)
        var document = Document(id: "t", text: "Short \(long) end.")
        try Pipeline(names: ["tokens", "sentences"], registry: Registry(annotators: CoreAnnotators.all)).run(&document)
        let table = try #require(try parse(DocumentJSON.encode(document, tokenTable: true))["tokens"] as? [String: Any])
        #expect(table["start"] as? [Int] == [0, 6, 307, 310])
        #expect(table["end"] as? [Int] == [5, 306, 310, 311])
        let read = try DocumentJSON.decode(Array(DocumentJSON.encodedBytes(document, tokenTable: true)))
        #expect(read.tokens.map(\.range) == document.tokens.map(\.range))
    }

    @Test func theTableIsWrittenExactlyAsDocumented() throws {
        let document = try tagged()
        let written = DocumentJSON.encode(document, layers: ["tokens", "pos"], tokenTable: true)
        // Byte for byte: the column order (offsets, kinds, then each layer's labels and its
        // attributes by name), null where a token has no annotation or no such attribute.
        #expect(written == "{\"id\":\"t\",\"text\":\"Zoë sees “Bob”.\\n\\nAnn left.\",\"tokens\":{\"start\":[0,4,9,10,13,14,17,21,25],\"end\":[3,8,10,13,14,15,20,25,26],\"kind\":[\"WORD\",\"WORD\",\"QUOTE\",\"WORD\",\"QUOTE\",\"PUNCT\",\"WORD\",\"WORD\",\"PUNCT\"],\"pos\":[\"PROPN\",\"VERB\",null,\"PROPN\",null,null,\"PROPN\",\"VERB\",null],\"pos.lemma\":[\"Zoë\",\"see\",null,null,null,null,null,\"leave\",null],\"pos.xpos\":[\"NNP\",null,null,null,null,null,null,null,null]},\"annotations\":[]}")
    }
}
