/// Amounts and what follows them: ranges, percentages, money, units of measure, units of time,
/// years, and plain cardinals.
extension Recognizer {
    /// A currency symbol or code at token `i` that can stand before an amount (`$`, `US$`, `€`,
    /// `Rs`, `USD`), and the token after it.
    func currencyPrefix(at i: Int) -> (measure: Measure, end: Int)? {
        guard i >= sentenceStart, i < sentenceEnd, tokens[i].kind == .symbol || tokens[i].kind == .word else { return nil }
        let found = measures.trie.longest(from: i, limit: sentenceEnd, key: { key($0) }) { measure, end in
            measure.isCurrencyPrefix && (!measure.exactCase || spells(i..<end, measure.surface))
        }
        return found.map { ($0.payload, $0.end) }
    }

    /// A unit, percent sign or currency starting at token `i`, right after an amount; `touching`
    /// says whether it is written against the number (`310mm`, `25C`).
    func measureAfter(_ i: Int, touching: Bool) -> (measure: Measure, end: Int)? {
        guard i >= sentenceStart, i < sentenceEnd else { return nil }
        let found = measures.trie.longest(from: i, limit: sentenceEnd, key: { key($0) }) { measure, end in
            if measure.exactCase && !spells(i..<end, measure.surface) { return false }
            if measure.mustTouchNumber && !touching { return false }
            switch measure.kind {
            case .currencySymbol:
                // After the number only the signs (5€, 50 £), not letter symbols such as Rs.
                guard let first = measure.surface.first, first >= 0x80 || first == UInt8(ascii: "$") else { return false }
            case .currencyName, .unit:
                // "pounds": money where the document writes £ (and not "pounds of"), else weight.
                if measure.surface.count >= 5, measure.surface[0] | 0x20 == UInt8(ascii: "p"),
                   measure.surface[1] | 0x20 == UInt8(ascii: "o"), measure.surface[2] | 0x20 == UInt8(ascii: "u") {
                    let money = writesPoundSign && !isWord(end, Words.of)
                    return measure.isCurrency == money
                }
            case .currencyCode:
                break
            }
            return true
        }
        return found.map { ($0.payload, $0.end) }
    }

    /// Money written with a currency symbol or code before the amount: `$14.6bn`, `S$31.20`,
    /// `Rs 46,000 crore`, `€200m`, `$5-6 billion`.
    func matchMoney(at i: Int) -> NumberMatch? {
        guard let prefix = currencyPrefix(at: i), prefix.end < sentenceEnd, tokens[prefix.end].kind == .number,
              let amount = parseAmount(at: prefix.end, money: true) else { return nil }
        guard var match = classify(amount, start: i, currency: prefix.measure) else { return nil }
        match.coreStart = prefix.end
        return match
    }

    /// Money written as one word, symbol and digits together: `Rs500`, `RM50`, `Sh5bn`.
    func matchGluedMoney(at i: Int) -> NumberMatch? {
        let range = tokens[i].range
        var digitsStart = range.lowerBound
        while digitsStart < range.upperBound, !(bytes[digitsStart] >= 0x30 && bytes[digitsStart] <= 0x39) { digitsStart += 1 }
        var digitsEnd = digitsStart
        while digitsEnd < range.upperBound, (bytes[digitsEnd] >= 0x30 && bytes[digitsEnd] <= 0x39)
                || ((bytes[digitsEnd] == UInt8(ascii: ".") || bytes[digitsEnd] == UInt8(ascii: ",")) && digitsEnd + 1 < range.upperBound
                    && bytes[digitsEnd + 1] >= 0x30 && bytes[digitsEnd + 1] <= 0x39) {
            digitsEnd += 1
        }
        guard digitsStart > range.lowerBound, digitsEnd > digitsStart, let prefix = WordKey(bytes, range.lowerBound..<digitsStart),
              let currency = measures.trie.payloads(ofSingle: prefix).first(where: {
                  $0.isCurrencyPrefix && (!$0.exactCase || $0.surface.elementsEqual(bytes[range.lowerBound..<digitsStart]))
              }) else { return nil }
        let numeral = Numeral(bytes, digitsStart..<digitsEnd)
        guard numeral.shape == .integer || numeral.shape == .decimal, var value = numeral.value else { return nil }
        if digitsEnd < range.upperBound {
            guard let suffix = WordKey(bytes, digitsEnd..<range.upperBound), let scale = vocabulary.info(suffix),
                  scale.has(.suffixScale) || scale.has(.moneySuffixScale) || scale.has(.scale) else { return nil }
            value *= scale.scale
        }
        var amount = Amount(start: i, end: i + 1, value: value)
        amount = applyingScales(to: amount, money: true)
        return classify(amount, start: i, currency: currency)
    }

