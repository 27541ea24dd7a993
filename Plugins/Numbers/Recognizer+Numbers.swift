/// Expressions that start with a number, a number word, an article or a modifier.
extension Recognizer {
    /// A number token or a number word at `i`: its shape decides between clock times, dates,
    /// ordinals and amounts.
    func matchNumeric(at i: Int) -> NumberMatch? {
        if tokens[i].kind == .number {
            guard let numeral = numeral(i) else { return nil }
            switch numeral.shape {
            case .clock: return matchClockNumeral(at: i)
            case .slashed: return matchSlashedDate(at: i)
            case .decade: return isAgeDecade(at: i) ? NumberMatch(.cardinal, i, i + 1) : NumberMatch(.date, i, i + 1)
            case .ordinal: return matchOrdinalNumeral(at: i)
            case .other: return nil
            case .integer, .decimal:
                if let date = matchNumericDate(at: i) { return date }
            }
        }
        guard var amount = parseAmount(at: i, money: false) else { return nil }
        if let fraction = proportion(amount) { amount = fraction }
        if let sign = negativeSign(before: i), let value = amount.value {
            amount.value = -value
            amount.base = amount.base.map { -$0 }
            amount.numeral = nil
            guard let match = classify(amount, start: sign) else { return nil }
            var signed = match
            signed.coreStart = i
            return signed
        }
        if let ordinal = amount.ordinal {
            return ordinalContext(NumberMatch(.ordinal, i, amount.end, value: Double(ordinal)))
        }
        if let date = matchDayMonth(amount) { return date }
        if let time = clockAfter(amount, start: i) { return time }
        return classify(amount, start: i)
    }

    /// The token of a minus sign before the number at `i`: `-5C`, `−3`, `minus 5`; a hyphen joining
    /// words or numbers (`COVID-19`, `10-15`) is not one.
    func negativeSign(before i: Int) -> Int? {
        let sign = i - 1
        guard sign >= sentenceStart, sign >= previousEnd else { return nil }
        if isWord(sign, Self.minus) { return sign }
        guard isWord(sign, Words.hyphen) || isWord(sign, Self.minusSign), touches(sign), !touches(sign - 1) else { return nil }
        if kind(sign - 1) == .number { return nil }
        return sign
    }

    static let minus = WordKey(literal: "minus")
    static let minusSign = WordKey(literal: "−")

    /// A modifier (`at least`, `more than`, `nearly`, `up to`) and the amount it modifies, as one span.
    func matchWithModifier(at i: Int) -> NumberMatch? {
        guard let phrase = vocabulary.phrases.longest(from: i, limit: sentenceEnd, key: { key($0) },
                                                       accept: { kind, _ in kind == .modifier }) else { return nil }
        let j = phrase.end
        guard j < sentenceEnd else { return nil }
        var core: NumberMatch?
        if tokens[j].kind == .number {
            core = matchNumeric(at: j)
        } else if isWord(j, Words.a) || isWord(j, Words.an) {
            core = matchArticle(at: j)
        } else if isWord(j, Words.half) {
            core = matchHalf(at: j, afterModifier: true)
        } else if let info = info(j), info.has(.cardinal) || info.has(.vague) || info.has(.indefinite) {
            core = matchNumeric(at: j)
        } else {
            core = matchMoney(at: j)
        }
        guard let found = core, found.label != .ordinal, found.start == j else { return nil }
        return found.extended(from: i)
    }

