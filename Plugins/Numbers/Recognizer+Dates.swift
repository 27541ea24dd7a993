/// Dates: months and days (`June 13, 2025`, `13 June`, `2025-06-13`), weekdays (`Friday`,
/// `Saturday night`), relative days (`last Friday`, `the past few days`, `later on Friday`),
/// seasons, fiscal periods, and ranges of them (`June to September`, `between March 2021 and May 2022`).
extension Recognizer {
    // MARK: Months

    /// Whether the month word at `i` is used as a month: "May" the verb, "Theresa May" and
    /// "June Carter" are not.
    func isMonthUse(_ i: Int) -> Bool {
        guard let info = info(i), shape(i).contains(.capitalized) else { return false }
        let next = numeral(i + 1)
        let followedByDayOrYear = next.map { $0.isSmallInteger(1, 31) && $0.integerDigits <= 2 || $0.isYearLike
            || ($0.shape == .ordinal && ($0.value ?? 99) <= 31) } ?? false
        if followedByDayOrYear { return true }
        if !info.has(.month) { return false }  // Jan, Sept: only with a day or a year
        let before = i - 1
        let temporal = (key(before).map { Self.monthPrepositions.contains($0) } ?? false)
            || has(before, .datePrefix) || has(before, .relative) || has(before, .periodPart)
            || (isJoiningHyphen(before) && has(before - 1, .datePrefix))
        if isWord(i, Self.may) { return temporal }
        if temporal { return true }
        if kind(i + 1) == .word, shape(i + 1).contains(.capitalized), !has(i + 1, .weekday) { return false }
        if kind(before) == .word, shape(before).contains(.capitalized), !shape(before).contains(.sentenceInitial),
           self.info(before) == nil { return false }
        return true
    }

    static let may = WordKey(literal: "may")
    static let monthPrepositions = NumbersLexicon.words(in: .monthPreposition)

    /// `June`, `June 13`, `June 13, 2025`, `June 2025`, `June 13-15`, and a range to another month
    /// (`June to September`, `March 2021 – May 2022`).
    func matchMonth(at i: Int) -> NumberMatch? {
        guard let single = monthDate(at: i) else { return nil }
        var match = single
        let connector = match.end
        if isWord(connector, Words.to) || isRangeDash(connector) || isWord(connector, Words.through) || isWord(connector, Words.until),
           has(connector + 1, .month) || has(connector + 1, .monthAbbreviation), let other = monthDate(at: connector + 1) {
            match.end = other.end
            match.reference = nil
        }
        return match
    }

    /// One month expression without a range.
    func monthDate(at i: Int) -> NumberMatch? {
        guard let info = info(i), info.has(.month) || info.has(.monthAbbreviation), isMonthUse(i) else { return nil }
        var end = i + 1
        var day: Int?
        var year: Int?
        if let next = numeral(end), let value = next.value,
           (next.isSmallInteger(1, 31) && next.integerDigits <= 2) || (next.shape == .ordinal && value <= 31) {
            day = Int(value)
            end += 1
            // June 13-15, June 13 and 14
            if isRangeDash(end) || isWord(end, Words.and) || isWord(end, Words.or) || isWord(end, Words.to),
               let other = numeral(end + 1), other.isSmallInteger(1, 31), other.integerDigits <= 2,
               !has(end + 2, .month), !isPluralNoun(end + 2), !has(end + 2, .timeUnit) {
                end += 2
            }
            if isWord(end, Words.comma), let after = numeral(end + 1), after.isYearLike, let number = after.value {
                year = Int(number)
                end += 2
            } else if let after = numeral(end), after.isYearLike, let number = after.value {
                year = Int(number)
                end += 1
            }
        } else if let next = numeral(end), next.isYearLike, let number = next.value {
            year = Int(number)
            end += 1
        }
        var match = NumberMatch(.date, i, end)
        match.reference = .calendar(year: year, month: info.month, day: day)
        return match
    }

