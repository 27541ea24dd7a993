import Entities
import Foundation
import LedeCore
import Places
import Roles
import LedeTestSupport
import Testing

/// The roles annotator, pattern family by pattern family, and what must not become a role.
@Suite struct RolesTests {
    struct Role: Equatable, CustomStringConvertible {
        let person: String
        let title: String
        let org: String?
        var description: String { "\(person) | \(title) | \(org ?? "-")" }
    }

    func roles(_ text: String) throws -> [Role] {
        var document = Document(text: text)
        let registry = TestRegistry.with(PlacesModule.self, EntitiesModule.self, RolesModule.self)
        try Pipeline(names: ["roles"], registry: registry).run(&document)
        return document.annotations(in: LayerName.roles).map {
            Role(person: $0["person"]?.stringValue ?? "", title: $0["title"]?.stringValue ?? "", org: $0["org"]?.stringValue)
        }
    }

    @Test func prenominalTitlesWithNationalityOrOrganization() throws {
        #expect(try roles("Iranian President Masoud Pezeshkian spoke.") == [Role(person: "Masoud Pezeshkian", title: "President", org: "Iran")])
        #expect(try roles("He met EU foreign policy chief Kaja Kallas.") == [Role(person: "Kaja Kallas", title: "foreign policy chief", org: "EU")])
        #expect(try roles("Then former prime minister John Key arrived.") == [Role(person: "John Key", title: "former prime minister", org: nil)])
        #expect(try roles("Lt Gen Arvind Rathore said so.") == [Role(person: "Arvind Rathore", title: "Lt Gen", org: nil)])
    }

    @Test func possessiveTitleBeforeTheName() throws {
        #expect(try roles("Iran's foreign minister, Abbas Araghchi, said no.") == [Role(person: "Abbas Araghchi", title: "foreign minister", org: "Iran")])
    }

    @Test func appositionAfterTheName() throws {
        #expect(try roles("Raj Patel, chief executive of Acme Corp., said it.") == [Role(person: "Raj Patel", title: "chief executive", org: "Acme Corp.")])
        #expect(try roles("Ana Lima, an economist at the World Bank, disagreed.") == [Role(person: "Ana Lima", title: "economist", org: "World Bank")])
        #expect(try roles("Jane Doe, the finance minister, resigned.") == [Role(person: "Jane Doe", title: "finance minister", org: nil)])
    }

    @Test func copularTitle() throws {
        #expect(try roles("Raj Patel is the chief executive of Acme Corp.") == [Role(person: "Raj Patel", title: "chief executive", org: "Acme Corp.")])
    }

    @Test func pointingBackToTheOrganization() throws {
        let found = try roles("The UAE Space Agency built it. The agency's director general, Dr. Mariam Al Suwaidi, flew in.")
        #expect(found == [Role(person: "Mariam Al Suwaidi", title: "director general", org: "UAE Space Agency")])
    }