    /// `a dozen`, `a million`, `a third of`, `a week`, `an hour ago`, `a few days`. The article is
    /// not the number 1: "a man" is nothing, and "a week" is a duration without a value.
    func matchArticle(at i: Int) -> NumberMatch? {
        let j = i + 1
        // a few days, a couple of weeks, a few hundred metres
        if isWord(j, Words.few) || isWord(j, Self.couple) {
            let next = isWord(j, Self.couple) && isWord(j + 1, Words.of) ? j + 2 : j + 1
            if let scale = self.info(next), scale.has(.scale), isWord(j, Words.few) {
                var amount = Amount(start: i, end: next + 1, value: nil)
                amount.isVague = true
                amount.inWords = true
                return classify(amount, start: i)
            }
            if has(next, .timeUnit) {
                return timeUnitPhrase(value: nil, range: nil, unitAt: next, start: i, hyphenated: false)
            }
            return nil
        }
        guard let info = info(j) else { return nil }
        if info.has(.scale) {
            var amount = Amount(start: i, end: j, value: 1)
            amount.inWords = true
            amount = applyingScales(to: amount, money: false)
            guard amount.end > j else { return nil }
            return classify(amount, start: i)
        }
        if info.has(.fraction), info.denominator > 1, isWord(j + 1, Words.of) {
            if let measure = fractionOfMeasure(1 / Double(info.denominator), start: i, articleAt: j + 2) { return measure }
            var match = NumberMatch(.cardinal, i, j + 1, value: 1 / Double(info.denominator))
            match.isFraction = true
            return match
        }
        guard let unit = info.timeUnit, !isWord(j, Words.second) else { return nil }
        var end = j + 1
        var value: Double?
        if isWord(end, Words.and), isWord(end + 1, Words.a), isWord(end + 2, Words.half) {
            value = 1.5
            end += 3
        }
        if let offset = self.info(end), offset.has(.offset) {
            var match = NumberMatch(unit.isWithinDay ? .time : .date, i, end + 1, value: value, unit: unit.rawValue)
            match.reference = .shift(Double(offset.direction), unit)
            return match
        }
        if isRate(at: i) { return nil }
        return NumberMatch(.duration, i, end, value: value, unit: unit.rawValue)
    }

    static let couple = WordKey(literal: "couple")

    /// `in his 70s`, `in her mid-30s`: decades of a person's age are cardinals.
    func isAgeDecade(at i: Int) -> Bool {
        guard let value = numeral(i)?.value, value < 100 else { return false }
        var before = i - 1
        if isJoiningHyphen(before) { before -= 1 }
        if has(before, .datePrefix) { before -= 1 }
        return key(before).map { Self.possessives.contains($0) } ?? false
    }

    func isPossessive(_ i: Int) -> Bool {
        key(i).map { Self.possessives.contains($0) || $0 == Self.its } ?? false
    }

    static let its = WordKey(literal: "its")
    static let possessives = NumbersLexicon.words(in: .possessive)

    /// Whether the article at `i` starts a rate (`$5 a day`, `twice a year`, `1,000 people a year`).
    func isRate(at i: Int) -> Bool {
        if has(i - 1, .frequency) { return true }
        guard previousEnd >= 0, i >= previousEnd, i - previousEnd <= 3 else { return false }
        // Only the words of what is counted may stand between: "600 million passenger journeys a year".
        for index in previousEnd..<i where kind(index) != .word || has(index, .function) { return false }
        return i == previousEnd || isPluralNoun(i - 1)
    }

    /// `half a million`, `half an hour`, `half-hour`, `half of`, and `half` after a modifier
    /// (`more than half`).
    func matchHalf(at i: Int, afterModifier: Bool) -> NumberMatch? {
        let article = isWord(i + 1, Words.a) || isWord(i + 1, Words.an)
        if article, let next = info(i + 2), next.has(.scale) {
            var amount = Amount(start: i, end: i + 2, value: 0.5)
            amount.inWords = true
            amount = applyingScales(to: amount, money: false)
            guard amount.end > i + 2 else { return nil }
            return classify(amount, start: i)
        }
        if article || isJoiningHyphen(i + 1), let unit = info(i + 2)?.timeUnit {
            return NumberMatch(.duration, i, i + 3, value: 0.5, unit: unit.rawValue)
        }
        if let measure = fractionOfMeasure(0.5, start: i, articleAt: i + 1) { return measure }
        // half of the votes, half the votes, half its staff
        if isWord(i + 1, Words.of) || afterModifier || (has(i + 1, .determiner) && !article) || isPossessive(i + 1) {
            var match = NumberMatch(.cardinal, i, i + 1, value: 0.5)
            match.isFraction = true
            return match
        }
        return nil
    }