    /// `13 June`, `13 June 2025`, `13-15 June`: a day number before a month.
    func matchDayMonth(_ amount: Amount) -> NumberMatch? {
        guard amount.end == amount.start + 1, let numeral = amount.numeral, numeral.isSmallInteger(1, 31),
              numeral.integerDigits <= 2, let day = amount.value else { return nil }
        var monthAt = amount.end
        // 13-15 June, 13 and 14 June
        if isRangeDash(monthAt) || isWord(monthAt, Words.and) || isWord(monthAt, Words.or) || isWord(monthAt, Words.to),
           let other = self.numeral(monthAt + 1), other.isSmallInteger(1, 31), other.integerDigits <= 2 {
            monthAt += 2
        }
        guard let info = info(monthAt), info.has(.month) || info.has(.monthAbbreviation), shape(monthAt).contains(.capitalized),
              !isWord(monthAt, Self.may) || kind(monthAt + 1) == .number || !shape(monthAt + 1).contains(.hasLetter) else { return nil }
        var end = monthAt + 1
        var year: Int?
        if let next = self.numeral(end), next.isYearLike, let number = next.value {
            year = Int(number)
            end += 1
        }
        var match = NumberMatch(.date, amount.start, end)
        match.reference = .calendar(year: year, month: info.month, day: Int(day))
        return match
    }

    /// `2025-06-13`: four digits, two, two, joined by hyphens.
    func matchNumericDate(at i: Int) -> NumberMatch? {
        guard let year = numeral(i), year.isYearLike, isJoiningHyphen(i + 1), let month = numeral(i + 2),
              month.shape == .integer, month.integerDigits == 2, isJoiningHyphen(i + 3), let day = numeral(i + 4),
              day.shape == .integer, day.integerDigits == 2, let m = month.value, let d = day.value, let y = year.value,
              m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        var match = NumberMatch(.date, i, i + 5)
        match.reference = .calendar(year: Int(y), month: Int(m), day: Int(d))
        return match
    }

    /// `13/06/2025`, `6/13/2025`: three numbers joined by slashes.
    func matchSlashedDate(at i: Int) -> NumberMatch? {
        guard let numeral = numeral(i), numeral.partCount == 3, numeral.firstPart >= 1, numeral.secondPart >= 1,
              numeral.firstPart <= 31, numeral.secondPart <= 31 else { return nil }
        return NumberMatch(.date, i, i + 1)
    }

    // MARK: Weekdays

    /// `Friday`, `Friday, June 13`, `Friday 13 June`, `Saturday night` (a time), `Monday to Friday`.
    func matchWeekday(at i: Int) -> NumberMatch? {
        guard let info = info(i), shape(i).contains(.capitalized) else { return nil }
        var end = i + 1
        var next = end
        if isWord(next, Words.comma) { next += 1 }
        var dated = false
        // A weekday with its date ("Sunday 10 July 2016") refers to that date.
        var dateReference: TimeReference?
        if let date = monthDate(at: next), case .calendar(_, _, let day)? = date.reference, day != nil {
            end = date.end
            dated = true
            dateReference = date.reference
        } else if kind(next) == .number, let amount = parseAmount(at: next, money: false), let date = matchDayMonth(amount) {
            end = date.end
            dated = true
            dateReference = date.reference
        }
        if info.has(.weekdayAbbreviation) && !info.has(.weekday) && !dated { return nil }
        var match = NumberMatch(.date, i, end)
        match.reference = dateReference ?? .weekday(info.weekday, direction: 0)
        if has(end, .dayPart) {
            match.end = end + 1
            match.label = .time
        } else if isWord(end, Words.to) || isRangeDash(end), has(end + 1, .weekday), shape(end + 1).contains(.capitalized) {
            match.end = end + 2
            match.reference = nil
        }
        return match
    }

    // MARK: Relative days

