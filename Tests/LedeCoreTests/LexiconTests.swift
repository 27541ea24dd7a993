import Foundation
import LedeCore
import Testing

@Suite struct LexiconTests {
    /// The lexicons that are searched in place (SortedTSV, Lexicon), found from this file's place
    /// in the checkout.
    static var shippedLexicons: [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var found: [URL] = []
        for folder in ["Sources/LedeCore/Resources", "Plugins/Places/Resources", "Plugins/Entities/Resources"] {
            let files = (try? FileManager.default.contentsOfDirectory(at: root.appending(path: folder), includingPropertiesForKeys: nil)) ?? []
            found += files.filter { $0.pathExtension == "tsv" }
        }
        return found
    }

    @Test func everyShippedLexiconIsSortedForBinarySearch() throws {
        let lexicons = Self.shippedLexicons
        #expect(lexicons.count >= 8)
        for url in lexicons {
            let table = try SortedTSV(contentsOf: url)
            let rows = table.count
            let sorted = table.isSorted
            #expect(rows > 0, "\(url.lastPathComponent) is empty")
            #expect(sorted, "\(url.lastPathComponent) is not sorted by its first column")
        }
    }

    @Test func lookupsFindEveryRowOfAKeyAndNothingElse() {
        let table = SortedTSV(bytes: Array("#key\tvalue\nalpha\t1\nbeta\t2\nbeta\t3\ngamma\t4\n".utf8))
        #expect(table.count == 4)
        #expect(table.rows(for: "beta").map { String($0[1]) } == ["2", "3"])
        #expect(table.rows(for: "delta").isEmpty)
        #expect(table.rows(for: "alph").isEmpty)
        #expect(table.hasKey(extending: "gam"))
        #expect(!table.hasKey(extending: "gamma"))
    }

    @Test func englishDataAnswersTheQuestionsAnnotatorsAsk() {
        #expect(English.givenNames["kaja"]?.gender == .female)
        #expect(English.demonyms["Iranian"]?.country == "IR")
        #expect(English.speechVerbs["said"]?.lemma == "say")
        #expect(English.titles.all("minister").contains { $0.kind == .head })
        #expect(English.words["meanwhile"]?.level != nil)
        #expect(English.words["zzzqqq"] == nil)
    }

    @Test func memoizedLookupsGiveTheSameAnswerFromManyThreads() async {
        let answers = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<16 { group.addTask { English.speechVerbs["warned"]?.lemma } }
            return await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(answers == Array(repeating: "warn", count: 16))
    }
}
