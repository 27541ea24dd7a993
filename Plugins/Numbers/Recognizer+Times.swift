/// Times of day: clock times (`3 p.m.`, `15:00 GMT`, `4.30am`, `ten o'clock`), `noon` and
/// `midnight`, and what may stand before them (`shortly after`, `just before`).
extension Recognizer {
    /// `15:00`, `3:47 a.m.`, `15:00 GMT`, and a range `15:00-17:00`.
    func matchClockNumeral(at i: Int) -> NumberMatch? {
        var end = i + 1
        if has(end, .meridiem) { end += 1 }
        end = afterTimezone(end)
        var match = NumberMatch(.time, i, end)
        if isRangeDash(end) || isWord(end, Words.to), let other = numeral(end + 1), other.shape == .clock {
            match.end = afterTimezone(has(end + 2, .meridiem) ? end + 3 : end + 2)
        }
        return match
    }

    /// A clock time written as an amount and a mark: `3 p.m.`, `4.30am`, `ten o'clock`, `1600 GMT`.
    func clockAfter(_ amount: Amount, start: Int) -> NumberMatch? {
        guard amount.scale == 1, let value = amount.value, !amount.isVague else { return nil }
        let next = amount.end
        var end: Int
        if has(next, .meridiem) || has(next, .oclock) {
            if let numeral = amount.numeral, numeral.shape == .decimal {
                guard numeral.hour >= 0, numeral.hour <= 12, numeral.minute >= 0, numeral.minute < 60 else { return nil }
            } else {
                guard amount.isPlainInteger, value >= 1, value <= 12 else { return nil }
            }
            end = next + 1
        } else if let numeral = amount.numeral, numeral.shape == .integer, numeral.integerDigits == 4, !numeral.hasSeparators,
                  Int(value) % 100 < 60, Int(value) / 100 <= 24, isTimezone(next) {
            end = next  // 1600 GMT
        } else {
            return nil
        }
        end = afterTimezone(end)
        var match = NumberMatch(.time, start, end)
        // 9 a.m. to 5 p.m., 9-11am
        if isWord(end, Words.to) || isRangeDash(end), let second = parseAmount(at: end + 1, money: false),
           let other = clockAfter(second, start: end + 1) {
            match.end = other.end
        }
        return match
    }

    /// A time zone after a clock time: `GMT`, `UTC`, `EST` (written in capitals).
    func isTimezone(_ i: Int) -> Bool {
        has(i, .timezone) && shape(i).contains(.allCapitals)
    }

    func afterTimezone(_ i: Int) -> Int {
        isTimezone(i) ? i + 1 : i
    }

    /// `noon`, `midnight`, `midday`.
    func matchClockWord(at i: Int) -> NumberMatch? {
        NumberMatch(.time, i, i + 1)
    }

    /// `shortly after 10 a.m.`, `just before midnight`: the phrase stays in the time's span.
    func matchTimeModifier(at i: Int) -> NumberMatch? {
        guard let phrase = vocabulary.phrases.longest(from: i, limit: sentenceEnd, key: { key($0) },
                                                       accept: { kind, _ in kind == .timeModifier }) else { return nil }
        let j = phrase.end
        var core: NumberMatch?
        if kind(j) == .number || has(j, .cardinal) {
            core = matchNumeric(at: j)
        } else if has(j, .clockWord) {
            core = matchClockWord(at: j)
        }
        guard let found = core, found.label == .time, found.start == j else { return nil }
        return found.extended(from: i)
    }

    /// `today`, `yesterday`, `tomorrow` (dates) and `tonight` (a time); with a part of the day
    /// (`yesterday morning`) a time.
    func matchRelativeDay(at i: Int) -> NumberMatch? {
        guard let info = info(i) else { return nil }
        if info.has(.relativeTime) {
            var match = NumberMatch(.time, i, i + 1)
            match.reference = .dayOffset(0)
            return match
        }
        var match = NumberMatch(.date, i, i + 1)
        match.reference = .dayOffset(info.direction)
        if has(i + 1, .dayPart) {
            match.end = i + 2
            match.label = .time
        }
        return match
    }
}
