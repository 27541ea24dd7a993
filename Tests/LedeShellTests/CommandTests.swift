import Foundation
import LedeCore
import LedeTestSupport
import Testing
@testable import LedeShell

/// The commands of the language, run in-process against the annotated sample.
@Suite struct CommandTests {
    @Test func quotesListTheirSpeakers() throws {
        let transcript = Transcript(SampleDocument.session())
        let output = try transcript.run("quotes")
        #expect(output.contains("speaker"))
        #expect(output.contains("Abbas Araghchi"))
        #expect(output.contains("We have no negotiations with anyone about our missile programme"))
        #expect(output.contains("Masoud Pezeshkian"))
        let direct = try transcript.run("quotes DIRECT --by Pezeshkian")
        #expect(direct.split(separator: "\n").count == 3)   // header and two quotes
        #expect(!direct.contains("Araghchi"))
        #expect(throws: CommandError.self) { try transcript.run("quotes --by Nobody") }
    }

    @Test func setWrapOnBreaksLongQuotesOntoMoreLinesInsteadOfCuttingThem() throws {
        let transcript = Transcript(SampleDocument.session())
        _ = try transcript.run("set width 80")
        let cut = try transcript.run("quotes DIRECT --by Pezeshkian")
        #expect(cut.contains("…"))
        #expect(cut.split(separator: "\n").count == 3)
        _ = try transcript.run("set wrap on")
        let wrapped = try transcript.run("quotes DIRECT --by Pezeshkian")
        let lines = wrapped.split(separator: "\n").map(String.init)
        #expect(!wrapped.contains("…"))
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.count <= 80 })
        // Every word of the quote is there, in order.
        let quote = "We have always pursued peace and stability"
        #expect(lines.joined(separator: " ").split(separator: " ").joined(separator: " ").contains(quote))
        #expect(try transcript.run("set").contains("wrap     on"))
    }

    @Test func aGazetteerIntoEntitiesCorrectsTheEntitiesThatQuotesRead() throws {
        let folder = try TemporaryFolder()
        let terms = try folder.file("firms.tsv", "JP Morgan\tORG\n")
        let transcript = Transcript(Session(registry: TestRegistry.all))
        _ = try transcript.run("text '“Rates will fall this year,” JP Morgan said in a note. Morgan added that growth would slow.'")
        #expect(try transcript.run("entities").contains("PERSON  JP Morgan"), "else this test shows nothing")
        _ = try transcript.run("gazetteer firms \(terms) --into entities")
        let entities = try transcript.run("entities")
        #expect(entities.contains("ORG    JP Morgan") && !entities.contains("PERSON"))
        #expect(try transcript.run("quotes").contains("JP Morgan"))
        let pipeline = try transcript.run("pipeline")
        let firms = try #require(pipeline.range(of: "firms")), quotes = try #require(pipeline.range(of: "quotes"))
        #expect(firms.lowerBound < quotes.lowerBound, "the rule runs before the quotes read the entities")
        #expect(throws: CommandError.self) { try transcript.run("rule banks /Morgan/ PRODUCT --into entities") }
        #expect(throws: CommandError.self) { try transcript.run("rule banks /Morgan/ ORG --into places") }
    }

    @Test func whoShowsRolesQuotesPlacesNumbersAndMentions() throws {
        let output = try Transcript(SampleDocument.session()).run("who Araghchi")
        #expect(output.hasPrefix("Abbas Araghchi  PERSON · 5 mentions · 3 quotes"))
        #expect(output.contains("Foreign Minister, Iran"))
        #expect(output.contains("DIRECT    said  We have no negotiations with anyone about our missile programme"))
        #expect(output.contains("INDIRECT"))
        #expect(output.contains("Tehran"))
        #expect(output.contains("Washington"))
        #expect(!output.contains("Tel Aviv"))           // not in his sentences
        #expect(output.contains("s19"))                 // a mention's sentence number
        #expect(!output.contains("IRNA"))
    }

    @Test func questionsAsAReporterWouldAskThem() throws {
        let transcript = Transcript(SampleDocument.session())
        #expect(try transcript.run("who is Araghchi?") == transcript.run("who Araghchi"))
        #expect(try transcript.run("Who was Araghchi") == transcript.run("who Araghchi"))
        #expect(try transcript.run("what did Pezeshkian say?") == transcript.run("quotes --by Pezeshkian"))
        #expect(try transcript.run("what did \"Masoud Pezeshkian\" say") == transcript.run("quotes --by Pezeshkian"))
        #expect(throws: CommandError.self) { try transcript.run("what did Nobody say") }
        #expect(throws: CommandError.self) { try transcript.run("what Pezeshkian") }
        #expect(throws: CommandError.self) { try transcript.run("who is ?") }
    }

    @Test func whoWithAnUnknownOrAmbiguousName() throws {
        let transcript = Transcript(SampleDocument.session())
        do {
            try transcript.run("who Araghchy")
            Issue.record("expected an error")
        } catch let error as CommandError {
            #expect(error.message.contains("did you mean 'Araghchi'?"))
        }
        let org = try transcript.run("who IRNA")
        #expect(org.contains("according to"))
    }

    @Test func entitiesPlacesRolesNumbersAndShow() throws {
        let transcript = Transcript(SampleDocument.session())
        let entities = try transcript.run("entities PERSON")
        #expect(entities.contains("Abbas Araghchi"))
        #expect(entities.contains("Araghchi"))
        #expect(!entities.contains("IRNA"))
        #expect(try transcript.run("places").contains("Tel Aviv"))
        #expect(try transcript.run("roles").contains("foreign policy chief"))
        let numbers = try transcript.run("numbers CARDINAL")
        #expect(numbers.contains("at least 25") && numbers.contains("people") && !numbers.contains("4 hours ago"))
        let show = try transcript.run("show roles")
        #expect(show.contains("person=Abbas Araghchi"))
        do {
            try transcript.run("show qoutes")
            Issue.record("expected an error")
        } catch let error as CommandError {
            #expect(error.message.contains("did you mean 'quotes'?"))
        }
    }

    @Test func unknownCommandSuggestsTheNearestOne() {
        let transcript = Transcript(SampleDocument.session())
        #expect(throws: CommandError.self) { try transcript.run("hihglight quotes") }
        do { try transcript.run("hihglight quotes") } catch let error as CommandError {
            #expect(error.message == "unknown command 'hihglight'; did you mean 'highlight'? (help lists the commands)")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func findShowsMatchesInContextAndReportsBadPatterns() throws {
        let transcript = Transcript(SampleDocument.session())
        let output = try transcript.run("find /araghchi (?:said|added)/i")
        #expect(output.hasPrefix("3 matches"))
        #expect(output.contains("[Araghchi said]"))
        #expect(output.contains("s14"))
        #expect(try transcript.run("find Tel Aviv").contains("[Tel Aviv]"))
        do {
            try transcript.run("find /(abc/")
            Issue.record("expected an error")
        } catch let error as CommandError {
            #expect(error.message == "bad pattern /(abc/: missing closing parenthesis at position 4")
            #expect(error.column == 10)
        }
    }

    @Test func highlightColoursOrBracketsTheSpans() throws {
        let plain = try Transcript(SampleDocument.session()).run("highlight quotes")
        #expect(plain.contains("[We have always pursued peace and stability]DIRECT"))
        #expect(plain.hasPrefix("Legend  quotes: […]INDIRECT 3 […]DIRECT 4 […]PARTIAL 1"))
        let colored = try Transcript(SampleDocument.session(settings: Settings(color: true, width: 80))).run("highlight quotes")
        #expect(colored.contains("\u{1B}[0;32mWe have always pursued"))
        #expect(colored.split(separator: "\n").allSatisfy { line in
            line.replacing(/\x{1B}\[[0-9;]*m/, with: "").count <= 80
        })
    }

    @Test func rulesAndGazetteersExtendTheChain() throws {
        let folder = try TemporaryFolder()
        let terms = try folder.file("weapons.txt", "# weapons\nmissile\nmissile programme\tPROGRAMME\nair strikes\n")
        let transcript = Transcript(SampleDocument.session())
        try transcript.run(#"rule casualties /\b\d[\d,]*\s+people\b/"#)
        let shown = try transcript.run("show casualties")
        #expect(shown.contains("CASUALTIES") && shown.contains("25 people") && shown.contains("639 people"))
        try transcript.run("gazetteer weapons \(terms) --ignore-case")
        let weapons = try transcript.run("show weapons")
        #expect(weapons.contains("PROGRAMME") && weapons.contains("missile programme"))
        #expect(weapons.contains("WEAPONS") && weapons.contains("air strikes"))
        #expect(try transcript.run("pipeline").contains("weapons"))
        // The hand-made layers survive: rules run on top of them.
        #expect(try transcript.run("quotes").contains("Abbas Araghchi"))
        try transcript.run("drop weapons")
        #expect(throws: CommandError.self) { try transcript.run("show weapons") }
        #expect(throws: CommandError.self) { try transcript.run("rule sentences /x/") }
        #expect(throws: CommandError.self) { try transcript.run("rule 9bad /x/") }
        do {
            try transcript.run("rule broken /a{3,1}/")
            Issue.record("expected an error")
        } catch let error as CommandError {
            #expect(error.message.contains("numbers out of order in {} quantifier at position"))
        }
        #expect(throws: CommandError.self) { try transcript.run("gazetteer none /nonexistent/terms.txt") }
    }

    @Test func chainCommands() throws {
        let session = Session(registry: TestRegistry.core)
        let transcript = Transcript(session)
        try transcript.run(#"text "One sentence. Another one.""#)
        #expect(try transcript.run("sentences").contains("Another one."))
        try transcript.run("use tokens")
        #expect(session.resolvedChain == ["tokens"])
        #expect(throws: CommandError.self) { try transcript.run("show sentences") }
        try transcript.run("add sentences")
        #expect(try transcript.run("show sentences").contains("One sentence."))
        #expect(throws: CommandError.self) { try transcript.run("use sentenses") }
        try transcript.run("use all")
        #expect(session.resolvedChain == ["tokens", "sentences", "paragraphs"])
    }

    @Test func settingsChangeHowTablesPrint() throws {
        let transcript = Transcript(SampleDocument.session())
        try transcript.run("set format csv")
        let csv = try transcript.run("roles")
        #expect(csv.hasPrefix("person,title,of\r\n"))
        #expect(csv.contains("Kaja Kallas,foreign policy chief,EU"))
        try transcript.run("set format table; set rows 2")
        let limited = try transcript.run("quotes")
        #expect(limited.contains("… 6 more rows"))
        #expect(throws: CommandError.self) { try transcript.run("set colour purple") }
        #expect(throws: CommandError.self) { try transcript.run("set format xml") }
    }

    @Test func helpListsEveryCommandOnOneLine() throws {
        let transcript = Transcript(SampleDocument.session())
        let help = try transcript.run("help")
        for command in CommandTable.standard.commands {
            #expect(help.contains("  " + command.usage), "help misses \(command.name)")
        }
        let lines = help.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(lines.count == CommandTable.standard.commands.count)
        #expect(try transcript.run("help rule").contains("EntityRuler"))
    }

    @Test func noDocumentIsAClearError() {
        let transcript = Transcript(Session(registry: TestRegistry.core))
        do {
            try transcript.run("quotes")
            Issue.record("expected an error")
        } catch let error as CommandError {
            #expect(error.message.hasPrefix("no document loaded"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func scriptsReportTheLineAndStopUnlessKeepGoing() {
        let transcript = Transcript(SampleDocument.session())
        let failures = transcript.script("# comment\nroles\nbogus\nquotes\n")
        #expect(failures == 1)
        #expect(transcript.errors.contains("test.lede:3: unknown command 'bogus'"))
        #expect(!transcript.output.contains("We have always"))
        let going = Transcript(SampleDocument.session())
        #expect(going.script("bogus\nnope\nquotes\n", keepGoing: true) == 2)
        #expect(going.output.contains("We have always"))
    }

    @Test func pasteReadsTheFollowingScriptLines() {
        let transcript = Transcript(Session(registry: TestRegistry.core))
        let failures = transcript.script("paste\nFirst line. Second sentence.\n\nNew paragraph.\n.\nsentences\n")
        #expect(failures == 0)
        #expect(transcript.output.contains("New paragraph."))
        #expect(transcript.session.currentDocument?.text == "First line. Second sentence.\n\nNew paragraph.")
    }

    @Test func exportWritesFilesAtomically() throws {
        let folder = try TemporaryFolder()
        let transcript = Transcript(SampleDocument.session())
        let path = folder.url.appending(path: "out.json").path
        try "old contents".write(toFile: path, atomically: false, encoding: .utf8)
        try transcript.run("export json \(path)")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let document = try DocumentJSON.decode(data)
        #expect(document.annotations(in: "quotes").count == 8)
        try transcript.run("export brat \(folder.url.path)/article")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(files == ["annotation.conf", "article.ann", "article.txt", "out.json"])
        #expect(throws: CommandError.self) { try transcript.run("export json /nonexistent/folder/out.json") }
        #expect(throws: CommandError.self) { try transcript.run("export yaml x.yaml") }
        #expect(try transcript.run("export csv - roles").contains("Abbas Araghchi"))
    }
}

/// Why the annotators decided as they did, and the options the session holds.
@Suite struct SieveAndOptionTests {
    @Test func everyQuoteAndEntityNamesItsSieve() throws {
        let document = try TestRegistry.annotate(SampleDocument.text, with: ["quotes"])
        let quotes = document.annotations(in: LayerName.quotes), entities = document.annotations(in: LayerName.entities)
        #expect(!quotes.isEmpty && !entities.isEmpty)
        #expect(quotes.allSatisfy { !(($0["sieve"]?.stringValue) ?? "").isEmpty })
        #expect(entities.allSatisfy { !(($0["sieve"]?.stringValue) ?? "").isEmpty })
    }

    @Test func whyShowsTheSieves() throws {
        let transcript = Transcript(Session(registry: TestRegistry.all))
        try transcript.run("text \"Foreign Minister Abbas Araghchi said on Friday that talks were over.\"")
        let quotes = try transcript.run("quotes --why")
        #expect(quotes.contains("sieve"))
        #expect(quotes.contains("subject-before-verb"))
        #expect(try transcript.run("entities --why").contains("after-title"))
        #expect(try transcript.run("roles --why").contains("title-before-name"))
    }

    @Test func setDateAndSetOptionRunTheChainAgain() throws {
        let transcript = Transcript(Session(registry: TestRegistry.all))
        try transcript.run("text \"The meeting was last Friday.\"")
        try transcript.run("set date 2024-01-10")
        #expect(try transcript.run("show numbers").contains("resolved=2024-01-05"))
        try transcript.run("set option numbers.date 2023-03-03")
        #expect(try transcript.run("show numbers").contains("resolved=2023-02-24"))
        #expect(throws: CommandError.self) { try transcript.run("set date 2024-13-40") }
        #expect(throws: CommandError.self) { try transcript.run("set option nosuch.date 2024-01-01") }
        #expect(try transcript.run("set").contains("option numbers.date  2023-03-03"))
    }
}
