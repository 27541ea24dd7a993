import LedeCore
import LedeEnglish
import Testing

@Suite struct EnglishTests {
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

    @Test func everyEnglishResourceLoads() throws {
        try English.check()
        #expect(English.functionWords.contains("the"))
        #expect(English.organizationNouns.contains("agency"))
        #expect(English.namingWords.contains("nicknamed"))
    }

    @Test func englishTokenizationKeepsAbbreviationsWhole() {
        let text = "Mr. Smith met Gen. Lee in the U.S. The talks ended."
        let bytes = Array(text.utf8)
        let words = Tokenizer(rules: English.tokenization).tokenize(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(words.prefix(5) == ["Mr.", "Smith", "met", "Gen.", "Lee"])
        let neutral = Tokenizer().tokenize(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(neutral.prefix(2) == ["Mr", "."])
    }

    @Test func honorificsComeFromTheTitlesLexicon() {
        #expect(English.isHonorific("Mr."))
        #expect(English.isHonorific("Dr"))
        #expect(!English.isHonorific("President"))
        #expect(English.isTitleAbbreviation("Prof."))
    }
}
