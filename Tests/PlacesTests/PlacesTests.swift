import LedeCore
import Places
import LedeTestSupport
import Testing

/// The places annotator: gazetteer names, their resolution to one country, and places found
/// from context.
@Suite struct PlacesTests {
    func places(_ text: String) throws -> [(text: String, label: String, country: String?)] {
        var document = Document(text: text)
        let registry = TestRegistry.with(PlacesModule.self)
        try Pipeline(names: ["places"], registry: registry).run(&document)
        return document.annotations(in: LayerName.places).map {
            (document.text(of: $0), $0.label, $0["country"]?.stringValue)
        }
    }

    @Test func gazetteerNamesWithCountryAndGeonamesID() throws {
        var document = Document(text: "Talks in Geneva and Tel Aviv, then Iran.")
        try Pipeline(names: ["places"], registry: TestRegistry.with(PlacesModule.self)).run(&document)
        let found = document.annotations(in: LayerName.places)
        #expect(found.map { document.text(of: $0) } == ["Geneva", "Tel Aviv", "Iran"])
        #expect(found.map(\.label) == ["CITY", "CITY", "COUNTRY"])
        #expect(found.map { $0["country"]?.stringValue } == ["CH", "IL", "IR"])
        #expect(found[1]["geonameid"]?.intValue == 293397)
        #expect(found[1]["lat"]?.doubleValue != nil)
    }

    @Test func alternateCountryNames() throws {
        let found = try places("The U.S., the UK and Britain met the United States.")
        #expect(found.map(\.country) == ["US", "GB", "GB", "US"])
    }

    @Test func mostPopulousReadingByDefault() throws {
        #expect(try places("She moved to Paris last year.").first?.country == "FR")
    }

    @Test func contextOverridesTheDefault() throws {
        #expect(try places("She lives in Paris, Texas.").map(\.country) == ["US", "US"])
        let georgia = try places("A former state senator from Atlanta, Georgia, watched the vote in Georgia's capital.")
        #expect(georgia.map(\.text) == ["Atlanta", "Georgia", "Georgia"])
        #expect(georgia.map(\.label) == ["CITY", "REGION", "COUNTRY"])
        #expect(georgia.map(\.country) == ["US", "US", "GE"])
    }

    @Test func ordinaryWordsOpeningASentenceAreNotPlaces() throws {
        #expect(try places("Split decisions are rare. March was cold.").isEmpty)
    }

    @Test func datelinesAndSettlementsFromContext() throws {
        let found = try places("WOOMERA, Australia - A capsule landed.\n\nFarmers near the village of Bhurbandha in India waited.")
        #expect(found.map(\.text) == ["WOOMERA", "Australia", "Bhurbandha", "India"])
        #expect(found.map(\.country) == ["AU", "AU", "IN", "IN"])
    }

    @Test func ordinaryWordsOfAHeadingAreNotSmallPlaces() throws {
        // A headline capitalizes every word: "Cut Off" (a town of 6,000) and "Northern" (a
        // region's name) are not places there, unless the body writes them capitalized too;
        // a country and a large city stay.
        let headline = "Storms Cut Off Farms in Northern Spain\n\nThe storm cut off farms near Leon, officials said.\n"
        let found = try places(headline).map(\.text)
        #expect(!found.contains("Cut Off") && !found.contains("Northern"))
        #expect(found.contains("Spain") || found.contains("Northern Spain"))
        let named = try places("Rescue Teams Reach Cut Off\n\nTeams reached Cut Off, Louisiana, on Sunday.\n").map(\.text)
        #expect(named.filter { $0 == "Cut Off" }.count == 2)
        #expect(try places("Fans Celebrate in Cape Town\n\nThousands gathered on Sunday.\n").map(\.text) == ["Cape Town"])
    }

    @Test func aTitleBeforeANameIsNotATown() throws {
        // "King" and "Marshal" are also towns of the gazetteer.
        #expect(try places("A portrait of King Haakon hung in the hall, beside one of Marshal Zhukov.").isEmpty)
    }

    @Test func aGivenNameHyphenatedToANameIsNoTown() throws {
        // "Pierre" and "Mary" are towns too; here they begin compound given names.
        #expect(try places("The proof is due to Pierre-Simon Vautrin, and the film to Mary-Kate Olsen.").isEmpty)
        // Alone, after "in", the town stays.
        #expect(try places("The meeting was held in Pierre.").map(\.text) == ["Pierre"])
    }

    @Test func aDatelineTheGazetteerKnowsKeepsItsCountry() throws {
        // Nothing else in the text says Canada, and Scotland follows.
        let found = try places("TORONTO - The bank will cut jobs.\n\nThe ferry to Scotland was late.")
        #expect(found.map(\.text) == ["TORONTO", "Scotland"])
        #expect(found.first?.country == "CA")
    }

