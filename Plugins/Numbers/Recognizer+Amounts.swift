/// A number written in digits or words with its scale words (`1.2 million`, `twenty-five`,
/// `2,500 crore`), a fraction (`two-thirds`), or a vague amount (`hundreds`, `tens of thousands`).
struct Amount: Sendable {
    var start: Int
    var end: Int
    /// The number, or nil for a vague amount.
    var value: Double?
    /// The number before its scale (`1.2` in `1.2 million`) and the scale (1e6).
    var base: Double?
    var scale: Double = 1
    var inWords = false
    var isVague = false
    var isFraction = false
    /// A compound ordinal in words (`twenty-first`).
    var ordinal: Int?
    /// The number token, when the amount is that one token.
    var numeral: Numeral?

    init(start: Int, end: Int, value: Double?) {
        self.start = start
        self.end = end
        self.value = value
        self.base = value
    }

    /// A plain integer without scale or fraction: what a year, a day of the month or an hour can be.
    var isPlainInteger: Bool {
        guard let value, scale == 1, !isFraction, !isVague else { return false }
        if let numeral { return numeral.shape == .integer && !numeral.hasSeparators }
        return value.rounded() == value
    }
}

extension Recognizer {
    /// The amount that starts at token `i`. With `money`, the scale suffixes that only follow
    /// currencies count too (`£2m`, `$5b`, `Rs 500 cr`).
    func parseAmount(at i: Int, money: Bool) -> Amount? {
        guard i >= sentenceStart, i < sentenceEnd else { return nil }
        if tokens[i].kind == .number {
            guard let numeral = numeral(i), numeral.shape == .integer || numeral.shape == .decimal else { return nil }
            var amount = Amount(start: i, end: i + 1, value: numeral.value)
            amount.numeral = numeral
            // Digits beyond what a double holds sensibly: a number without a value.
            guard let value = numeral.value else { return amount }
            // A vulgar fraction written against the digits: 3½.
            if touches(i), let fraction = info(i + 1), fraction.has(.fractionSymbol) {
                amount.value = value + fraction.fractionValue
                amount.base = amount.value
                amount.numeral = nil
                amount.end = i + 2
            }
            return withAndAHalf(applyingScales(to: amount, money: money))
        }
        guard let info = info(i) else { return nil }
        if info.has(.cardinal) { return parseWords(at: i, money: money) }
        if info.has(.vague) { return parseVague(at: i) }
        if info.has(.indefinite), let next = self.info(i + 1), next.has(.scale) || next.has(.vague), !isWord(i + 1, Words.dozen) {
            // several hundred, many thousands
            var amount = Amount(start: i, end: i + 2, value: nil)
            amount.isVague = true
            amount.inWords = true
            if isWord(i + 2, Words.of), has(i + 3, .vague) { amount.end = i + 4 }
            return amount
        }
        return nil
    }

    /// `one in five`, `nine out of 10`, `3 in 4`: a proportion, as a fraction.
    func proportion(_ amount: Amount) -> Amount? {
        guard amount.isPlainInteger, let numerator = amount.value, numerator >= 1, numerator <= 100 else { return nil }
        var next = amount.end
        if isWord(next, Words.in) {
            next += 1
        } else if isWord(next, Words.out), isWord(next + 1, Words.of) {
            next += 2
        } else {
            return nil
        }
        guard let denominator = parseAmount(at: next, money: false), denominator.isPlainInteger,
              let divisor = denominator.value, divisor > numerator, divisor <= 1_000_000,
              !(denominator.numeral?.isYearLike ?? false) else { return nil }
        var result = amount
        result.value = numerator / divisor
        result.base = result.value
        result.isFraction = true
        result.numeral = nil
        result.end = denominator.end
        return result
    }

    /// Multiplies an amount by the scale words after it (`million`, `bn`, `crore`).
    func applyingScales(to amount: Amount, money: Bool) -> Amount {
        var result = amount
        var index = amount.end
        var applied = 0
        while applied < 2, let info = info(index), let value = result.value {
            var factor = 0.0
            if info.has(.scale) || info.has(.suffixScale) {
                factor = info.scale
            } else if info.has(.moneySuffixScale) {
                if money {
                    factor = info.scale
                } else if isWord(index, Words.m), touches(index - 1),
                          isPluralNoun(index + 1) || isWord(index + 1, Words.of) {
                    factor = info.scale  // 1.5m people
                }
            }
            guard factor > 0 else { break }
            if applied == 0 { result.base = value }
            result.value = value * factor
            result.scale *= factor
            result.numeral = nil
            index += 1
            result.end = index
            applied += 1
        }
        return result
    }

    /// `two and a half`, `2 and a half`.
    func withAndAHalf(_ amount: Amount) -> Amount {
        guard let value = amount.value, amount.scale == 1, isWord(amount.end, Words.and),
              isWord(amount.end + 1, Words.a), isWord(amount.end + 2, Words.half) else { return amount }
        var result = amount
        result.value = value + 0.5
        result.base = result.value
        result.numeral = nil
        result.end += 3
        return result
    }