    /// `last Friday`, `next week`, `this year`, `last night`, `last two years`, `past few days`;
    /// after "the" also `the following day`, `the coming weeks`.
    func relativePhrase(at i: Int, afterThe: Bool) -> NumberMatch? {
        guard let info = info(i), info.has(.relative) else { return nil }
        let isThis = info.direction == 0
        let needsThe = isWord(i, Self.following) || isWord(i, Self.previous)
        if needsThe && !afterThe { return nil }
        let j = i + 1
        let next = self.info(j) ?? WordInfo()
        if next.has(.weekday) && shape(j).contains(.capitalized) {
            var match = NumberMatch(.date, i, j + 1)
            match.reference = .weekday(next.weekday, direction: info.direction)
            if has(j + 1, .dayPart) {
                match.end = j + 2
                match.label = .time
            }
            return match
        }
        if next.has(.month) && shape(j).contains(.capitalized) || next.has(.season) {
            return NumberMatch(.date, i, j + 1)
        }
        if next.has(.dayPart) {
            return NumberMatch(.time, i, j + 1)
        }
        if let unit = next.timeUnit, !isPlural(j) {
            guard !unit.isWithinDay, unit != .day || afterThe, unit != .night else {
                return nil
            }
            var match = NumberMatch(.date, i, j + 1)
            match.reference = .shift(Double(info.direction), unit)
            return match
        }
        if isThis { return nil }
        // last two years, the next six months, the past few days, the coming weeks
        var unitAt = j
        var value: Double?
        if isWord(j, Words.few) {
            unitAt = j + 1
        } else if let amount = parseAmount(at: j, money: false), !amount.isVague, amount.value != nil {
            value = amount.value
            unitAt = amount.end
        } else if !afterThe {
            return nil
        }
        guard let unit = self.info(unitAt)?.timeUnit, unitAt > j || isPlural(unitAt) else { return nil }
        var match = NumberMatch(unit.isWithinDay ? .time : .date, i, unitAt + 1, value: value, unit: unitAt > j ? unit.rawValue : nil)
        if value == nil { match.unit = nil }
        return match
    }

    static let following = WordKey(literal: "following")
    static let previous = WordKey(literal: "previous")

    /// Whether the word at `i` ends in "s" (`years`, `days`): a plural unit of time.
    func isPlural(_ i: Int) -> Bool {
        guard i < sentenceEnd, let last = tokens[i].range.last else { return false }
        return bytes[last] | 0x20 == UInt8(ascii: "s") || isWord(i, Self.centuries) || isWord(i, Self.millennia)
    }

    static let centuries = WordKey(literal: "centuries")
    static let millennia = WordKey(literal: "millennia")

    /// `last year`, `next Monday` at the start of the phrase.
    func matchRelative(at i: Int) -> NumberMatch? {
        relativePhrase(at: i, afterThe: false)
    }

    /// `later on Friday`, `earlier this year`, `late on Sunday`, `earlier today`: the qualifier stays
    /// in the span.
    func matchDayPrefix(at i: Int) -> NumberMatch? {
        guard let phrase = vocabulary.phrases.longest(from: i, limit: sentenceEnd, key: { key($0) },
                                                       accept: { kind, _ in kind == .dayPrefix }) else { return nil }
        let j = phrase.end
        guard let info = info(j) else { return nil }
        var core: NumberMatch?
        if info.has(.weekday) {
            core = matchWeekday(at: j)
        } else if info.has(.relativeDay) || info.has(.relativeTime) {
            core = matchRelativeDay(at: j)
        } else if info.has(.relative) {
            core = relativePhrase(at: j, afterThe: false)
        }
        guard let found = core, found.start == j else { return nil }
        return found.extended(from: i)
    }

    /// `mid-2020`, `mid-March`, `early 2024`, `late March`, `the late 1990s`, `early summer`.
    func matchDatePrefix(at i: Int) -> NumberMatch? {
        var j = i + 1
        if isJoiningHyphen(j) { j += 1 } else if isWord(i, Words.mid) { return nil }
        if let numeral = numeral(j) {
            if numeral.shape == .decade { return NumberMatch(isAgeDecade(at: j) ? .cardinal : .date, i, j + 1) }
            if numeral.isYearLike, let value = numeral.value {
                var match = NumberMatch(.date, i, j + 1, value: value)
                match.reference = .calendar(year: Int(value), month: nil, day: nil)
                return match
            }
            return nil
        }
        if let month = monthDate(at: j) { return month.extended(from: i) }
        if has(j, .season) { return NumberMatch(.date, i, j + 1) }
        return nil
    }

    /// `Christmas`, `Easter`, `Ramadan` as days (`on Christmas Day`, `before Easter`, `this Ramadan`);
    /// a holiday's name elsewhere (`Christmas Island`) is not a date.
    func matchHoliday(at i: Int) -> NumberMatch? {
        guard shape(i).contains(.capitalized) else { return nil }
        let named = isWord(i + 1, Self.day) || isWord(i + 1, Self.eve)
        if named { return NumberMatch(.date, i, i + 2) }
        guard let before = key(i - 1), Self.holidayPrepositions.contains(before) || has(i - 1, .relative),
              !(kind(i + 1) == .word && shape(i + 1).contains(.capitalized)) else { return nil }
        return NumberMatch(.date, i, i + 1)
    }

