import Foundation
import LedeCore
import Testing

@Suite struct LexiconTests {
    /// The lexicons searched in place (SortedTSV, Lexicon), found from this file's place in the
    /// checkout. (Vocabularies with a class column are read whole and need no order.)
    static var shippedLexicons: [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return ["Sources/LedeEnglish/Resources/words.tsv", "Sources/LedeEnglish/Resources/given-names.tsv",
                "Sources/LedeEnglish/Resources/surnames.tsv", "Sources/LedeEnglish/Resources/demonyms.tsv",
                "Sources/LedeEnglish/Resources/titles.tsv", "Sources/LedeEnglish/Resources/speech-verbs.tsv",
                "Plugins/Places/Resources/gazetteer.tsv", "Plugins/Entities/Resources/organizations.tsv",
                "Plugins/Entities/Resources/org-cues.tsv"].map { root.appending(path: $0) }
    }

    @Test func everyShippedLexiconLoadsSortedForBinarySearch() throws {
        for url in Self.shippedLexicons {
            let table = try SortedTSV(bytes: Array(try Data(contentsOf: url)), name: url.lastPathComponent)
            #expect(table.count > 0, "\(url.lastPathComponent) is empty")
            #expect(table.isSorted, "\(url.lastPathComponent) is not sorted by its first column")
        }
    }

    @Test func anUnsortedTableIsCorruptAndSaysWhere() {
        #expect(throws: ResourceError(resource: "t.tsv", reason: "line 3 is out of order (the keys must be sorted byte by byte)")) {
            try SortedTSV(bytes: Array("#key\nbeta\t1\nalpha\t2\n".utf8), name: "t.tsv")
        }
    }

    @Test func aMissingResourceIsKeptAndThrownByCheck() {
        let resource = ModuleResource(empty: [String]()) { () throws(ResourceError) in
            throw ResourceError(resource: "gone.tsv", reason: "not found")
        }
        #expect(resource.value.isEmpty)
        #expect(throws: ResourceError.self) { try resource.check() }
    }

    @Test func lookupsFindEveryRowOfAKeyAndNothingElse() throws {
        let table = try SortedTSV(bytes: Array("#key\tvalue\nalpha\t1\nbeta\t2\nbeta\t3\ngamma\t4\n".utf8))
        #expect(table.count == 4)
        #expect(table.rows(for: "beta").map { String($0[1]) } == ["2", "3"])
        #expect(table.rows(for: "delta").isEmpty)
        #expect(table.rows(for: "alph").isEmpty)
        #expect(table.hasKey(extending: "gam"))
        #expect(!table.hasKey(extending: "gamma"))
    }
}