    /// The expression an amount starts: a range, then whatever follows decides the label.
    func classify(_ first: Amount, start: Int, currency: Measure? = nil) -> NumberMatch? {
        var last = first
        var range: (low: Double, high: Double)?
        var isScore = false
        if let partner = rangePartner(after: first, currency: currency) {
            let second = partner.second
            if currency == nil, let years = yearRange(first, second, dash: partner.dash) {
                var match = NumberMatch(.date, start, second.end)
                match.minimum = years.low
                match.maximum = years.high
                return match
            }
            if let low = rangeLow(first, second), let high = second.value {
                if low < high {
                    range = (low, high)
                    last = second
                } else if partner.dash, currency == nil, first.isPlainInteger, second.isPlainInteger, low < 100 {
                    isScore = true  // won 3-1
                    last = second
                }
            }
        }
        let value: Double? = range == nil && !isScore ? last.value : nil
        let end = last.end
        if let currency {
            var match = NumberMatch(.money, start, end, value: value, unit: currency.code)
            if let range { match.minimum = range.low; match.maximum = range.high }
            return withPostfix(match)
        }
        if isScore { return NumberMatch(.cardinal, start, end) }
        // 71 cents, 50p, 20 pence: money in hundredths of the currency.
        if let subunit = info(end), subunit.has(.currencySubunit), let code = subunit.currency,
           touches(end - 1) || tokens[end].range.count > 1 {
            var match = NumberMatch(.money, start, end + 1, value: value.map { $0 / 100 }, unit: code)
            if let range { match.minimum = range.low / 100; match.maximum = range.high / 100 }
            return match
        }
        var after = end
        let hyphenated = isJoiningHyphen(after)
        if hyphenated { after += 1 }
        if let found = measureAfter(after, touching: hyphenated || touches(end - 1)) {
            let measure = found.measure
            var match: NumberMatch
            if measure.isPercent {
                match = NumberMatch(.percent, start, found.end, value: value, unit: measure.code == "percent" ? nil : measure.code)
            } else if measure.isCurrency {
                match = NumberMatch(.money, start, found.end, value: value, unit: measure.code)
            } else {
                match = NumberMatch(.quantity, start, found.end, value: value, unit: measure.code)
                if let rate = perTimeUnit(after: found.end, measure: measure) {
                    match.end = rate.end
                    match.unit = measure.code + "/" + rate.unit.symbol
                }
            }
            if let range { match.minimum = range.low; match.maximum = range.high }
            match.isFraction = first.isFraction
            return withPostfix(withRepeatedMeasure(match, measure: measure))
        }
        if has(after, .timeUnit) {
            return timeUnitPhrase(value: value, range: range, unitAt: after, start: start, hyphenated: hyphenated)
        }
        // twenty working days, three consecutive years, two more weeks
        if !hyphenated, has(after, .unitAdjective), has(after + 1, .timeUnit) {
            return timeUnitPhrase(value: value, range: range, unitAt: after + 1, start: start, hyphenated: false)
        }
        // Vague amounts of money or of a measure: billions of dollars, thousands of tonnes.
        if last.isVague, isWord(end, Words.of), let found = measureAfter(end + 1, touching: false), !found.measure.isPercent {
            return NumberMatch(found.measure.isCurrency ? .money : .quantity, start, found.end, unit: found.measure.code)
        }
        if range == nil, let year = yearDate(first, start: start) { return year }
        var match = NumberMatch(.cardinal, start, end, value: value)
        match.isFraction = first.isFraction
        if let range { match.minimum = range.low; match.maximum = range.high }
        return withPostfix(match)
    }

    /// A range that writes its measure twice: `5.00%-5.25%`, `10km-15km`.
    func withRepeatedMeasure(_ match: NumberMatch, measure: Measure) -> NumberMatch {
        guard match.minimum == nil, let low = match.value, isRangeDash(match.end),
              let second = parseAmount(at: match.end + 1, money: false), let high = second.value, low < high,
              let repeated = measureAfter(second.end, touching: touches(second.end - 1)),
              repeated.measure.code == measure.code else { return match }
        var result = match
        result.end = repeated.end
        result.value = nil
        result.minimum = low
        result.maximum = high
        return result
    }