    static let day = WordKey(literal: "day")
    static let eve = WordKey(literal: "eve")
    static let holidayPrepositions = NumbersLexicon.words(in: .holidayPreposition)

    /// `winter 2024`: a season with its year.
    func matchSeasonWithYear(at i: Int) -> NumberMatch? {
        guard let year = numeral(i + 1), year.isYearLike else { return nil }
        return NumberMatch(.date, i, i + 2)
    }

    /// `fiscal 2024`, `fiscal year 2025`, `FY24`, `Q3`, `Q3 2024`, `H1 2025`.
    func matchFiscalPeriod(at i: Int) -> NumberMatch? {
        guard let info = info(i) else { return nil }
        if info.has(.fiscal) {
            var j = i + 1
            if isWord(j, Words.year) { j += 1 }
            guard let year = numeral(j), year.isYearLike || (year.shape == .integer && year.integerDigits == 2) else { return nil }
            return NumberMatch(.date, i, j + 1)
        }
        guard shape(i).contains(.capitalized) else { return nil }
        let withYear = numeral(i + 1).map { $0.isYearLike } ?? false
        if info.has(.halfLabel) && !withYear { return nil }
        return NumberMatch(.date, i, withYear ? i + 2 : i + 1)
    }

    /// `FY2024`, `FY24`: one word.
    func isFiscalYearWord(_ i: Int) -> Bool {
        let range = tokens[i].range
        guard range.count == 4 || range.count == 6, bytes[range.lowerBound] == UInt8(ascii: "F"),
              bytes[range.lowerBound + 1] == UInt8(ascii: "Y") else { return false }
        for position in range.lowerBound + 2..<range.upperBound where !(bytes[position] >= 0x30 && bytes[position] <= 0x39) {
            return false
        }
        return true
    }

    /// `recent years`, `recent days`.
    func matchRecent(at i: Int) -> NumberMatch? {
        guard has(i + 1, .timeUnit), isPlural(i + 1) else { return nil }
        return NumberMatch(.date, i, i + 2)
    }

    /// `years ago`, `hours ago`, `decades earlier`: plural units of time without a number.
    func matchVagueTimeUnits(at i: Int) -> NumberMatch? {
        guard let unit = info(i)?.timeUnit, isPlural(i), has(i + 1, .offset) else { return nil }
        return NumberMatch(unit.isWithinDay ? .time : .date, i, i + 2)
    }

    // MARK: Phrases opened by a function word

    /// `the next six months`, `the past few days`, `the second half of 2027`, `the third quarter`,
    /// `the end of March`, `the weekend`, `the winter`, `the 1990s`, `the 20th century`,
    /// `the 88th minute`, `the 13th of June`.
    func matchThe(at i: Int) -> NumberMatch? {
        let j = i + 1
        guard j < sentenceEnd else { return nil }
        if let info = info(j) {
            if info.has(.ordinal) && info.ordinal <= 4 || isWord(j, Words.final) || isWord(j, Words.last) {
                var k = j + 1
                if isJoiningHyphen(k) { k += 1 }
                if isWord(k, Words.quarter) {
                    var match = NumberMatch(.date, i, k + 1)
                    if isWord(k + 1, Words.of), let period = dateOrPeriod(at: k + 2) { match.end = period.end }
                    return match
                }
                if isWord(k, Words.half) || (has(k, .timeUnit) && !isPlural(k)), isWord(k + 1, Words.of),
                   let period = dateOrPeriod(at: k + 2) {
                    return NumberMatch(.date, i, period.end)  // the first week of July
                }
            }
            if info.has(.relative), !isWord(j, Self.this), let phrase = relativePhrase(at: j, afterThe: true) {
                return phrase.extended(from: i)
            }
            if info.has(.periodPart), isWord(j + 1, Words.of), let period = dateOrPeriod(at: j + 2) {
                return NumberMatch(.date, i, period.end)
            }
            if isWord(j, Words.weekend) { return NumberMatch(.date, i, j + 1) }
            // the morning of June 5, the early hours of Sunday
            var partAt = j
            if isWord(j, Self.early) || isWord(j, Self.small) { partAt += 1 }
            if has(partAt, .dayPart) || (partAt > j && isWord(partAt, Self.hours)), isWord(partAt + 1, Words.of),
               let day = dateCore(at: partAt + 2) {
                return NumberMatch(.time, i, day.end)
            }
            if info.has(.season), !isWord(j, Self.fall) {
                var match = NumberMatch(.date, i, j + 1)
                if isWord(j + 1, Words.of), let year = numeral(j + 2), year.isYearLike { match.end = j + 3 }
                return match
            }
            if info.has(.datePrefix), let decade = matchDatePrefix(at: j) { return decade.extended(from: i) }
        }
        if let numeral = numeral(j), numeral.shape == .decade { return NumberMatch(.date, i, j + 1) }
        if let ordinal = ordinalAt(j) {
            let match = ordinalContext(ordinal)
            if match.label == .date || match.label == .time { return match.extended(from: i) }
            // on the 14th: a day of the month
            if isWord(i - 1, Words.on), let numeral = numeral(j), numeral.shape == .ordinal, let day = numeral.value, day <= 31,
               kind(j + 1) != .word {
                var date = NumberMatch(.date, i, j + 1)
                date.reference = .calendar(year: nil, month: nil, day: Int(day))
                return date
            }
        }
        return nil
    }

