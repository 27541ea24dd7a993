import LedeCore
import Testing

/// Each rule family asserted through spans, labels and attribute values.
@Suite struct CardinalTests {
    @Test func digitsKeepSeparatorsAndDecimals() throws {
        let found = try Numbers.find("Israeli authorities said at least 25 people were killed, 639 in Iran, and 3.5 more.")
        #expect(found.map(\.text) == ["at least 25", "639", "3.5"])
        #expect(found.map(\.value) == [25, 639, 3.5])
        #expect(found.allSatisfy { $0.label == "CARDINAL" })
    }

    @Test func countsNamesWhatIsCounted() throws {
        let found = try Numbers.find("At least 25 people were killed and hundreds of patients treated in two IT systems.")
        #expect(found.map { $0.attributes["counts"]?.stringValue } == ["people", "patients", "IT systems"])
    }

    @Test func numberWordsCombine() throws {
        #expect(try Numbers.find("one hundred and twelve", in: "The court heard one hundred and twelve witnesses.")?.value == 112)
        #expect(try Numbers.find("twenty-five minutes", in: "It took twenty-five minutes, not twenty.")?.value == 25)
        #expect(try Numbers.find("two million", in: "About two million people voted.") == nil)
        #expect(try Numbers.find("About two million", in: "About two million people voted.")?.value == 2_000_000)
    }

    @Test func aRunOfNumberWordsIsSeveralNumbers() throws {
        let found = try Numbers.find("one two three")
        #expect(found.map(\.value) == [1, 2, 3])
    }

    @Test func vagueAmountsHaveNullValues() throws {
        for text in ["hundreds", "Thousands", "dozens", "tens of thousands", "hundreds of millions"] {
            let found = try #require(try Numbers.find("\(text) of people came").first, "\(text)")
            #expect(found.text.lowercased() == text.lowercased())
            #expect(found.label == "CARDINAL")
            #expect(found.hasNullValue)
        }
    }

    @Test func rangesHaveMinimumAndMaximum() throws {
        let range = try #require(try Numbers.find("10 to 15 percent", in: "Prices rose 10 to 15 percent."))
        #expect(range.label == "PERCENT")
        #expect(range.hasNullValue)
        #expect(range.attributes["min"]?.doubleValue == 10)
        #expect(range.attributes["max"]?.doubleValue == 15)
        let money = try #require(try Numbers.find("$5-6 billion", in: "It will cost $5-6 billion."))
        #expect(money.attributes["min"]?.doubleValue == 5e9)
        #expect(money.attributes["max"]?.doubleValue == 6e9)
    }

    @Test func matchScoresAreCardinalsWithoutValue() throws {
        let score = try #require(try Numbers.find("3-1", in: "United won 3-1 at home."))
        #expect(score.label == "CARDINAL")
        #expect(score.hasNullValue)
        #expect(score.attributes["min"] == nil)
    }

    @Test func agesAreCardinals() throws {
        #expect(try Numbers.find("54", in: "Solberg, 54, said so.")?.label == "CARDINAL")
        #expect(try Numbers.find("54-year-old", in: "The 54-year-old resigned.")?.value == 54)
    }
}

@Suite struct FractionAndOrdinalTests {
    @Test func fractionsAreDecimals() throws {
        #expect(try Numbers.find("two-thirds", in: "a two-thirds majority")?.attributes["value"] == .double(0.6667))
        #expect(try Numbers.find("A quarter", in: "A quarter of voters stayed home.")?.value == 0.25)
        #expect(try Numbers.find("a third", in: "Troops patrolled for a third consecutive day.") == nil)
    }

    @Test func ordinals() throws {
        let found = try Numbers.find("The world’s third-largest carrier began its 23rd year and fourth term.")
        #expect(found.map(\.text) == ["third", "23rd", "fourth"])
        #expect(found.allSatisfy { $0.label == "ORDINAL" })
        #expect(found.map(\.value) == [3, 23, 4])
    }
}

@Suite struct MeasureTests {
    @Test func percentForms() throws {
        let found = try Numbers.find("It fell 3.4 percent, 60 per cent, 22% and 25 basis points.")
        #expect(found.map(\.label) == ["PERCENT", "PERCENT", "PERCENT", "PERCENT"])
        #expect(found.map(\.value) == [3.4, 60, 22, 25])
        #expect(found.last?.unit == "basis point")
    }

