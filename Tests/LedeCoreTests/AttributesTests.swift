import LedeCore
import Testing

@Suite struct AttributesTests {
    @Test func readsAndWritesLikeADictionaryInNameOrder() {
        var attributes: Attributes = ["xpos": .string("NN"), "lemma": .string("book")]
        #expect(attributes.keys == ["lemma", "xpos"])
        #expect(attributes["xpos"] == .string("NN"))
        #expect(attributes["missing"] == nil)
        attributes["count"] = .int(2)
        attributes["xpos"] = .string("VB")
        #expect(attributes.keys == ["count", "lemma", "xpos"])
        #expect(attributes["xpos"] == .string("VB"))
        attributes["lemma"] = nil
        attributes["absent"] = nil
        #expect(attributes.count == 2)
        #expect(attributes.map(\.key) == ["count", "xpos"])
        #expect(attributes.dictionary == ["count": .int(2), "xpos": .string("VB")])
    }

    @Test func aLiteralInNameOrderOrNotOrWithANameTwiceReadsTheSame() {
        let ordered: Attributes = ["count": .int(2), "lemma": .string("book"), "xpos": .string("NN")]
        let unordered: Attributes = ["xpos": .string("NN"), "count": .int(2), "lemma": .string("book")]
        #expect(ordered == unordered && ordered.keys == ["count", "lemma", "xpos"])
        // A name given twice keeps its last value, as a dictionary's subscript would.
        let twice = Attributes(dictionaryLiteral: ("a", .int(1)), ("b", .int(2)), ("b", .int(3)))
        #expect(twice.keys == ["a", "b"] && twice["b"] == .int(3))
        // Names of the same length are still compared letter by letter.
        #expect(ordered["lemmx"] == nil && ordered["lemma"] == .string("book") && ordered["xpo"] == nil)
    }

    @Test func equalWhateverTheOrderTheyWereWrittenIn() {
        var first = Attributes(), second = Attributes()
        first["a"] = .int(1); first["b"] = .int(2)
        second["b"] = .int(2); second["a"] = .int(1)
        #expect(first == second)
        #expect(Attributes(["b": .int(2), "a": .int(1)]) == first)
        second["a"] = .int(3)
        #expect(first != second)
        #expect(Attributes().isEmpty)
    }

    @Test func aLiteralIsKeptInNameOrderWhateverOrderItIsWrittenIn() {
        let sorted: Attributes = ["kind": .string("city"), "lemma": .string("x"), "xpos": .string("NNP")]
        let unsorted: Attributes = ["xpos": .string("NNP"), "kind": .string("city"), "lemma": .string("x")]
        #expect(sorted.keys == ["kind", "lemma", "xpos"])
        #expect(unsorted.keys == ["kind", "lemma", "xpos"])
        #expect(sorted == unsorted)
        // A name written twice keeps its last value, once.
        let again = "kind"
        let repeated: Attributes = ["kind": .string("city"), again: .string("town")]
        #expect(repeated.keys == ["kind"])
        #expect(repeated["kind"] == .string("town"))
    }
}