    @Test func facilitiesAndFeaturesFromTheirHeadWord() throws {
        let found = try places("Water was released from the Kurichhu Dam in neighbouring Bhutan near Mount Etna.")
        #expect(found.map(\.text) == ["Kurichhu Dam", "Bhutan", "Mount Etna"])
        #expect(found.first?.label == "LOCATION")
        #expect(found.first?.country == "BT")
    }

    @Test func roadsByTheirNumberAndStreetsByTheirOrdinal() throws {
        let found = try places("Take I-44 West, then Interstate 95 and Route 66 to the 42nd Street exit.")
        #expect(found.map(\.text) == ["I-44 West", "Interstate 95", "Route 66", "42nd Street"])
        #expect(found.allSatisfy { $0.label == "LOCATION" })
        // "I" and "US" need the hyphen; a lowercase road word is no name.
        #expect(try places("I 44 people waited on the route 66 times.").isEmpty)
    }

    @Test func aStatesAbbreviationAfterAUSTownIsTheState() throws {
        let found = try places("The plant moved from Bartlesville, OK, to Tulsa, Okla., last year.")
        #expect(found.map { "\($0.label):\($0.text)" } == ["CITY:Bartlesville", "REGION:OK", "CITY:Tulsa", "REGION:Okla"])
        #expect(found.allSatisfy { $0.country == "US" })
        // Not after a town of another country, nor without a comma.
        #expect(try places("He flew from Marseille, OK then.").map(\.text) == ["Marseille"])
    }

    @Test func aNationalityOrPartyBeforeStateIsNoRegion() throws {
        #expect(try places("Iranian state media said a Republican state senator had resigned.").isEmpty)
        // A name before "state" is the state: "Borno state".
        #expect(try places("Fighting spread in Kaduna state.").map { "\($0.label):\($0.text)" } == ["REGION:Kaduna"])
    }

    @Test func aDatelineInCapitalsWithAnAbbreviation() throws {
        let found = try places("ST. LOUIS, Mo., June 4 (AP) — The river crested overnight.")
        #expect(found.map { "\($0.label):\($0.text)" } == ["CITY:ST. LOUIS", "REGION:Mo"])
        #expect(found.allSatisfy { $0.country == "US" })
    }

    @Test func aCompassPointAloneIsNoRegion() throws {
        #expect(try places("Storms moved West and then South.").isEmpty)
    }

    @Test func townsOfAFewThousandPeopleAreKnown() throws {
        // GeoNames' towns of 5,000 people or more: Stornoway, in the Hebrides, has about 7,500.
        let found = try places("The ferry runs to Stornoway before it turns back.")
        #expect(found.map(\.text) == ["Stornoway"])
        #expect(found.first?.country == "GB")
    }

    @Test func aVenueNameRunsToItsLastHeadWord() throws {
        let names = try places("Crowds waited at the Ridgeway Space Center Visitor Complex, at Okafor Memorial Hall Station "
            + "and outside the Harbin Sea-Air Museum.").map(\.text)
        #expect(names == ["Ridgeway Space Center Visitor Complex", "Okafor Memorial Hall Station", "Harbin Sea-Air Museum"])
    }

    @Test func aMuseumOfSomethingRunsThroughOfButNotIntoItsTown() throws {
        #expect(try places("She works at the Harlow Museum of Modern Art in June.").map(\.text) == ["Harlow Museum of Modern Art"])
        #expect(try places("The trainer went to the Okafor Museum of the Merchant Fleet.").map(\.text) == ["Okafor Museum of the Merchant Fleet"])
        #expect(try places("It flew to the Brackley Aviation Museum of Stornoway.").map(\.text) == ["Brackley Aviation Museum", "Stornoway"])
    }

    @Test func aCentreIsAVenueUnlessAnInstitutionsWordsSaySo() throws {
        #expect(try places("The exhibit moved to the Okafor-Lindqvist Center last year.").map(\.text) == ["Okafor-Lindqvist Center"])
        #expect(try places("The Delmore Youth Center reopened.").map(\.text) == ["Delmore Youth Center"])
        #expect(try places("Analysts at the Marlow Research Center disagreed.").isEmpty)
        #expect(try places("She joined the Brenner Medical Center.").isEmpty)
        #expect(try places("She worked for the Centre for Coastal Studies.").isEmpty)
    }

    @Test func politicalUnitsNamedAfterTheirPlace() throws {
        #expect(try places("He thanked the State of Texas.").map(\.text) == ["State of Texas"])
    }
}
