import Casualties
import LedeCore
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