    /// A vulgar fraction written alone (`½ cup`).
    func matchFractionSymbolAlone(at i: Int) -> NumberMatch? {
        guard let info = info(i), info.has(.fractionSymbol) else { return nil }
        var match = NumberMatch(.cardinal, i, i + 1, value: info.fractionValue)
        match.isFraction = true
        return match
    }

    // MARK: Ordinals

    /// `third`, `fourth`: an ordinal, unless it names a fiscal quarter (`the third quarter`), a
    /// century, a minute of a match, or stands in a name (`First Lady`, `Second World War`).
    func matchOrdinalWord(at i: Int) -> NumberMatch? {
        guard let info = info(i), info.has(.ordinal) else { return nil }
        if isWord(i, Words.first) {
            if isWord(i - 1, Words.at) { return nil }  // at first
            if isWord(i + 1, Words.of), isWord(i + 2, Words.all) { return nil }  // first of all
        }
        if shape(i).contains(.capitalized), kind(i + 1) == .word, shape(i + 1).contains(.capitalized), !has(i + 1, .month) {
            return nil
        }
        // "would second the motion", "second to none": the verb and the idiom.
        if isWord(i, Words.second), has(i - 1, .modal) || isWord(i - 1, Words.to) || isWord(i + 1, Words.to) { return nil }
        return ordinalContext(NumberMatch(.ordinal, i, i + 1, value: Double(info.ordinal)))
    }

    /// `23rd`, `1st`: an ordinal, or the day of a date (`13th June`, `13th of June`).
    func matchOrdinalNumeral(at i: Int) -> NumberMatch? {
        guard let value = numeral(i)?.value else { return nil }
        if value >= 1 && value <= 31 {
            let monthAt = isWord(i + 1, Words.of) ? i + 2 : i + 1
            if has(monthAt, .month) || has(monthAt, .monthAbbreviation), shape(monthAt).contains(.capitalized) {
                var end = monthAt + 1
                var year: Int?
                if let next = numeral(end), next.isYearLike, let number = next.value {
                    year = Int(number)
                    end += 1
                }
                var match = NumberMatch(.date, i, end)
                match.reference = .calendar(year: year, month: info(monthAt)?.month, day: Int(value))
                return match
            }
        }
        return ordinalContext(NumberMatch(.ordinal, i, i + 1, value: value))
    }

    /// What follows an ordinal can make it a date or a time: `first-quarter`, `third quarter`,
    /// `20th century`, `88th minute`.
    func ordinalContext(_ ordinal: NumberMatch) -> NumberMatch {
        var next = ordinal.end
        if isJoiningHyphen(next) { next += 1 }
        let n = ordinal.value ?? 0
        if n >= 1, n <= 4, isWord(next, Words.quarter) {
            var match = NumberMatch(.date, ordinal.start, next + 1)
            if isWord(next + 1, Words.of), let year = numeral(next + 2), year.isYearLike { match.end = next + 3 }
            else if let year = numeral(next + 1), year.isYearLike { match.end = next + 2 }
            return match
        }
        if n >= 1, n <= 2, isJoiningHyphen(ordinal.end), isWord(next, Words.half) {
            return NumberMatch(.date, ordinal.start, next + 1)  // first-half profit
        }
        if isWord(ordinal.end, Words.century) { return NumberMatch(.date, ordinal.start, ordinal.end + 1) }
        if isWord(ordinal.end, Words.minute) { return NumberMatch(.time, ordinal.start, ordinal.end + 1) }
        return ordinal
    }
}
