import Casualties
import LedeCore
import LedeShell
import Testing

@Suite struct CasualtiesTests {
    func casualties(_ text: String) throws -> [(String, Double?)] {
        var document = Document(text: text)
        let registry = Registry(catalog: RegisteredAnnotators.self)
        try Pipeline(names: ["casualties"], registry: registry).run(&document)
        return document.annotations(in: "casualties").map { ($0.label, $0["count"]?.doubleValue) }
    }

    @Test func countsAreLinkedToWhatHappened() throws {
        let found = try casualties("In Iran, 639 people have been killed and more than 1,300 wounded in the attacks.")
        #expect(found.map(\.0) == ["KILLED", "INJURED"])
        #expect(found.map(\.1) == [639, 1300])
    }

    @Test func numbersWithoutAnOutcomeAreLeftAlone() throws {
        #expect(try casualties("The company employs 1,300 people in 12 countries.").isEmpty)
    }

    @Test func theModuleIsRegisteredBesideTheBuiltInOnes() {
        let names = Registry(catalog: RegisteredAnnotators.self).names
        #expect(names.contains("casualties"))
        #expect(names.contains("entities") && names.contains("quotes"))
    }
}

/// The casualties layer in lede's shell and exports, which know nothing of it but its declaration.
@Suite struct CasualtiesInTheShellTests {
    /// Runs command lines on a small article and returns what they print.
    func run(_ lines: [String]) throws -> String {
        let session = Session(registry: Registry(catalog: RegisteredAnnotators.self))
        var printed = ""
        let runner = CommandRunner(session: session, writeOutput: { printed += $0 }, writeError: { _ in })
        try runner.run(line: "text \"Mayor Ana Costa said 12 people were killed and 30 injured in the flood.\"")
        for line in lines { try runner.run(line: line) }
        return printed
    }

    @Test func csvHasTheDeclaredColumns() throws {
        let csv = try run(["export csv - casualties"])
        #expect(csv.hasPrefix("document,sentence,layer,label,start,end,text,count,outcome,counts,attributes"))
        #expect(csv.contains("casualties,KILLED"))
    }

    @Test func highlightAndHTMLColourIt() throws {
        #expect(try run(["highlight casualties"]).contains("casualties: […]KILLED 1 […]INJURED 1"))
        #expect(try run(["export html -"]).contains("casualties-KILLED"))
    }

    @Test func whoListsItInThePersonsSentences() throws {
        let who = try run(["who Costa"])
        #expect(who.contains("Casualties in their sentences"))
        #expect(who.contains("KILLED     12  = 12 killed people"))
    }
}