    /// Number words: `twenty-five`, `one hundred and twelve`, `two million`, `two-thirds`,
    /// `twenty-first`. Each word must be able to follow the one before it, so a run of number
    /// words (`one two three`) is read as separate numbers.
    func parseWords(at i: Int, money: Bool) -> Amount? {
        enum Last { case none, unit, teen, tens, hundred, scale }
        var total = 0.0, current = 0.0
        var last = Last.none
        var lastBigScale = Double.infinity
        var index = i
        var end = i
        var scale = 1.0
        var base: Double?
        while index < sentenceEnd, let info = info(index) {
            if info.has(.cardinal) {
                let value = info.cardinal
                let kind: Last = value < 10 ? .unit : value < 20 ? .teen : .tens
                let allowed: Bool
                switch last {
                case .none: allowed = true
                case .tens: allowed = kind == .unit && value > 0
                case .hundred, .scale: allowed = true
                case .unit, .teen: allowed = false
                }
                guard allowed else { break }
                current += value
                last = kind
                index += 1
                end = index
                // twenty-five: the hyphen joins a tens word and a unit word (or an ordinal).
                if kind == .tens, isJoiningHyphen(index), let next = self.info(index + 1) {
                    if next.has(.cardinal), next.cardinal > 0, next.cardinal < 10 {
                        index += 1
                    } else if next.has(.ordinal), next.ordinal < 10 {
                        var amount = Amount(start: i, end: index + 2, value: total + current + Double(next.ordinal))
                        amount.ordinal = Int(total + current) + next.ordinal
                        amount.inWords = true
                        return amount
                    }
                }
                continue
            }
            if info.has(.scale), last != .none {
                let factor = info.scale
                if factor < 1000 {
                    // hundred, dozen: multiply what comes just before.
                    guard last != .hundred, current > 0, current < 100 else { break }
                    current *= factor
                    last = .hundred
                } else {
                    guard factor < lastBigScale, total + current > 0 else { break }
                    if current == 0 { break }
                    base = base ?? current
                    total += current * factor
                    current = 0
                    lastBigScale = factor
                    scale = factor
                    last = .scale
                }
                index += 1
                end = index
                continue
            }
            // one hundred and twelve
            if key(index) == Words.and, last == .hundred || last == .scale, let next = self.info(index + 1),
               next.has(.cardinal), next.cardinal > 0 {
                index += 1
                continue
            }
            break
        }
        guard end > i else { return nil }
        var amount = Amount(start: i, end: end, value: total + current)
        amount.inWords = true
        if scale > 1 {
            amount.scale = scale
            amount.base = base
        }
        // Fractions: two-thirds, one third, three quarters.
        if total == 0, current >= 1, current < 20, last == .unit || last == .teen {
            var fractionIndex = end
            if isJoiningHyphen(fractionIndex) { fractionIndex += 1 }
            if let fraction = info(fractionIndex), fraction.has(.fraction), fraction.denominator > 1,
               !(fraction.has(.ordinal) && current == 1 && fractionIndex == end && isPluralNoun(fractionIndex + 1)) {
                amount.value = current / Double(fraction.denominator)
                amount.base = amount.value
                amount.isFraction = true
                amount.end = fractionIndex + 1
                return amount
            }
        }
        return withAndAHalf(amount)
    }

    /// `hundreds`, `thousands of`, `dozens`, `tens of thousands`, `hundreds of millions`, `scores of`.
    func parseVague(at i: Int) -> Amount? {
        let word = key(i)
        var end = i + 1
        if word == Words.tens {
            guard isWord(i + 1, Words.of), has(i + 2, .vague) else { return nil }
            end = i + 3
        } else if word == Words.scores {
            guard isWord(i + 1, Words.of), kind(i + 2) == .word else { return nil }
        } else if isWord(i + 1, Words.of), has(i + 2, .vague), !isWord(i + 2, Words.tens) {
            end = i + 3
        }
        var amount = Amount(start: i, end: end, value: nil)
        amount.isVague = true
        amount.inWords = true
        return amount
    }

    /// The second number of a range (`10 to 15`, `10-15`, `$5m-$6m`, `two or three`), with the
    /// connector's kind; nil when what follows is not a range.
    func rangePartner(after first: Amount, currency: Measure?) -> (second: Amount, dash: Bool)? {
        let connector = first.end
        guard connector < sentenceEnd, let low = first.value, !first.isVague else { return nil }
        let dash = isRangeDash(connector)
        let to = isWord(connector, Words.to)
        let or = isWord(connector, Words.or)
        guard dash || to || or else { return nil }
        var next = connector + 1
        if let currency, let symbol = currencyPrefix(at: next), symbol.measure.code == currency.code {
            next = symbol.end
        }
        guard var second = parseAmount(at: next, money: currency != nil), let high = second.value, !second.isVague else { return nil }
        if or && (!first.isPlainInteger || !second.isPlainInteger || low >= high || high > 100 || first.inWords != second.inWords) {
            return nil
        }
        if to, let scaledLow = rangeLow(first, second), scaledLow >= high { return nil }
        if dash && first.inWords != second.inWords { return nil }
        second.start = next
        return (second, dash)
    }

    /// The lower end of a range whose scale is written once (`$5-6 billion`: 5 billion).
    func rangeLow(_ first: Amount, _ second: Amount) -> Double? {
        guard let low = first.value else { return nil }
        if first.scale == 1, second.scale > 1, let base = second.base, low < base { return low * second.scale }
        return low
    }
}