    /// A fraction of a measure: `a quarter of a percentage point`, `half a mile`, `a third of an hour`;
    /// `k` is the article before the measure.
    func fractionOfMeasure(_ value: Double, start: Int, articleAt k: Int) -> NumberMatch? {
        guard isWord(k, Words.a) || isWord(k, Words.an) else { return nil }
        if let unit = info(k + 1)?.timeUnit {
            var match = NumberMatch(.duration, start, k + 2, value: value, unit: unit.rawValue)
            match.isFraction = true
            return match
        }
        guard let found = measureAfter(k + 1, touching: false), !found.measure.isCurrency else { return nil }
        let measure = found.measure
        var match = measure.isPercent
            ? NumberMatch(.percent, start, found.end, value: value, unit: measure.code == "percent" ? nil : measure.code)
            : NumberMatch(.quantity, start, found.end, value: value, unit: measure.code)
        match.isFraction = true
        return match
    }

    /// `per second`, `/h`, `an hour` after a unit: a rate (`km/s`, `km/h`).
    func perTimeUnit(after i: Int, measure: Measure) -> (end: Int, unit: TimeUnit)? {
        guard case .unit(let dimension) = measure.kind, let unit = info(i + 1)?.timeUnit else { return nil }
        if isWord(i, Words.per) || isWord(i, Words.slash) { return (i + 2, unit) }
        if (isWord(i, Words.a) || isWord(i, Words.an)) && dimension == "length" { return (i + 2, unit) }
        return nil
    }

    /// `or more`, `or so`, `-plus`, `+` after an amount stay in its span.
    func withPostfix(_ match: NumberMatch) -> NumberMatch {
        var result = match
        let end = match.end
        if isWord(end, Words.or), isWord(end + 1, Words.more) || isWord(end + 1, Words.so) {
            result.end = end + 2
        } else if isJoiningHyphen(end), isWord(end + 1, Words.plus) {
            result.end = end + 2
        } else if touches(end - 1), isWord(end, Words.plusSign) {
            result.end = end + 1
        }
        return result
    }

    /// An amount and a unit of time: `three years` (a duration), `six-year` (an adjective),
    /// `4 hours ago` (a time), `two days ago` (a date), `54-year-old` and `54 years old` (ages).
    func timeUnitPhrase(value: Double?, range: (low: Double, high: Double)?, unitAt u: Int, start: Int,
                        hyphenated: Bool) -> NumberMatch? {
        guard let unit = info(u)?.timeUnit else { return nil }
        let end = u + 1
        if hyphenated, isJoiningHyphen(end), isWord(end + 1, Words.old) {
            return NumberMatch(.cardinal, start, end + 2, value: value)
        }
        if !hyphenated, isWord(end, Words.old), unit != .second, unit != .minute {
            return NumberMatch(.cardinal, start, end + 1, value: value)
        }
        var match: NumberMatch
        if !hyphenated, let offset = info(end), offset.has(.offset) {
            match = NumberMatch(unit.isWithinDay ? .time : .date, start, end + 1, value: value, unit: unit.rawValue)
            if let value { match.reference = .shift(value * Double(offset.direction), unit) }
        } else {
            match = NumberMatch(.duration, start, end, value: value, unit: unit.rawValue)
        }
        if let range { match.minimum = range.low; match.maximum = range.high }
        return match
    }

    /// A year written alone (`2022`, `in 1968`); a four-digit count (`2000 people`) is not one.
    func yearDate(_ amount: Amount, start: Int) -> NumberMatch? {
        guard amount.end == amount.start + 1, let numeral = amount.numeral, numeral.isYearLike,
              let year = amount.value else { return nil }
        if isPluralNoun(amount.end) { return nil }
        if year < 1900 || year > 2100 {
            // Early years only after a preposition of time: "in 1500", not "1500 said".
            guard let before = key(amount.start - 1), Self.yearPrepositions.contains(before) else { return nil }
        }
        var match = NumberMatch(.date, start, amount.end, value: year)
        match.reference = .calendar(year: Int(year), month: nil, day: nil)
        return match
    }

    static let yearPrepositions = NumbersLexicon.words(in: .yearPreposition)

    /// Years joined as a range: `2020-21`, `1990–2000`, `2010 to 2015`.
    func yearRange(_ first: Amount, _ second: Amount, dash: Bool) -> (low: Double, high: Double)? {
        guard let numeral = first.numeral, numeral.isYearLike, let low = first.value,
              let other = second.numeral, other.shape == .integer, !other.hasSeparators, let high = second.value else { return nil }
        if other.isYearLike && high > low { return (low, high) }
        if dash, other.integerDigits == 2 {
            let full = (low / 100).rounded(.down) * 100 + high
            if full > low { return (low, full) }
        }
        return nil
    }
}
