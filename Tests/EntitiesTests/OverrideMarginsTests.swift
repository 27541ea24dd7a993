@testable import Entities
import LedeCore
import Testing

@Suite struct OverrideMarginsTests {
    /// Classes as the changes number them: NONE 0, PERSON 1, ORG 2, PLACE 3.
    static let none = 0, person = 1, organization = 2

    @Test func aSieveOfItsOwnOverridesTheMarginOfItsChangeOnly() throws {
        var byChange = [Float](repeating: .infinity, count: 16)
        byChange[Self.organization * 4 + Self.none] = 40
        byChange[Self.person * 4 + Self.none] = 16
        var own = byChange
        own[Self.organization * 4 + Self.none] = 8
        let margins = OverrideMargins(byChange: byChange, bySieve: ["single-word": own])
        #expect(margins.margin(rules: Self.organization, learned: Self.none, sieve: "single-word") == 8)
        #expect(margins.margin(rules: Self.organization, learned: Self.none, sieve: "known-organization") == 40)
        #expect(margins.margin(rules: Self.organization, learned: Self.none, sieve: nil) == 40)
        #expect(margins.margin(rules: Self.person, learned: Self.none, sieve: "single-word") == 16)

        // The settings file writes the sieve's one different margin, and reads back the same.
        let text = margins.settings()
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("override-margin-sieve") } == ["override-margin-sieve\tsingle-word\tORG\tNONE\t8.0"])
        let read = try OverrideMargins.parse(TSV.rows(parsing: text)).get()
        #expect(read == margins)
    }

    @Test func newsAndOtherWritingKeepTheirOwnMarginsInOneFile() throws {
        var news = OverrideMargins(byChange: [Float](repeating: .infinity, count: 16))
        news.byChange[Self.organization * 4 + Self.none] = 40
        var other = OverrideMargins(byChange: [Float](repeating: .infinity, count: 16))
        other.byChange[Self.organization * 4 + Self.none] = 4
        other.bySieve["known-organization"] = [Float](repeating: .infinity, count: 16)
        let text = news.settings() + other.settings(prefix: OverrideMargins.otherWritingPrefix)
        let rows = TSV.rows(parsing: text)
        #expect(try OverrideMargins.parse(rows).get() == news)
        #expect(try OverrideMargins.parse(rows, prefix: OverrideMargins.otherWritingPrefix).get() == other)
    }

    @Test func aBadRowIsRefusedWithTheRow() {
        let rows = TSV.rows(parsing: "override-margin\tORG\tNOBODY\t4\n")
        guard case .failure(let bad) = OverrideMargins.parse(rows) else {
            Issue.record("a row with an unknown class was read")
            return
        }
        #expect(bad.row.contains("NOBODY"))
    }
}
