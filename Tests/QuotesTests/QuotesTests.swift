import Entities
import Foundation
import LedeCore
import Places
import Quotes
import Roles
import LedeTestSupport
import Testing

/// The quotes annotator: quotation marks, attribution sieves and indirect speech.
@Suite struct QuotesTests {
    struct Quote: Equatable, CustomStringConvertible {
        let label: String
        let text: String
        let speaker: String?
        var description: String { "\(label) \(speaker ?? "-"): \(text)" }
    }

    func annotate(_ text: String) throws -> Document {
        var document = Document(text: text)
        let registry = TestRegistry.with(PlacesModule.self, EntitiesModule.self, RolesModule.self, QuotesModule.self)
        try Pipeline(names: ["quotes"], registry: registry).run(&document)
        return document
    }

    func quotes(_ text: String, _ labels: Set<String> = ["DIRECT", "PARTIAL", "INDIRECT"]) throws -> [Quote] {
        let document = try annotate(text)
        return document.annotations(in: LayerName.quotes).filter { labels.contains($0.label) }.map {
            Quote(label: $0.label, text: document.text(of: $0), speaker: $0["speaker"]?.stringValue)
        }
    }

    func speakers(_ text: String) throws -> [String?] {
        try quotes(text, ["DIRECT", "PARTIAL"]).map(\.speaker)
    }

    // MARK: Sieves

    @Test func speechVerbNextToTheQuoteInEitherOrder() throws {
        #expect(try speakers("“We have no talks,” Abbas Araghchi said.") == ["Abbas Araghchi"])
        #expect(try speakers("“The price is full,” said Ahmed Al-Rashid.") == ["Ahmed Al-Rashid"])
        #expect(try speakers("Abbas Araghchi said: “We have no talks.”") == ["Abbas Araghchi"])
    }

    @Test func aPlaceOrOrganizationQualifyingTheTitleAfterTheVerbIsNotTheSpeaker() throws {
        #expect(try speakers("“We will not talk,” said Iran’s foreign minister Abbas Araghchi.") == ["Abbas Araghchi"])
        #expect(try speakers("“Talks are over,” said U.S. Deputy Press Secretary Sam Hale.") == ["Sam Hale"])
        #expect(try speakers("“Rates will rise,” said Norway's central bank governor Ida Wolden Bache on Monday.") == ["Ida Wolden Bache"])
        // The organization itself speaks when no person follows, or when a comma or a verb comes first.
        #expect(try speakers("“Talks are over,” said Reuters.") == ["Reuters"])
        #expect(try speakers("“Talks are over,” said Reuters, citing Sam Hale.") == ["Reuters"])
    }

    @Test func appositionBetweenSpeakerAndVerb() throws {
        #expect(try speakers("“It was fast,” Hugh Hill, a doctor, said.") == ["Hugh Hill"])
        #expect(try speakers("Hugh Hill, a doctor at the clinic, said: “It was fast.”") == ["Hugh Hill"])
        #expect(try speakers("“It was fast,” Halvorsen’s chief executive, Ingrid Solberg, told reporters.") == ["Ingrid Solberg"])
    }

    @Test func participleClauseBetweenSpeakerAndVerb() throws {
        let text = "Finance Minister Njuguna Ndung'u, speaking at an event in Mombasa, said the government would cut spending."
        #expect(try quotes(text) == [Quote(label: "INDIRECT", text: "the government would cut spending", speaker: "Njuguna Ndung'u")])
    }

    @Test func otherSpeechVerbs() throws {
        for verb in ["sighed", "grumbled", "insisted", "conceded", "quipped", "wrote", "tweeted"] {
            #expect(try speakers("“It is over,” Ingrid Solberg \(verb).") == ["Ingrid Solberg"], "\(verb)")
        }
    }

