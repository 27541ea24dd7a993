import LedeCore
import Testing

@Suite struct JSONReaderTests {
    func parse(_ text: String) throws -> AttributeValue {
        try JSONReader.parse(Array(text.utf8)).value
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try parse(#" {"a": [1, -2.5, 3e2, true, false, null], "b": "x\"y\\z\n\u00e9\ud83d\ude00", "c": {}} "#)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object["a"] == [1, -2.5, 300.0, true, false, nil])
        #expect(object["b"] == "x\"y\\z\né😀")
        #expect(object["c"] == .object([:]))
    }

    @Test func loneSurrogatesAndInvalidUTF8AreRepairedAndCounted() throws {
        let surrogate = try JSONReader.parse(Array(#"{"t": "a\ud800b\udc00c"}"#.utf8))
        #expect(surrogate.value == .object(["t": "a\u{FFFD}b\u{FFFD}c"]))
        #expect(surrogate.repairs == 2)
        let bytes: [UInt8] = Array(#"{"t": "a"#.utf8) + [0xFF, 0xFE] + Array(#"b"}"#.utf8)
        let invalid = try JSONReader.parse(bytes)
        #expect(invalid.value == .object(["t": "a\u{FFFD}\u{FFFD}b"]))
        #expect(invalid.repairs == 2)
    }

    @Test func hugeNumbersAreDoublesNotWrappedIntegers() throws {
        #expect(try parse("1e300") == .double(1e300))
        #expect(try parse("99999999999999999999") == .double(1e20))
        #expect(try parse("-12") == .int(-12))
        #expect(AttributeValue.double(1e300).intValue == nil)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"abc", "nul", "[1] x", "\"a\tb\"", "{\"a\":1,}", "\"\\x\""])
    func malformedTextIsAnErrorWithAPosition(_ text: String) {
        #expect(throws: JSONReader.Failure.self) { try parse(text) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect { try parse(deep) } throws: { ($0 as? JSONReader.Failure)?.message.contains("nested deeper") == true }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try parse(fine) }
    }
}

@Suite struct DocumentStructureTests {
    func document(_ text: String, tokens: [Range<Int>], sentences: [Range<Int>]) -> Document {
        var document = Document(text: text)
        let bytes = Array(text.utf8)
        document.setLayer(LayerName.tokens, tokens.map {
            Annotation(layer: LayerName.tokens, label: bytes[$0.lowerBound] == UInt8(ascii: ".") ? "PUNCT" : "WORD", range: $0)
        })
        document.setLayer(LayerName.sentences, sentences.map { Annotation(layer: LayerName.sentences, label: "SENTENCE", range: $0) })
        return document
    }

    @Test func consistentLayersAreKept() {
        var document = document("Ab cd. Ef.", tokens: [0..<2, 3..<5, 5..<6, 7..<9, 9..<10], sentences: [0..<6, 7..<10])
        #expect(document.repairStructure().isEmpty)
        #expect(document.tokens.count == 5)
    }

    @Test func overlappingTokensAreRebuilt() {
        var document = document("Ab cd. Ef.", tokens: [0..<6, 3..<5], sentences: [0..<10])
        let problems = document.repairStructure()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("token 2 overlaps token 1") == true)
        #expect(document.tokens.map(\.range) == [0..<2, 3..<5, 5..<6, 7..<9, 9..<10])
    }

    @Test func sentencesThatLeaveATokenOutAreRebuilt() {
        var document = document("Ab cd. Ef.", tokens: [0..<2, 3..<5, 5..<6, 7..<9, 9..<10], sentences: [0..<6])
        let problems = document.repairStructure()
        #expect(problems.first?.contains("token 4 ('Ef') is not inside one sentence") == true)
        #expect(document.annotations(in: LayerName.sentences).map(\.range) == [0..<6, 7..<10])
    }

    @Test func sentencesWithoutTokensBringTheTokens() {
        var document = Document(text: "Ab. Cd.")
        document.setLayer(LayerName.sentences, [Annotation(layer: LayerName.sentences, label: "SENTENCE", range: 0..<7)])
        _ = document.repairStructure()
        #expect(document.tokens.count == 4)
        #expect(document.hasLayer(LayerName.sentences))
    }

    @Test func decodingAnInconsistentDocumentWarns() throws {
        let json = #"{"text": "Ab cd.", "annotations": [{"layer": "tokens", "label": "WORD", "start": 0, "end": 5}, {"layer": "tokens", "label": "WORD", "start": 1, "end": 2}]}"#
        let document = try DocumentJSON.decode(Array(json.utf8))
        #expect(document.warnings.count == 1)
        #expect(document.tokens.count == 3)
    }

    @Test func offsetsThatAreNotIntegersAreRejectedByValue() {
        let json = #"{"text": "abc", "annotations": [{"layer": "x", "label": "Y", "start": 1e300, "end": 2}]}"#
        #expect { try DocumentJSON.decode(Array(json.utf8)) } throws: {
            ($0 as? DocumentJSON.DecodingError)?.reason.contains("1e+300-2") == true
        }
    }
}
