import Testing
@testable import LedeCore

/// The filter in front of every lexicon lookup: it may let a non-key through, never a key out.
@Suite struct KeyFilterTests {
    static let keys = (0..<5_000).map { "word\($0)" } + ["Łódź", "São Paulo", "e-mail", "U.S.", "x"]

    static func table() throws -> SortedTSV {
        let rows = keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { "\($0)\t1\n" }
        return try SortedTSV(bytes: Array(("#key\tvalue\n" + rows.joined()).utf8))
    }

    @Test func everyKeyMayBeContained() throws {
        let filter = KeyFilter(try Self.table())
        for key in Self.keys { #expect(filter.mayContain(key), "\(key)") }
    }

    @Test func mostOtherWordsAreRuledOut() throws {
        let filter = KeyFilter(try Self.table())
        let others = (0..<10_000).map { "other\($0)" } + ["Word1", "word", "word5000", "Lodz", ""]
        let passed = others.filter { filter.mayContain($0) }.count
        #expect(passed < others.count / 20, "\(passed) of \(others.count) got through")
    }

    @Test func aLexiconAnswersAsItsTableDoes() throws {
        let lexicon = Lexicon<String>(table: try Self.table()) { String($0[1]) }
        #expect(lexicon["word42"] == "1")
        #expect(lexicon["São Paulo"] == "1")
        #expect(lexicon["word42 "] == nil)
        #expect(lexicon.all("U.S.").count == 1)
        #expect(lexicon.all("US").isEmpty)
    }

    @Test func anEmptyTableContainsNothing() {
        let filter = KeyFilter(SortedTSV())
        #expect(!filter.mayContain("anything"))
        #expect(!filter.mayContain(""))
    }
}