    @Test func pronounsTakeTheLatestCompatibleSpeaker() throws {
        let text = "Abbas Araghchi said talks were over. Kaja Kallas disagreed.\n\n“Our forces target only military sites,” he said."
        #expect(try speakers(text) == ["Abbas Araghchi"])
        let she = "Abbas Araghchi said talks were over. Kaja Kallas said they were not.\n\n“We will meet again,” she said."
        #expect(try speakers(she) == ["Kaja Kallas"])
    }

    @Test func descriptionsResolveThroughRoles() throws {
        let text = "Norway’s trade minister, Marius Holte, welcomed the deal. “It is good news,” the minister said."
        #expect(try speakers(text) == ["Marius Holte"])
    }

    @Test func organizationsAndStatements() throws {
        let text = "Pacific Crescent Lines said in a filing: “The board recommends the offer.” The company added that two shareholders had agreed."
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Pacific Crescent Lines", "Pacific Crescent Lines"])
        #expect(found.last == Quote(label: "INDIRECT", text: "two shareholders had agreed", speaker: "Pacific Crescent Lines"))
    }

    @Test func continuationsKeepTheSpeaker() throws {
        let text = "“We promised 100 grams,” Takeshi Morimoto said. “It is a bonus.”"
        #expect(try speakers(text) == ["Takeshi Morimoto", "Takeshi Morimoto"])
        let before = "“We promised 100 grams.” “It is a bonus,” Takeshi Morimoto added."
        #expect(try speakers(before) == ["Takeshi Morimoto", "Takeshi Morimoto"])
    }

    @Test func unnamedSourcesGiveNoSpeaker() throws {
        #expect(try quotes("Officials said at least 47 people had died.") == [Quote(label: "INDIRECT", text: "at least 47 people had died", speaker: nil)])
        #expect(try speakers("“Stay indoors,” a police spokeswoman said.") == [nil])
    }

    @Test func namingVerbsQuoteFragmentsButReportNoClause() throws {
        let found = try quotes("In a statement, Amnesty International called the ruling \"a victory for everyone\".")
        #expect(found == [Quote(label: "PARTIAL", text: "a victory for everyone", speaker: "Amnesty International")])
    }