    static let this = WordKey(literal: "this")
    static let early = WordKey(literal: "early")
    static let small = WordKey(literal: "small")
    static let hours = WordKey(literal: "hours")
    static let fall = WordKey(literal: "fall")

    /// An ordinal at `i` in words or digits, compound ones included (`twenty-first`).
    func ordinalAt(_ i: Int) -> NumberMatch? {
        if let numeral = numeral(i), numeral.shape == .ordinal, let value = numeral.value {
            return NumberMatch(.ordinal, i, i + 1, value: value)
        }
        if let info = info(i), info.has(.ordinal) { return NumberMatch(.ordinal, i, i + 1, value: Double(info.ordinal)) }
        if has(i, .cardinal), let amount = parseWords(at: i, money: false), let ordinal = amount.ordinal {
            return NumberMatch(.ordinal, i, amount.end, value: Double(ordinal))
        }
        return nil
    }

    /// What "the end of", "the second half of" can govern: a date (`March`, `2027`, `next year`)
    /// or "the" with a unit of time (`the year`, `the month`).
    func dateOrPeriod(at i: Int) -> NumberMatch? {
        if let date = dateCore(at: i) { return date }
        if isWord(i, Words.the), has(i + 1, .timeUnit), !isPlural(i + 1) { return NumberMatch(.date, i, i + 2) }
        return nil
    }

    /// A date expression at `i`: a month, a weekday, a relative day or phrase, a year or a decade.
    func dateCore(at i: Int) -> NumberMatch? {
        if let numeral = numeral(i) {
            if numeral.shape == .decade { return NumberMatch(.date, i, i + 1) }
            if numeral.isYearLike, let value = numeral.value {
                if let month = matchNumericDate(at: i) { return month }
                var match = NumberMatch(.date, i, i + 1, value: value)
                match.reference = .calendar(year: Int(value), month: nil, day: nil)
                return match
            }
            if let amount = parseAmount(at: i, money: false), let date = matchDayMonth(amount) { return date }
            return nil
        }
        guard let info = info(i) else { return nil }
        if info.has(.month) || info.has(.monthAbbreviation) { return monthDate(at: i) }
        if info.has(.weekday) { return matchWeekday(at: i) }
        if info.has(.relative) { return relativePhrase(at: i, afterThe: false) }
        if info.has(.relativeDay) { return matchRelativeDay(at: i) }
        if info.has(.datePrefix) { return matchDatePrefix(at: i) }
        return nil
    }

