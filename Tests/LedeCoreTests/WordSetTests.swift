import Testing
@testable import LedeCore

/// The word sets annotators ask about every token.
@Suite struct WordSetTests {
    @Test func findsExactlyItsWords() {
        let words: WordSet = ["the", "of", "Mr.", "São", "e-mail", ""]
        for word in ["the", "of", "Mr.", "São", "e-mail", ""] { #expect(words.contains(word), "\(word)") }
        for word in ["The", "th", "thee", "Mr", "Sao", "email", " "] { #expect(!words.contains(word), "\(word)") }
    }

    @Test func manyWordsAreAllFoundAndOthersNot() {
        let members = (0..<3_000).map { "w\($0)" }
        let set = WordSet(members)
        #expect(set.count == 3_000)
        #expect(members.allSatisfy { set.contains($0) })
        #expect(!(3_000..<6_000).contains { set.contains("w\($0)") })
    }

    @Test func repeatsAreKeptOnceAndUnionsJoin() {
        let first: WordSet = ["a", "b", "a"]
        #expect(Array(first) == ["a", "b"])
        let both = first.union(["b", "c"])
        #expect(both.count == 3 && both.contains("c") && both.contains("a"))
        #expect(both == ["c", "b", "a"])
        #expect(WordSet([]).isEmpty && !WordSet([]).contains(""))
    }
}