    @Test func aPlaceAfterAPrepositionIsNotTheSpeaker() throws {
        #expect(try quotes("Police in Merseyside said two people were arrested.")
                == [Quote(label: "INDIRECT", text: "two people were arrested", speaker: nil)])
    }

    @Test func dashAttribution() throws {
        let text = "Commissioner Ana Ruiz spoke last.\n\n“We will not back down.” - Ana Ruiz"
        #expect(try speakers(text) == ["Ana Ruiz"])
    }

    // MARK: Indirect speech

    @Test func reportedClauseAfterTheVerb() throws {
        let found = try quotes("Abbas Araghchi said on Friday that Tehran has received messages, but Iran has nothing to say.")
        #expect(found == [Quote(label: "INDIRECT", text: "Tehran has received messages, but Iran has nothing to say", speaker: "Abbas Araghchi")])
    }

    @Test func coordinatedSpeechVerbsStartNewQuotes() throws {
        let found = try quotes("Abbas Araghchi reiterated that the programme is defensive and stated that strikes are precise.")
        #expect(found.map(\.text) == ["the programme is defensive", "strikes are precise"])
        #expect(found.map(\.speaker) == ["Abbas Araghchi", "Abbas Araghchi"])
    }

    @Test func attributionAfterTheClauseAndAccordingTo() throws {
        #expect(try quotes("Turnout was 58.3 percent, the Central Election Commission said.")
                == [Quote(label: "INDIRECT", text: "Turnout was 58.3 percent", speaker: "Central Election Commission")])
        #expect(try quotes("According to Reuters, the talks collapsed.") == [Quote(label: "INDIRECT", text: "the talks collapsed", speaker: "Reuters")])
        #expect(try quotes("Meanwhile, the talks collapsed, according to Reuters.") == [Quote(label: "INDIRECT", text: "the talks collapsed", speaker: "Reuters")])
    }

    @Test func partialQuoteInsideIndirectSpeechIsAnnotatedTwice() throws {
        let found = try quotes("Abbas Araghchi said Iran has “nothing to say” to Washington.")
        #expect(found.contains(Quote(label: "PARTIAL", text: "nothing to say", speaker: "Abbas Araghchi")))
        #expect(found.contains(Quote(label: "INDIRECT", text: "Iran has “nothing to say” to Washington", speaker: "Abbas Araghchi")))
    }

    // MARK: Quotation marks

    @Test func straightAndCurlyMarksAndApostrophes() throws {
        let text = "Ingrid Solberg said: \"We can't stop.\" She added: ‘The ’90s are over, the students’ loans too.’"
        #expect(try quotes(text, ["DIRECT"]).map(\.text) == ["We can't stop.", "The ’90s are over, the students’ loans too."])
    }

    @Test func quotationContinuedAcrossParagraphs() throws {
        let text = "Ingrid Solberg said: “We will grow.\n\n“And we will stay quick,” she added."
        let found = try quotes(text, ["DIRECT"])
        #expect(found.count == 1)
        #expect(found.first?.text == "We will grow.\n\n“And we will stay quick,")
    }

    @Test func nestedQuotationGetsItsOwnAnnotation() throws {
        let found = try quotes("‘People keep asking “where is the boat?” every day,’ said Imran Hussain.", ["DIRECT", "PARTIAL"])
        #expect(found.map(\.text) == ["People keep asking “where is the boat?” every day,", "where is the boat?"])
        #expect(found.first?.speaker == "Imran Hussain")
    }

    @Test func namesTermsAndTitlesInMarksAreNotQuotes() throws {
        #expect(try quotes("He goes by the name \"Shorty\" now.", ["DIRECT", "PARTIAL"]).isEmpty)
        #expect(try quotes("A spyware tool called \"Nightjar\" was used.", ["DIRECT", "PARTIAL"]).isEmpty)
        #expect(try quotes("She wrote a paper titled \"Surviving the Fall\" last year.", ["DIRECT", "PARTIAL"]).isEmpty)
        #expect(try quotes("Observers recorded “carousel” voting.", ["DIRECT", "PARTIAL"]).isEmpty)
    }

    @Test func unbalancedMarksLoseNothing() throws {
        let text = "Ingrid Solberg said: “We will grow.\n\nAbbas Araghchi said: “We have no talks.”\n\nKaja Kallas arrived."
        let document = try annotate(text)
        #expect(document.annotations(in: LayerName.quotes).filter { $0.label == "DIRECT" }.map { document.text(of: $0) } == ["We have no talks."])
        #expect(document.annotations(in: LayerName.entities).count == 3)
    }

    @Test func tenThousandMarksAreHandledQuickly() throws {
        let start = ContinuousClock.now
        let document = try annotate(String(repeating: "“", count: 10_000) + " Kaja Kallas said it.")
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(document.annotations(in: LayerName.entities).count == 1)
    }

    @Test func theSampleArticlesDirectQuotesHaveTheirSpeakers() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Examples/articles/iran-us.txt")
        let found = try quotes(try String(contentsOf: url, encoding: .utf8), ["DIRECT"])
        #expect(found.count == 6)
        #expect(found.allSatisfy { $0.speaker == "Masoud Pezeshkian" || $0.speaker == "Abbas Araghchi" })
        #expect(found.first { $0.text.hasPrefix("Our armed forces target only") }?.speaker == "Abbas Araghchi")
    }

    // MARK: Attribution on real news: the error classes, one test each

    @Test func aTitleOrAPhraseBetweenTheVerbAndTheName() throws {
        // The speaker phrase after the verb is not reported speech of its own.
        #expect(try quotes("“The fire spread fast,” said fire chief Marta Olsen.")
                == [Quote(label: "DIRECT", text: "The fire spread fast,", speaker: "Marta Olsen")])
        #expect(try quotes("“We will appeal,” said his spokesman, Tom Reyes.")
                == [Quote(label: "DIRECT", text: "We will appeal,", speaker: "Tom Reyes")])
        #expect(try speakers("“It is a milestone,” said Siemens President and Chief Executive Officer, Tom Enders.") == ["Tom Enders"])
        #expect(try speakers("Arthur Clarke died on Wednesday. “He passed away an hour ago,” said Clarke's assistant, Rohan de Silva.")
                == ["Rohan de Silva"])
        #expect(try speakers("Jane Ruiz, of Ruiz & Co, lawyers for the families, said: “This is a scandal.”") == ["Jane Ruiz"])
    }

    @Test func anOrganizationOrPlaceNextToTheSpeakerDoesNotTakeTheCredit() throws {
        #expect(try speakers("Ana Costa, President of the Regional Council, said: “We will rebuild.”") == ["Ana Costa"])
        #expect(try quotes("A judge at the High Court ruled that the contract was void.")
                == [Quote(label: "INDIRECT", text: "the contract was void", speaker: nil)])
        // An organization in a place is the organization.
        #expect(try quotes("The Weather Bureau in Peru says that the quake was shallow.").map(\.speaker) == ["Weather Bureau"])
        // A country speaks by its full name.
        #expect(try quotes("The U.S. states that it played a role in the raid.").map(\.speaker) == ["United States"])
    }

    @Test func thePersonSpokenToIsNotTheSpeaker() throws {
        let text = "“Sales fell sharply,” Ann Lee, an analyst at Baird, told Reuters. The company said it would cut jobs."
        let found = try quotes(text)
        #expect(found.first == Quote(label: "DIRECT", text: "Sales fell sharply,", speaker: "Ann Lee"))
        #expect(!found.contains { $0.speaker == "Reuters" })
    }

    @Test func pronounsTakeTheLastSpeakerAcrossParagraphs() throws {
        // "he" is the man who spoke last, not the man named last.
        let text = "Karl Berg said the bridge was safe. Engineers inspected it with Ann Lee and Tom Reyes.\n\n“We will reopen it,” he said."
        #expect(try speakers(text) == ["Karl Berg"])
    }

    @Test func verbsThatAreNotSpeechReportNothing() throws {
        for sentence in ["The governor declared a state of emergency.", "The mayor announced a curfew on Friday.",
                         "The referee ruled the goal offside.", "Tests indicated the water was safe.", "The council proposed a new tax."] {
            #expect(try quotes(sentence).isEmpty, "\(sentence)")
        }
        // The same verbs with a reported clause, or a human subject, do report.
        #expect(try quotes("The mayor announced that the curfew would end.").map(\.text) == ["the curfew would end"])
        #expect(try quotes("Analysts estimated that prices would rise.").map(\.text) == ["prices would rise"])
        #expect(try quotes("Economist Ann Lee predicted the bank would cut rates.")
                == [Quote(label: "INDIRECT", text: "the bank would cut rates", speaker: "Ann Lee")])
        // "Reports" before its verb is a noun: one quote, not two.
        #expect(try quotes("Reports say that the magnitude was 5.7.") == [Quote(label: "INDIRECT", text: "the magnitude was 5.7", speaker: nil)])
    }

    @Test func formsThatWereMissed() throws {
        // A partial quote after a verb that is not a speech verb: the sentence's subject said it.
        #expect(try quotes("Coach Dan Ruiz hailed his “exceptional” players after the win.")
                == [Quote(label: "PARTIAL", text: "exceptional", speaker: "Dan Ruiz")])
        // An age between commas inside the reported clause.
        #expect(try quotes("Prosecutors said Lim, 68, took bribes from contractors.")
                == [Quote(label: "INDIRECT", text: "Lim, 68, took bribes from contractors", speaker: nil)])
        // A headline's "…, says X".
        #expect(try quotes("Inflation has peaked, says Peru") == [Quote(label: "INDIRECT", text: "Inflation has peaked", speaker: "Peru")])
        // An infinitive says what the sentence's subject does.
        let infinitive = "Boris Petrov celebrated his birthday on Friday. He used the occasion to criticize a “monopolistic” foreign policy."
        #expect(try speakers(infinitive) == ["Boris Petrov"])
        // A participle opening the sentence shares the subject of the verb after it.
        #expect(try speakers("Accusing ministers of having “lost the plot”, Dan Ruiz argued: “This is a waste.”") == ["Dan Ruiz", "Dan Ruiz"])
        // The agent of a passive verb.
        #expect(try speakers("These terms were criticised by Ann Lee, president of the Center for Civil Rights, as a “modern gag”.") == ["Ann Lee"])
        // A sign or a note speaks for whoever put it up.
        let signs = "Rolando Ruiz put up two signs on the bus. One warned that a ‘big deal’ would happen; another said ‘big mistake’."
        #expect(try quotes(signs).allSatisfy { $0.speaker == "Rolando Ruiz" })
        #expect(try quotes(signs).count == 3)
    }

    @Test func aTitleCaseHeadlineMakesNoPhantomSpeaker() throws {
        let text = "Mayor Resigns After Audit Finds Missing Funds\n\nThe mayor, Karl Berg, resigned on Monday. “I take responsibility,” he said."
        #expect(try quotes(text) == [Quote(label: "DIRECT", text: "I take responsibility,", speaker: "Karl Berg")])
        let document = try annotate(text)
        #expect(document.annotations(in: LayerName.roles).map { $0["person"]?.stringValue } == ["Karl Berg"])
    }

    @Test func aVerbOfTellingReportsAClauseAfterTheOneTold() throws {
        #expect(try quotes("She told reporters the plan was dead.") == [Quote(label: "INDIRECT", text: "the plan was dead", speaker: nil)])
        #expect(try quotes("A Cabinet Office source told Daily Mail the list will be released in May.").map(\.text)
                == ["the list will be released in May"])
        // An object and an infinitive, or the one told alone, report nothing.
        #expect(try quotes("The minister told him to leave.").isEmpty)
        #expect(try quotes("He told the story to his son.").isEmpty)
        // Nor does a passive verb, nor a verb whose object runs into a coordinated clause.
        #expect(try quotes("Under a plan announced Saturday by the minister, councils would get money.").isEmpty)
        #expect(try quotes("Vietnam has proclaimed its intention to leave the ranks of the poorest countries by 2010, and will join the WTO.").isEmpty)
    }

    @Test func subjectsFoundAcrossTitlesClausesAndObjects() throws {
        // A title, a comma and the name before the verb: the name speaks, not the name after the verb.
        #expect(try quotes("The ABC's director of news, Gaven Morris, said Colvin was “one of the finest”.").map(\.speaker)
                == ["Gaven Morris", "Gaven Morris"])
        // A verb coordinated with a verb that is not speech shares its subject.
        #expect(try quotes("But the Justice Department intervened and argued that the sentence was too harsh.").map(\.speaker)
                == ["Justice Department"])
        // A name after the clause's verb is its object, not the subject of the participle.
        #expect(try quotes("Federal prosecutors recommended a long sentence for Roger Stone, saying that it would deter others.").map(\.speaker)
                == [nil])
        // "According to him" and a time phrase before a reported clause.
        #expect(try quotes("Lai Mohammed spoke in Abuja. According to him, the government has been fair.").map(\.speaker) == ["Lai Mohammed"])
        #expect(try quotes("Miles White said on Wednesday it would not be appropriate to comment.")
                == [Quote(label: "INDIRECT", text: "it would not be appropriate to comment", speaker: "Miles White")])
        // The clause before an inverted attribution with a title.
        #expect(try quotes("The team set out to test the idea, said co-author and physicist Ibrahima Bah.")
                == [Quote(label: "INDIRECT", text: "The team set out to test the idea", speaker: "Ibrahima Bah")])
        // A name inside the quotation is not what "he" refers to.
        #expect(try speakers("Herbie Hancock posted a tribute.\n\n“Wayne Shorter, my best friend, left us,” he wrote.") == ["Herbie Hancock"])
    }

    @Test func shortInvertedAttributionsAndLongDescriptions() throws {
        #expect(try quotes("The bridge will reopen in June, said a press release.")
                == [Quote(label: "INDIRECT", text: "The bridge will reopen in June", speaker: nil)])
        let text = "Environment Minister Saber Chowdhury visited the coast. The newly-appointed environment minister said work would be done."
        #expect(try quotes(text) == [Quote(label: "INDIRECT", text: "work would be done", speaker: "Saber Chowdhury")])
    }

    @Test func speakersIntroducedByAParticipleOrAColon() throws {
        #expect(try quotes("Rates rose again, with Treasurer Jim Chalmers arguing it is not for him to “second guess” the bank.").map(\.speaker)
                == ["Jim Chalmers", "Jim Chalmers"])
        #expect(try speakers("The following statement is from the governor's spokeswoman Amanda Stamper:\n\n“We are disappointed in the ruling.”")
                == ["Amanda Stamper"])
        // A name given in marks after "call", and a verb of finding with an object, are no quotes.
        #expect(try quotes("Astronomers found a galaxy which they call the “Firecracker,” in a new paper.").isEmpty)
    }

    @Test func anAppositionWithoutItsClosingComma() throws {
        let text = "Jesus Mantilla, the health minister for Venezuela stated the ban is to preserve the health of Venezuelans."
        #expect(try quotes(text) == [Quote(label: "INDIRECT", text: "the ban is to preserve the health of Venezuelans", speaker: "Jesus Mantilla")])
    }

    @Test func aCoordinatedVerbEndsTheReportedClause() throws {
        let text = "The minister, Ana Costa, stated the ban was needed but did not specify what harm was caused."
        #expect(try quotes(text) == [Quote(label: "INDIRECT", text: "the ban was needed", speaker: "Ana Costa")])
    }

    @Test func scareQuotesAndNamesInMarksAreNotQuotes() throws {
        #expect(try quotes("The first flight will take off for a “special charity-flight” from Lima.").isEmpty)
        #expect(try quotes("The island is recovering from tropical storm ‘Pabuk’.").isEmpty)
    }

    @Test func aSpeechVerbThatIsANounBeforeATitleIsNoCue() throws {
        let text = "Republican state Senator Paul Hendry of Lake Harlow called the ruling a blow to farmers."
        #expect(try quotes(text).isEmpty)
    }

    @Test func aVerbAfterSaidIsWithinTheReportedClause() throws {
        // "cried" is what she said, not a cue reporting the words before it; and "she" in the
        // next sentence is the speaker named in this one.
        let text = "Maria Delgado, a nurse who has worked there since 2015, said she cried when the ward closed. "
            + "“We gave everything,” she told reporters."
        #expect(try quotes(text) == [Quote(label: "INDIRECT", text: "she cried when the ward closed", speaker: "Maria Delgado"),
                                     Quote(label: "DIRECT", text: "We gave everything,", speaker: "Maria Delgado")])
    }

    @Test func aPronounAfterANamedSpeakerInTheSameSentenceIsThatSpeaker() throws {
        let text = "Spokeswoman Lena Park said the firm was reviewing the case. "
            + "Ruth Okafor, a teacher, said she told her pupils about it, and she added that they were upset."
        #expect(try quotes(text, ["INDIRECT"]).map(\.speaker) == ["Lena Park", "Ruth Okafor", "Ruth Okafor"])
    }

    @Test func whySaysWhichRuleChoseTheSpeaker() throws {
        let document = try annotate("“We will appeal,” said his spokesman, Tom Reyes. Ana Costa, President of the Regional Council, said: “We will rebuild.”")
        let sieves = document.annotations(in: LayerName.quotes).map { $0["sieve"]?.stringValue }
        #expect(sieves == ["verb-then-title-name", "apposition-then-verb"])
    }

}
