import Entities
import Foundation
import LedeCore
import LedeTestSupport
import Places
import Tagger
import Testing

/// The learned recognizer with the rules: each error class real articles showed, as a short
/// invented sentence; the option that turns the recognizer off; the trainer's determinism.
@Suite struct RecognizerTests {
    func annotate(_ text: String, recognizer: Bool = true) throws -> Document {
        var document = Document(text: text)
        let registry = TestRegistry.with(PlacesModule.self, EntitiesModule.self)
        let pipeline = try Pipeline(names: ["entities"], registry: registry)
            .configured(["entities": ["recognizer": recognizer ? "on" : "off"]])
        let failures = pipeline.run(&document)
        if let failure = failures.first { throw failure }
        return document
    }

    func labelled(_ text: String, recognizer: Bool = true) throws -> [String] {
        let document = try annotate(text, recognizer: recognizer)
        return document.annotations(in: LayerName.entities).map { "\($0.label):\(document.text(of: $0))" }
    }

    func places(_ text: String, recognizer: Bool = true) throws -> [String] {
        let document = try annotate(text, recognizer: recognizer)
        return document.annotations(in: LayerName.places).map { "\($0.label):\(document.text(of: $0))" }
    }

    @Test func aVenueIsAPlaceNotAnOrganization() throws {
        let text = "The shuttle went on display at the Okafor-Lindqvist Center, then at the Harbin Sea-Air Museum."
        for recognizer in [true, false] {
            #expect(try labelled(text, recognizer: recognizer).isEmpty)
        }
        #expect(try places(text) == ["LOCATION:Okafor-Lindqvist Center", "LOCATION:Harbin Sea-Air Museum"])
        // An institution's centre stays an organization.
        #expect(try labelled("Analysts at the Marlow Research Center disagreed.") == ["ORG:Marlow Research Center"])
    }

    @Test func theBeginningOfAnOrganizationsNameIsThatOrganization() throws {
        // "Cole" is a surname, but here "Zembla-Cole" begins the name of a company.
        let text = "The Zembla-Cole Company denied it. Later Zembla-Cole agreed to the ban, said Zembla Cole in a statement."
        for recognizer in [true, false] {
            let document = try annotate(text, recognizer: recognizer)
            let entities = document.annotations(in: LayerName.entities)
            #expect(entities.map { "\($0.label):\(document.text(of: $0))" } == ["ORG:Zembla-Cole Company", "ORG:Zembla-Cole", "ORG:Zembla Cole"])
            #expect(entities.allSatisfy { $0["canonical"]?.stringValue == "Zembla-Cole Company" })
        }
        // A person with a given name stays a person beside a company named after the family.
        #expect(try labelled("Henry Ford founded the Ford Motor Company.", recognizer: false).contains("PERSON:Henry Ford"))
    }

    @Test func aSurnameThatIsAWordOpensASentenceAsThePerson() throws {
        // "Thimble" is an ordinary word; opening a sentence before a verb, after "Rosa Thimble",
        // it is her. Not when no one here bears the name.
        let text = "Rosa Thimble is a video maker. Thimble uploads a new video every week. Thimble has a podcast too."
        for recognizer in [true, false] {
            #expect(try labelled(text, recognizer: recognizer) == ["PERSON:Rosa Thimble", "PERSON:Thimble", "PERSON:Thimble"])
        }
        #expect(try labelled("Thimble rolled across the floor.").isEmpty)
    }

    @Test func aCompanyWithItsLegalFormStaysAName() throws {
        // "acme" is an English word; with "Corp." the name can only be a company's.
        for text in ["Raj Patel is the chief executive of Acme Corp.", "Shares of Summit Holdings Ltd fell."] {
            #expect(try labelled(text).contains { $0.hasPrefix("ORG:") && ($0.hasSuffix("Corp.") || $0.hasSuffix("Ltd")) })
        }
    }