    @Test func moneyBySymbolCodeAndName() throws {
        let found = try Numbers.find("It paid $1.2 billion, €200m, 60,000 euros, USD 5 million and Rs 46,000 crore.")
        #expect(found.map(\.unit) == ["USD", "EUR", "EUR", "USD", "INR"])
        #expect(found.map(\.value) == [1.2e9, 2e8, 60_000, 5e6, 4.6e11])
        #expect(found.allSatisfy { $0.label == "MONEY" })
    }

    @Test func unitsOfMeasure() throws {
        let found = try Numbers.find("It fell 310mm of rain, flew 12 kilometres per second, reached 3,000 degrees Celsius and carried 2 million tonnes.")
        #expect(found.map(\.unit) == ["mm", "km/s", "°C", "tonnes"])
        #expect(found.allSatisfy { $0.label == "QUANTITY" })
    }

    @Test func poundsAreMoneyWhereTheTextWritesThePoundSign() throws {
        #expect(try Numbers.find("8 pounds", in: "The baby weighed 8 pounds.")?.unit == "lb")
        #expect(try Numbers.find("8 pounds", in: "It cost £5 then, and 8 pounds now.")?.unit == "GBP")
    }
}

@Suite struct DateAndTimeTests {
    @Test func datesInNewsForms() throws {
        let found = try Numbers.find("It opened June 13, 2025, closed 13 June, reopened 2025-06-13 and again in 1968.")
        #expect(found.map(\.text) == ["June 13, 2025", "13 June", "2025-06-13", "1968"])
        #expect(found.allSatisfy { $0.label == "DATE" })
        #expect(found.last?.value == 1968)
    }

    @Test func relativeDays() throws {
        let found = try Numbers.find("Hostilities broke out last Friday, two days ago, and will go on for the next six months.")
        #expect(found.map(\.text) == ["last Friday", "two days ago", "the next six months"])
        #expect(found.map(\.label) == ["DATE", "DATE", "DATE"])
        #expect(found[1].value == 2 && found[1].unit == "day")
    }

    @Test func relativeTimesWithinADayAreTimes() throws {
        let found = try #require(try Numbers.find("4 hours ago").first)
        #expect(found.label == "TIME")
        #expect(found.value == 4)
        #expect(found.unit == "hour")
    }

    @Test func clockTimesAndPartsOfDays() throws {
        let found = try Numbers.find("At 6 p.m. Tuesday, at 15:00 GMT, at 4.30am and on Saturday night.")
        #expect(found.map(\.text) == ["6 p.m.", "Tuesday", "15:00 GMT", "4.30am", "Saturday night"])
        #expect(found.map(\.label) == ["TIME", "DATE", "TIME", "TIME", "TIME"])
    }

    @Test func matchMinutesAreTimes() throws {
        #expect(try Numbers.find("the 88th minute", in: "He scored in the 88th minute.")?.label == "TIME")
    }

    @Test func durations() throws {
        let found = try Numbers.find("After three years, for 12 days and for almost a century, a six-year voyage.")
        #expect(found.map(\.text) == ["three years", "for 12 days", "for almost a century", "six-year"])
        #expect(found.allSatisfy { $0.label == "DURATION" })
        #expect(found.map(\.value) == [3, 12, nil, 6])
    }

    @Test func fiscalQuarters() throws {
        let found = try Numbers.find("Profit fell in the third quarter and in Q4 2024 but rose in fiscal 2025.")
        #expect(found.map(\.text) == ["the third quarter", "Q4 2024", "fiscal 2025"])
        #expect(found.allSatisfy { $0.label == "DATE" })
    }
}

@Suite struct ExclusionTests {
    @Test func namesAndCodesHoldNoNumber() throws {
        #expect(try Numbers.find("COVID-19 and F-35 jets reached the G7 under Article 8 as the Nikkei 225 fell.").isEmpty)
    }

    @Test func oneAsAPronounIsNoNumber() throws {
        #expect(try Numbers.find("No one knew; the one who did gave a new one to every one of them, one by one.").isEmpty)
        #expect(try Numbers.find("one", in: "It built one of the three cameras.")?.value == 1)
    }

    @Test func frequencyWordsAndRatesAreNoNumbers() throws {
        #expect(try Numbers.find("Monthly and annual reports come twice a year.").isEmpty)
        #expect(try Numbers.find("He earns $5 a day.").map(\.text) == ["$5"])
    }

    @Test func theArticleIsNotOne() throws {
        #expect(try Numbers.find("A man met a woman.").isEmpty)
        let week = try #require(try Numbers.find("a week", in: "after a week of talks"))
        #expect(week.label == "DURATION")
        #expect(week.hasNullValue)
    }
}