    /// `between 10 and 15 percent`, `between $5m and $6m`, `between March 2021 and May 2022`,
    /// `between 9 a.m. and 5 p.m.`: one span, value null, with the bounds as minimum and maximum.
    func matchBetween(at i: Int) -> NumberMatch? {
        let j = i + 1
        if let first = dateCore(at: j), first.label == .date, isWord(first.end, Words.and),
           let second = dateCore(at: first.end + 1), second.label == .date {
            var match = NumberMatch(.date, i, second.end)
            if let low = first.value, let high = second.value, first.end == j + 1, second.end == first.end + 2 {
                match.minimum = low
                match.maximum = high
            }
            return match
        }
        var firstAmount: Amount?
        var firstEnd = j
        if let prefix = currencyPrefix(at: j) {
            firstAmount = parseAmount(at: prefix.end, money: true)
        } else {
            firstAmount = parseAmount(at: j, money: false)
        }
        guard let first = firstAmount else { return nil }
        firstEnd = first.end
        if let time = clockAfter(first, start: j) {
            guard isWord(time.end, Words.and), let second = matchNumeric(at: time.end + 1), second.label == .time else { return nil }
            return NumberMatch(.time, i, second.end)
        }
        guard isWord(firstEnd, Words.and), let secondStart = Optional(firstEnd + 1), secondStart < sentenceEnd,
              var second = match(at: secondStart), second.start == secondStart, second.label != .ordinal else { return nil }
        var secondAmount = parseAmount(at: secondStart, money: false)
        if let prefix = currencyPrefix(at: secondStart) { secondAmount = parseAmount(at: prefix.end, money: true) }
        if let secondAmount, let low = rangeLow(first, secondAmount) {
            second.minimum = low
            second.maximum = secondAmount.value
        }
        second.value = nil
        second.start = i
        second.coreStart = j
        return second
    }

    /// Whether a superlative or an ordinal comes before `i` in its clause ("the fastest pace in four
    /// decades", "the third such raid in six months"), which makes "in N years" a stretch of time,
    /// not a date to come.
    func followsSuperlative(_ i: Int) -> Bool {
        var index = i - 1
        while index >= max(sentenceStart, i - 8), !isWord(index, Words.comma) {
            if has(index, .ordinal) || numeral(index)?.shape == .ordinal || isWord(index, Words.record) || isWord(index, Words.most) {
                return true
            }
            if kind(index) == .word {
                let range = tokens[index].range
                if range.count >= 5, bytes[range.upperBound - 3] == UInt8(ascii: "e"), bytes[range.upperBound - 2] == UInt8(ascii: "s"),
                   bytes[range.upperBound - 1] == UInt8(ascii: "t") { return true }
            }
            index -= 1
        }
        return false
    }

    /// `for 12 days`, `for almost a century`, `for years`: "for" stays in the duration's span.
    func matchFor(at i: Int) -> NumberMatch? {
        var j = i + 1
        if let phrase = vocabulary.phrases.longest(from: j, limit: sentenceEnd, key: { key($0) },
                                                   accept: { kind, _ in kind == .modifier }) {
            j = phrase.end
        }
        guard j < sentenceEnd else { return nil }
        var core: NumberMatch?
        if isWord(j, Words.a) || isWord(j, Words.an) {
            core = matchArticle(at: j)
        } else if isWord(j, Words.half) {
            core = matchHalf(at: j, afterModifier: false)
        } else if kind(j) == .number || has(j, .cardinal) {
            core = matchNumeric(at: j)
        } else if let unit = info(j)?.timeUnit, isPlural(j), !has(j + 1, .offset) {
            core = NumberMatch(.duration, j, j + 1, unit: unit.rawValue)
        }
        guard let found = core, found.label == .duration, found.start == j else { return nil }
        var match = found.extended(from: i)
        match.coreStart = found.coreStart
        return match
    }

    /// `in three months` (a date, "in" included); `in 24 hours` stays a duration without "in".
    func matchIn(at i: Int) -> NumberMatch? {
        let j = i + 1
        guard j < sentenceEnd, kind(j) == .number || has(j, .cardinal) || isWord(j, Words.a) else { return nil }
        let core = isWord(j, Words.a) ? matchArticle(at: j) : matchNumeric(at: j)
        guard let found = core, found.label == .duration, found.start == j, let unitName = found.unit,
              let unit = TimeUnit(rawValue: unitName), !unit.isWithinDay, found.minimum == nil,
              !isWord(found.end, Words.of), !followsSuperlative(i) else { return nil }
        var match = found.extended(from: i)
        match.label = .date
        match.coreStart = found.coreStart
        if let value = found.value { match.reference = .shift(value, unit) }
        return match
    }
}