    @Test func aNameAfterNamedAsIsAnAppointmentOrACitation() throws {
        let found = try labelled("The board named Jane Doe as chief executive and named Orkla Tech Ltd as its rival. "
            + "A probe, named Tsubasa, landed.")
        #expect(found == ["PERSON:Jane Doe", "ORG:Orkla Tech Ltd"])
    }

    @Test func anEventsOneWordNameIsNoName() throws {
        for recognizer in [true, false] {
            #expect(try labelled("She won gold at the Paralympics and then at the Olympics.", recognizer: recognizer).isEmpty)
        }
    }

    @Test func aPartyAndStateTagIsNotAName() throws {
        let found = try labelled("Sen. Mara Quist, R-S.D., said the vote would pass. Rep. Tom Ferris, D-Calif., disagreed.")
        #expect(found == ["PERSON:Mara Quist", "PERSON:Tom Ferris"])
    }

    @Test func aGivenNameAndASurnameStayAName() throws {
        // Unusual company before the name does not make the recognizer drop a person.
        #expect(try labelled("The plan was announced by Chancellor of the Duchy of Lancaster Oliver Dowden.").contains("PERSON:Oliver Dowden"))
        #expect(try labelled("While he touted the plan, chief executive of anti-monarchy group Republic Graham Smith called it a waste.")
                .contains("PERSON:Graham Smith"))
    }

    @Test func anAmpersandJoinsOneFirm() throws {
        #expect(try labelled("The firm Hart & Lowe represented the families.") == ["ORG:Hart & Lowe"])
        #expect(try labelled("Shares of Procter & Gamble rose.") == ["ORG:Procter & Gamble"])
        // Not two places, not authors cited with a year.
        #expect(try !labelled("Take the train to Tempe & Mesa.", recognizer: false).contains { $0.hasPrefix("ORG:") })
        #expect(try !labelled("Games help (Miller & Robertson, 2010).", recognizer: false).contains { $0.hasPrefix("ORG:") })
    }

    @Test func aPluralPartyWordAfterAnInstitutionIsAGroup() throws {
        let text = "Senate Democrats blocked the bill on Tuesday."
        #expect(try labelled(text, recognizer: false) == ["ORG:Senate", "NORP:Democrats"])
        // The recognizer may take "Senate" alone for a generic word; never the whole for a person.
        let found = try labelled(text)
        #expect(found.contains("NORP:Democrats") && !found.contains { $0.hasPrefix("PERSON:") })
    }

    @Test func aPersonOfAnOrganizationIsTwoNames() throws {
        let found = try labelled("Wong Mei-ling of the Civic Alliance spoke first.", recognizer: false)
        #expect(found == ["PERSON:Wong Mei-ling", "ORG:Civic Alliance"])
        #expect(try labelled("Wong Mei-ling of the Civic Alliance spoke first.").contains("ORG:Civic Alliance"))
    }

    @Test func aTitleBeforeANameOfAnOrganizationIsNotPartOfIt() throws {
        let found = try labelled("Analyst Devika Raman of Morningstar said the cuts were overdue.")
        #expect(found.first == "PERSON:Devika Raman")
        #expect(!found.contains { $0.contains("Analyst") })
    }

    @Test func aClubNamedAfterItsTownIsAnOrganization() throws {
        let text = "Blackburn Rovers beat Norwich City 2-1 on Saturday. Leeds United signed him."
        #expect(try labelled(text, recognizer: false) == ["ORG:Blackburn Rovers", "ORG:Norwich City", "ORG:Leeds United"])
        let found = try labelled(text)
        #expect(found.contains("ORG:Blackburn Rovers") && found.contains("ORG:Leeds United"))
        #expect(try places(text) == [])
        // A town whose name holds such a word stays a place.
        #expect(try places("She moved to Mexico City in May.") == ["CITY:Mexico City"])
    }

    @Test func teamsInAMatchsResultAreOrganizations() throws {
        let text = "Everton drew with Burnley on Saturday. Arsenal beat Chelsea 2-0, and Spurs lost 3-1 at Newcastle."
        #expect(try labelled(text) == ["ORG:Everton", "ORG:Burnley", "ORG:Arsenal", "ORG:Chelsea", "ORG:Spurs", "ORG:Newcastle"])
        #expect(try places(text) == [])
        // Without a score, a verb of a result is only a verb; a country stays a place.
        #expect(try places("Police beat back protesters in Burnley.") == ["CITY:Burnley"])
        #expect(try places("France beat Brazil 2-0 in the final.") == ["COUNTRY:France", "COUNTRY:Brazil"])
        // No team without a name on the verb's other side, beside a set's score, or a person's name.
        for text in ["Picasso drew with charcoal in 1905.", "Nadal beat Federer 6-4, 6-3 in Paris.",
                     "Rafael Nadal beat Roger Federer 3-1 on Sunday."] {
            let document = try annotate(text, recognizer: false)
            #expect(!document.annotations(in: LayerName.entities).contains { $0.attributes["sieve"]?.stringValue == "team-in-a-result" })
        }
        #expect(try labelled("Rafael Nadal beat Roger Federer 3-1 on Sunday.") == ["PERSON:Rafael Nadal", "PERSON:Roger Federer"])
    }

    @Test func aTeamNamedAfterItsTownWithAPluralNicknameIsAnOrganization() throws {
        let text = "The Denver Comets beat the Ohio Timber Wolves on Sunday."
        #expect(try labelled(text, recognizer: false) == ["ORG:Denver Comets", "ORG:Ohio Timber Wolves"])
        #expect(try places(text, recognizer: false) == [])
        // A plural that names a group of places is not a team's nickname.
        let keys = try annotate("They sailed round the Florida Keys in June.", recognizer: false)
        #expect(!keys.annotations(in: LayerName.entities).contains { $0.attributes["sieve"]?.stringValue == "club-named-after-place" })
    }

    @Test func givenNamesThatArePlacesStayPeople() throws {
        let text = "Ann Patel and Sydney Moore founded the company."
        #expect(try labelled(text) == ["PERSON:Ann Patel", "PERSON:Sydney Moore"])
        #expect(try places(text) == [])
    }

    @Test func aDatelineStaysOutOfNames() throws {
        let text = "LEEDS, England, March 3 (Reuters) - Police arrested Tom Baker on Monday."
        #expect(try labelled(text) == ["ORG:Reuters", "PERSON:Tom Baker"])
        #expect(try places(text) == ["CITY:LEEDS", "REGION:England"])
        // An agency's initials after a dateline are not the town's.
        let agency = "BALTIMORE (AP) - Jordan Vale threw three passes on Sunday, his coach said."
        for recognizer in [true, false] {
            #expect(try !places(agency, recognizer: recognizer).contains { $0.hasSuffix(":AP") }, "recognizer \(recognizer)")
        }
        // A place's own acronym is the place.
        #expect(try places("The crew landed at Kennedy Space Center (KSC). KSC was busy.", recognizer: false)
            .filter { $0.hasSuffix(":KSC") }.count == 2)
    }

    @Test func titleCaseHeadlinesAndHeadingsAreNotNames() throws {
        let text = "Mayor Resigns After Audit Finds Missing Funds\n\nThe mayor of Springfield, Dana Olsen, resigned on Friday.\n\nFinal Results\n\nThe council will vote next week.\n"
        #expect(try labelled(text) == ["PERSON:Dana Olsen"])
    }

    @Test func theRecognizerDropsWhatTheRulesMistookForPeople() throws {
        // A product: the rules' guess is a person; the recognizer knows better.
        let product = "She flew on a Qantas Airways Airbus A380 to Perth."
        #expect(try labelled(product, recognizer: false).contains { $0.hasPrefix("PERSON:") })
        #expect(try !labelled(product).contains { $0.hasPrefix("PERSON:") })
    }

    @Test func anAcronymOfLowercaseWordsIsATermNotAName() throws {
        let text = "Global sea surface salinity (SSS) observations are now possible. SSS varies with the seasons. "
            + "The Food and Drug Administration (FDA) approved it. The FDA said so."
        #expect(try labelled(text, recognizer: false) == ["ORG:Food and Drug Administration", "ORG:FDA", "ORG:FDA"])
        #expect(try labelled(text) == ["ORG:Food and Drug Administration", "ORG:FDA", "ORG:FDA"])
        // Each part of a hyphenated word gives a letter, and so may a function word.
        let hyphenated = "The lab built a compact light-emitting diode (CLED) lamp. Each CLED lamp lasts. "
            + "Listeners use other-initiated repair (OIR) often, and OIR is common."
        #expect(try labelled(hyphenated, recognizer: false) == [])
    }

    @Test func aStormIsNoName() throws {
        for text in ["Hurricane Maria destroyed the roof of the stadium.", "Typhoon Haiyan struck the city.",
                     "The island is recovering from Tropical Storm Pabuk."] {
            #expect(try !labelled(text, recognizer: false).contains { $0.hasPrefix("PERSON:") || $0.hasPrefix("ORG:") }, "\(text)")
            #expect(try !labelled(text).contains { $0.hasPrefix("PERSON:") || $0.hasPrefix("ORG:") }, "\(text)")
        }
    }

    @Test func theRecognizerFindsPeopleTheRulesMissed() throws {
        let text = "Ann Patel and Sydney Moore founded the company."
        #expect(try labelled(text, recognizer: false) != labelled(text))
    }

    @Test func theRecognizerAndTheRulesAgreeOnTheSampleArticlesPeople() throws {
        func people(_ recognizer: Bool) throws -> Set<String> {
            let document = try annotate(SampleDocument.text, recognizer: recognizer)
            return Set(document.annotations(in: LayerName.entities).filter { $0.label == "PERSON" }.compactMap { $0["canonical"]?.stringValue })
        }
        let withRecognizer = try people(true)
        #expect(!withRecognizer.isEmpty)
        #expect(withRecognizer == (try people(false)))
    }

    @Test func aBadRecognizerOptionIsAnError() throws {
        let pipeline = try Pipeline(names: ["entities"], registry: TestRegistry.with(PlacesModule.self, EntitiesModule.self))
        #expect(throws: AnnotatorOptionError.self) { try pipeline.configured(["entities": ["recognizer": "maybe"]]) }
    }

    @Test func trainingIsTheSameEveryTime() throws {
        let registry = TestRegistry.with(PlacesModule.self)
        let pipeline = try Pipeline(names: ["pos", "places"], registry: registry)
        let texts = [
            ("Hurricane Maria hit Ponce. Maria Lopez said the roof fell.", [("Maria Lopez", "PERSON"), ("Ponce", "PLACE")]),
            ("Acme Corp. hired Dana Olsen in Boston.", [("Acme Corp.", "ORG"), ("Dana Olsen", "PERSON"), ("Boston", "PLACE")]),
        ]
        var examples: [EntityTrainer.Example] = []
        for (text, names) in texts {
            var document = Document(text: text)
            pipeline.run(&document)
            let gold = names.compactMap { name, label -> EntityTrainer.Name? in
                guard let range = text.range(of: name) else { return nil }
                let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                return (start..<start + name.utf8.count, label)
            }
            examples.append(EntityTrainer.example(document, names: gold))
        }
        #expect(examples.map(\.nameCount) == [2, 3])
        func train() -> [String: [UInt8]] {
            let model = EntityTrainer.train(examples, development: examples, epochs: 3, seed: 7) { _, _ in }
            return EntityTrainer.files(model, overrideMargins: .none, otherOverrideMargins: .none)
        }
        let first = train()
        #expect(first == train())
        #expect(first["entities.model"]?.isEmpty == false)
        // The settings name each change of class and its margin.
        let settings = String(decoding: first["entities-settings.tsv"] ?? [], as: UTF8.self)
        #expect(settings.contains("override-margin\tORG\tNONE\t0.0"))
    }
}