    @Test func titleAfterAnOrganizationsName() throws {
        #expect(try roles("Central Bank of Kenya Governor Kamau Thugge told reporters.")
                == [Role(person: "Kamau Thugge", title: "Governor", org: "Central Bank of Kenya")])
    }

    @Test func aPlaceAfterTheTitleDoesNotReplaceTheOrganizationPointedBackTo() throws {
        let found = try roles("Analysts at Standard Chartered agreed. Razia Khan, the bank's chief economist for Africa, said so.")
        #expect(found == [Role(person: "Razia Khan", title: "chief economist", org: "Standard Chartered")])
    }

    @Test func oneRecordPerPersonAndTitleWithEveryMention() throws {
        var document = Document(text: "Judge Ana Lima spoke. Later Ana Lima, the judge on the case, left.")
        let registry = TestRegistry.with(PlacesModule.self, EntitiesModule.self, RolesModule.self)
        try Pipeline(names: ["roles"], registry: registry).run(&document)
        let records = document.annotations(in: LayerName.roles)
        #expect(records.count == 1)
        #expect(records.first.map { document.text(of: $0) } == "Judge")
        #expect(records.first?["mentions"] == .array([.array([0, 5]), .array([42, 47])]))
    }

    @Test func honorificsUnnamedPeopleAndDescriptionsAreNotRoles() throws {
        #expect(try roles("Mr. Smith and Dr. Jones met.") == [])
        #expect(try roles("A police spokesman said nothing. The minister said it was over.") == [])
    }

    @Test func theSampleArticlesThreeRoles() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Examples/articles/iran-us.txt")
        let found = try roles(try String(contentsOf: url, encoding: .utf8))
        #expect(found == [
            Role(person: "Masoud Pezeshkian", title: "President", org: "Iran"),
            Role(person: "Abbas Araghchi", title: "Foreign Minister", org: "Iran"),
            Role(person: "Kaja Kallas", title: "foreign policy chief", org: "EU"),
        ])
    }

    // MARK: Roles on real news: the error classes, one test each

    @Test func compoundAndCoordinatedTitles() throws {
        #expect(try roles("Vice-President Kamala Reyes visited Ohio.") == [Role(person: "Kamala Reyes", title: "Vice-President", org: nil)])
        #expect(try roles("Police area commander Joe Blunt said the road was closed.") == [Role(person: "Joe Blunt", title: "Police area commander", org: nil)])
        #expect(try roles("Siemens President and Chief Executive Officer Tom Enders spoke.") == [
            Role(person: "Tom Enders", title: "President", org: "Siemens"),
            Role(person: "Tom Enders", title: "Chief Executive Officer", org: "Siemens"),
        ])
        #expect(try roles("Sens. John Thune and Mike Rounds voted no.") == [
            Role(person: "John Thune", title: "Sens.", org: nil), Role(person: "Mike Rounds", title: "Sens.", org: nil),
        ])
    }

    @Test func aPluralTitleCoversEveryNameOfItsList() throws {
        #expect(try roles("Backing him were City Councilors Linda Vacon, Howard Greaney and David Bartley.") == [
            Role(person: "Linda Vacon", title: "City Councilors", org: nil), Role(person: "Howard Greaney", title: "City Councilors", org: nil),
            Role(person: "David Bartley", title: "City Councilors", org: nil),
        ])
        // An honorific between title and name is no organization.
        #expect(try roles("The trial was heard by Judge Mr Justice Christopher Pitchers.").allSatisfy { $0.org == nil })
    }

    @Test func lowercaseJobTitlesBeforeTheName() throws {
        #expect(try roles("“Rain is coming,” forecaster Jo Kim said.") == [Role(person: "Jo Kim", title: "forecaster", org: nil)])
        #expect(try roles("Real estate salesman Dan Ruiz bought the house.") == [Role(person: "Dan Ruiz", title: "Real estate salesman", org: nil)])
    }

    @Test func titlesOfAnOrganizationOrPlaceBeforeACommaAndTheName() throws {
        #expect(try roles("The guests included the chief executive of Siemens, Ms. Jo Kim.") == [Role(person: "Jo Kim", title: "chief executive", org: "Siemens")])
        #expect(try roles("The guests included the Mayor of Lisbon, Mr. Carlos Moedas.") == [Role(person: "Carlos Moedas", title: "Mayor", org: "Lisbon")])
    }

    @Test func appositionsWithTheOrganizationInside() throws {
        #expect(try roles("Dan Ruiz, the Labor Party leader, conceded defeat.") == [Role(person: "Dan Ruiz", title: "leader", org: "Labor Party")])
        #expect(try roles("Ann Lee, a former City Council president, ran again.") == [Role(person: "Ann Lee", title: "former president", org: "City Council")])
        // The tenure stays with the title when a nationality stands between.
        #expect(try roles("Among them was former Colombian presidential candidate Ana Reyes.")
                == [Role(person: "Ana Reyes", title: "former presidential candidate", org: "Colombia")])
    }

    @Test func aTitleBeforeARankAndItsService() throws {
        #expect(try roles("Prosecutor Marine Lt. Col. Kevin Chenail asked for the maximum sentence.")
                == [Role(person: "Kevin Chenail", title: "Prosecutor", org: nil), Role(person: "Kevin Chenail", title: "Lt. Col.", org: "Marine")])
        #expect(try roles("Retired Gen. John Allen spoke.") == [Role(person: "John Allen", title: "Retired Gen.", org: nil)])
    }

    @Test func aTitleOfAnOrganizationWithoutAComma() throws {
        #expect(try roles("The plan was announced by Chancellor of the Duchy of Lancaster Oliver Dowden.")
                == [Role(person: "Oliver Dowden", title: "Chancellor", org: "Duchy of Lancaster")])
        #expect(try roles("Later, chief executive of anti-monarchy group Republic Graham Smith called it a waste.")
                == [Role(person: "Graham Smith", title: "chief executive", org: "Republic")])
    }

    @Test func titlesWithAPortfolioOrAfterALeadingClause() throws {
        #expect(try roles("Minister of Information and Culture, Lai Mohammed, spoke.")
                == [Role(person: "Lai Mohammed", title: "Minister of Information and Culture", org: nil)])
        #expect(try roles("With nearly 500 people missing, Defense Secretary Voltaire Gazmin visited the site.")
                == [Role(person: "Voltaire Gazmin", title: "Defense Secretary", org: nil)])
        // A proper noun before the title is its organization, also past a ticker in parentheses.
        #expect(try roles("Acme chief executive John Smith resigned.") == [Role(person: "John Smith", title: "chief executive", org: "Acme")])
        #expect(try roles("Acacia (ACIA) CEO Raj Shanmugaraj welcomed the deal.") == [Role(person: "Raj Shanmugaraj", title: "CEO", org: "Acacia")])
        // A title right before another name is that name's, not the one before the comma.
        #expect(try roles("Roger Stone, US President Donald Trump's longtime confidant, was sentenced.")
                == [Role(person: "Donald Trump", title: "President", org: "US")])
    }

    @Test func aTitleSwallowsNoVerbAndNoClub() throws {
        #expect(try roles("The bill narrowly passed President Joe Bloom's desk.") == [Role(person: "Joe Bloom", title: "President", org: nil)])
        #expect(try roles("Manchester United midfielder Bruno Silva scored twice.") == [Role(person: "Bruno Silva", title: "midfielder", org: "Manchester United")])
    }

}
