import LedeCore
import Testing
@testable import Numbers

/// With the article's date (`date` option, `date` metadata or a dateline), relative dates get
/// `attrs.resolved` as an ISO date.
@Suite struct DateResolutionTests {
    @Test func relativeDaysResolveAgainstTheGivenDate() throws {
        // 2025-06-13 was a Friday.
        let text = "Iran said on Friday it struck last Friday, two days ago, yesterday and will meet next Monday."
        let found = try Numbers.find(text, date: "2025-06-13")
        let resolved = Dictionary(uniqueKeysWithValues: found.map { ($0.text, $0.attributes["resolved"]?.stringValue) })
        #expect(resolved["Friday"] == "2025-06-13")
        #expect(resolved["last Friday"] == "2025-06-06")
        #expect(resolved["two days ago"] == "2025-06-11")
        #expect(resolved["yesterday"] == "2025-06-12")
        #expect(resolved["next Monday"] == "2025-06-16")
    }

    @Test func datesThatNameTheirYearNeedNoArticleDate() throws {
        let found = try Numbers.find("They voted on Sunday 10 July 2016; in March 2025 prices rose; it happened yesterday.")
        let resolved = Dictionary(uniqueKeysWithValues: found.map { ($0.text, $0.attributes["resolved"]?.stringValue) })
        #expect(resolved["Sunday 10 July 2016"] == "2016-07-10")
        #expect(resolved["March 2025"] == "2025-03")
        #expect(resolved["yesterday"] == .some(nil))
    }

    @Test func aMonthWithoutYearIsTheOneTheSentenceSpeaksOf() throws {
        // Written on 2025-03-05: November is last year's in a past clause, this year's ahead.
        let found = try Numbers.find("In November the minister resigned. He will return in November. In January he wrote.",
                                     date: "2025-03-05")
        #expect(found.map { $0.attributes["resolved"]?.stringValue } == ["2024-11", "2025-11", "2025-01"])
    }

    @Test func withoutADateNothingIsResolved() throws {
        let found = try Numbers.find("It happened yesterday.")
        #expect(found.first?.attributes["resolved"] == nil)
    }

    @Test func aDatelineGivesTheDate() throws {
        let found = try Numbers.find("NAIROBI, March 3, 2025 (Reuters) - Kenya said on Friday it would act.")
        #expect(found.first { $0.text == "Friday" }?.attributes["resolved"]?.stringValue == "2025-02-28")
    }

    @Test func theDateOptionIsValidated() throws {
        let annotator = NumbersAnnotator()
        #expect(throws: AnnotatorOptionError.self) { try annotator.configured(["date": "13 June"]) }
        #expect(throws: AnnotatorOptionError.self) { try annotator.configured(["when": "2025-06-13"]) }
        #expect(throws: Never.self) { try annotator.configured(["date": "2024-02-29"]) }
    }

    @Test func calendarArithmetic() {
        let day = CalendarDay(year: 2025, month: 6, day: 13)
        #expect(day.weekday == 5)
        #expect(day.adding(days: 20).iso == "2025-07-03")
        #expect(day.adding(months: -7).isoMonth == "2024-11")
        #expect(CalendarDay(dayNumber: day.dayNumber) == day)
        #expect(CalendarDay(year: 2025, month: 1, day: 1).isoWeek == "2025-W01")
        #expect(CalendarDay(iso: "2025-02-29") == nil)
    }
}
