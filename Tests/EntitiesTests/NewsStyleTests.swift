import Entities
import LedeCore
import LedeTestSupport
import Testing

/// Telling a news report from other writing: the recognizer decides alone outside news.
@Suite struct NewsStyleTests {
    func readsAsNews(_ text: String) throws -> Bool {
        var document = Document(text: text)
        let failures = try Pipeline(names: ["tokens"], registry: TestRegistry.core).run(&document)
        if let failure = failures.first { throw failure }
        return NewsStyle.readsAsNews(document)
    }

    /// `sentences` repeated until the text has at least `words` words.
    func text(_ sentences: String, words: Int = 150) -> String {
        var text = sentences
        while text.split(separator: " ").count < words { text += " " + sentences }
        return text
    }

    @Test func aReportOfWhatPeopleSaidReadsAsNews() throws {
        let report = text("The council voted on Tuesday to close the bridge for repairs. Its chair, Dana Okoro, said the work "
            + "would take a year. Drivers will use the ferry, according to the port authority. Shops near the bridge told "
            + "the council they feared losing trade, and the chamber of commerce says it will ask for help.")
        #expect(try readsAsNews(report))
    }

    @Test func aStoryInTheFirstPersonDoesNotReadAsNews() throws {
        let story = text("I said to my brother that you cannot cross the river at night. He said nothing. I told him "
            + "your boat is too small, and he laughed at me and said my fears were old.")
        #expect(try !readsAsNews(story))
    }

    @Test func anEncyclopediaEntryDoesNotReadAsNews() throws {
        let entry = text("The river rises in the northern hills and flows south for two hundred kilometres. Its valley "
            + "was settled in the ninth century, and the old town at its mouth grew rich on the salt trade.")
        #expect(try !readsAsNews(entry))
    }

    @Test func aTextTooShortToTellReadsAsNews() throws {
        #expect(try readsAsNews("The ferry left the harbour at noon."))
        #expect(try readsAsNews(""))
    }
}
