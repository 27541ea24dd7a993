import Foundation
import LedeCore
import LedeEnglish
import Testing

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        var document = Document(text: text)
        try? TokensAnnotator(rules: English.tokenization).annotate(&document)
        try? SentencesAnnotator(rules: English.tokenization).annotate(&document)
        return document.annotations(in: LayerName.sentences).map { document.text(of: $0) }
    }

    @Test func endsAtTerminalPunctuation() {
        #expect(sentences("Iran said no. Israel said yes! Why? Nobody knows…") ==
                ["Iran said no.", "Israel said yes!", "Why?", "Nobody knows…"])
    }

    @Test func sentenceEndingInsideQuotes() {
        #expect(sentences("He said “it is over.” Then he left.") == ["He said “it is over.”", "Then he left."])
        #expect(sentences("“Why?” he asked. “Because.”") == ["“Why?” he asked.", "“Because.”"])
        #expect(sentences("“We have no talks,” Araghchi said. “No rational mind would.”") ==
                ["“We have no talks,” Araghchi said.", "“No rational mind would.”"])
    }

    @Test func abbreviationsAndInitials() {
        #expect(sentences("Mr. Smith met Gen. Rao and J. K. Rowling.") == ["Mr. Smith met Gen. Rao and J. K. Rowling."])
        #expect(sentences("He flew to the U.S. The talks failed.") == ["He flew to the U.S.", "The talks failed."])
        #expect(sentences("U.S. President Joe Biden spoke.") == ["U.S. President Joe Biden spoke."])
        #expect(sentences("Acme Inc. said profits rose 3.5 percent.") == ["Acme Inc. said profits rose 3.5 percent."])
        #expect(sentences("The state asked for Rs. 500 crore. It waited.") == ["The state asked for Rs. 500 crore.", "It waited."])
    }

    @Test func anAbbreviationWrittenInCapitalsIsStillOne() {
        #expect(sentences("ST. LOUIS, June 4 (AP) — The river rose. MT. VERNON was spared.") ==
                ["ST. LOUIS, June 4 (AP) — The river rose.", "MT. VERNON was spared."])
        // A word of capitals that is no abbreviation still ends the sentence, and so does one
        // that is, in capitals, before a sentence's first word.
        #expect(sentences("THE PLAN WORKED. NOBODY LEFT.") == ["THE PLAN WORKED.", "NOBODY LEFT."])
        #expect(sentences("He told the FT. The paper ran it.") == ["He told the FT.", "The paper ran it."])
        #expect(sentences("She was diagnosed with MS. She is well.") == ["She was diagnosed with MS.", "She is well."])
    }

    @Test func headlinesEndAtLineBreaks() {
        #expect(sentences("Iran hardens stance on US\nIran says peace hinges on Israel.\n4 hours ago") ==
                ["Iran hardens stance on US", "Iran says peace hinges on Israel.", "4 hours ago"])
    }

    @Test func wrappedLinesDoNotEndSentences() {
        #expect(sentences("The minister said the talks\nwould resume on Friday.") ==
                ["The minister said the talks\nwould resume on Friday."])
    }

    @Test func blankLinesAlwaysEndSentences() {
        #expect(sentences("First paragraph without a stop\n\nsecond one") == ["First paragraph without a stop", "second one"])
    }

    @Test func theSampleArticleHas28Sentences() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Examples/articles/iran-us.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let found = sentences(text)
        #expect(found.count == 28)
        #expect(found.first == "Iran hardens stance on US, saying can't talk with 'partner in crime'")
        #expect(found.contains("“We have no negotiations with anyone about our missile programme,” Araghchi said in a televised interview."))
        #expect(found.contains("Contact us"))
    }
}

@Suite struct ParagraphSplitterTests {
    func paragraphs(_ text: String) -> [String] {
        var document = Document(text: text)
        try? ParagraphsAnnotator().annotate(&document)
        return document.annotations(in: LayerName.paragraphs).map { document.text(of: $0) }
    }

    @Test func blankLinesSeparateParagraphs() {
        #expect(paragraphs("Title\nsubtitle\n\n  First para.  \n \nSecond para.\n") == ["Title\nsubtitle", "First para.", "Second para."])
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() {
        #expect(paragraphs("One.\nTwo.\r\nThree.") == ["One.", "Two.", "Three."])
    }

    @Test func emptyText() {
        #expect(paragraphs("").isEmpty)
        #expect(paragraphs("\n\n \n").isEmpty)
    }
}
