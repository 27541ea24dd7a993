import LedeCore

/// Grammar words the rules test for by name.
enum Words {
    static let a = key("a"), an = key("an"), the = key("the"), of = key("of"), and = key("and"), or = key("or")
    static let to = key("to"), through = key("through"), until = key("until"), between = key("between")
    static let `for` = key("for"), `in` = key("in"), at = key("at"), by = key("by"), on = key("on"), per = key("per")
    static let hyphen = key("-"), enDash = key("–"), slash = key("/"), comma = key(","), period = key(".")
    static let closeParenthesis = key(")"), plusSign = key("+")
    static let half = key("half"), old = key("old"), recent = key("recent"), mid = key("mid"), out = key("out")
    static let first = key("first"), second = key("second"), all = key("all"), one = key("one"), year = key("year")
    static let few = key("few"), quarter = key("quarter"), century = key("century"), minute = key("minute")
    static let weekend = key("weekend"), plus = key("plus"), so = key("so"), more = key("more"), dozen = key("dozen")
    static let m = key("m"), people = key("people"), last = key("last"), final = key("final"), tens = key("tens")
    static let scores = key("scores"), record = key("record"), most = key("most")

    private static func key(_ text: StaticString) -> WordKey {
        WordKey(literal: text)
    }
}

/// Finds the numeric and temporal expressions of one document, sentence by sentence, scanning
/// tokens left to right and taking at each position the expression the rule families find there.
///
/// The rule families live in extensions: amounts (digits and number words), measures (percent,
/// money, units), times of day, dates, durations, ordinals, and the exclusions that keep names and
/// codes (`COVID-19`, `Article 8`) and the pronoun "one" out.
struct Recognizer {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let facts: [TokenFacts]
    /// The parsed number tokens, indexed by `TokenFacts.numeral`.
    let numerals: [Numeral]
    let vocabulary: Vocabulary
    let measures: MeasureLexicon
    /// Whether the document writes `£` (then "pounds" after a number is money, not weight).
    let writesPoundSign: Bool
    /// The tokens of the sentence being scanned.
    var sentenceStart = 0
    var sentenceEnd = 0
    /// Where the previous expression of this sentence ended (a token index), or −1.
    var previousEnd = -1
    /// Whether the sentence capitalizes most of its words, as headlines in title case do.
    var sentenceIsTitleCase = false

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], facts: [TokenFacts], numerals: [Numeral], lexicon: NumbersLexicon) {
        self.bytes = bytes
        self.tokens = tokens
        self.facts = facts
        self.numerals = numerals
        self.vocabulary = lexicon.vocabulary
        self.measures = lexicon.measures
        var pound = false
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0xC2 && bytes[index + 1] == 0xA3 {
                pound = true
                break
            }
            index += 1
        }
        self.writesPoundSign = pound
    }

    /// Every expression in the sentence made of tokens `range`.
    mutating func matches(inSentence range: Range<Int>) -> [NumberMatch] {
        sentenceStart = range.lowerBound
        sentenceEnd = range.upperBound
        previousEnd = -1
        sentenceIsTitleCase = isTitleCase(range)
        var found: [NumberMatch] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard mayStart(index) else {
                index += 1
                continue
            }
            if let match = match(at: index), match.end > index {
                if !isExcluded(match) {
                    found.append(match)
                    previousEnd = match.end
                }
                index = match.end
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether `range` reads as a headline in title case: no final stop, and most words of four
    /// letters or more start with a capital.
    func isTitleCase(_ range: Range<Int>) -> Bool {
        if let last = range.last, tokens[last].kind == .punctuation,
           bytes[tokens[last].range.lowerBound] == UInt8(ascii: ".") { return false }
        var words = 0, capitalized = 0
        for index in range where tokens[index].kind == .word && tokens[index].range.count >= 4 {
            words += 1
            if facts[index].shape.contains(.capitalized) { capitalized += 1 }
        }
        return words >= 3 && capitalized * 10 >= words * 7
    }

    /// Whether an expression can start at token `i`: most words start nothing (not in the
    /// vocabulary, no phrase, no unit or currency), and they are passed over without a lookup.
    @inline(__always)
    func mayStart(_ i: Int) -> Bool {
        let fact = facts[i]
        if fact.numeral >= 0 { return true }
        if !fact.shape.isDisjoint(with: [.startsRule, .startsPhrase, .startsMeasure]) { return true }
        return tokens[i].kind == .word && fact.shape.contains(.hasDigit)
    }

    /// The expression that starts at token `i`, trying the families whose first word is there.
    func match(at i: Int) -> NumberMatch? {
        let kind = tokens[i].kind
        if kind == .number { return matchNumeric(at: i) }
        let shape = facts[i].shape
        if shape.contains(.startsPhrase) {
            if let match = matchWithModifier(at: i) { return match }
            if let match = matchTimeModifier(at: i) { return match }
            if let match = matchDayPrefix(at: i) { return match }
        }
        if shape.contains(.startsMeasure), kind == .symbol || kind == .word, let money = matchMoney(at: i) { return money }
        guard kind == .word else { return matchFractionSymbolAlone(at: i) }
        let key = facts[i].key
        if key == Words.recent { return matchRecent(at: i) }
        if isFiscalYearWord(i) { return NumberMatch(.date, i, i + 1) }
        if facts[i].shape.contains(.hasDigit), facts[i].shape.contains(.hasLetter), let money = matchGluedMoney(at: i) { return money }
        guard let info = info(i) else { return nil }
        if key == Words.for { return matchFor(at: i) }
        if key == Words.in { return matchIn(at: i) }
        if key == Words.the { return matchThe(at: i) }
        if key == Words.between { return matchBetween(at: i) }
        if key == Words.a || key == Words.an { return matchArticle(at: i) }
        if key == Words.half { return matchHalf(at: i, afterModifier: false) }
        if info.has(.relative), let match = matchRelative(at: i) { return match }
        if info.has(.datePrefix), let match = matchDatePrefix(at: i) { return match }
        if info.has(.month) || info.has(.monthAbbreviation), let match = matchMonth(at: i) { return match }
        if info.has(.weekday) || info.has(.weekdayAbbreviation), let match = matchWeekday(at: i) { return match }
        if info.has(.relativeDay) || info.has(.relativeTime) { return matchRelativeDay(at: i) }
        if info.has(.clockWord) { return matchClockWord(at: i) }
        if info.has(.fiscal) || info.has(.quarterLabel) || info.has(.halfLabel) { return matchFiscalPeriod(at: i) }
        if info.has(.season), let match = matchSeasonWithYear(at: i) { return match }
        if info.has(.holiday) { return matchHoliday(at: i) }
        if info.has(.cardinal) || info.has(.vague) || info.has(.indefinite) { return matchNumeric(at: i) }
        if info.has(.ordinal) { return matchOrdinalWord(at: i) }
        if info.has(.timeUnit) { return matchVagueTimeUnits(at: i) }
        return nil
    }

    // MARK: Token access

    /// The vocabulary entry of token `i` (nil outside the sentence or for other words).
    @inline(__always)
    func info(_ i: Int) -> WordInfo? {
        guard i >= sentenceStart, i < sentenceEnd else { return nil }
        let word = facts[i].word
        return word >= 0 ? vocabulary.entries[Int(word)] : nil
    }

    @inline(__always)
    func has(_ i: Int, _ wordClass: WordClass) -> Bool {
        guard i >= sentenceStart, i < sentenceEnd else { return false }
        return facts[i].classes.contains(wordClass)
    }

    @inline(__always)
    func key(_ i: Int) -> WordKey? {
        guard i >= sentenceStart, i < sentenceEnd else { return nil }
        return facts[i].key
    }

    @inline(__always)
    func isWord(_ i: Int, _ word: WordKey) -> Bool {
        key(i) == word
    }

    @inline(__always)
    func kind(_ i: Int) -> TokenKind? {
        guard i >= sentenceStart, i < sentenceEnd else { return nil }
        return tokens[i].kind
    }

    @inline(__always)
    func shape(_ i: Int) -> TokenShape {
        guard i >= sentenceStart, i < sentenceEnd else { return [] }
        return facts[i].shape
    }

    /// Whether token `i` and token `i + 1` touch (no white space between them).
    @inline(__always)
    func touches(_ i: Int) -> Bool {
        i >= 0 && i + 1 < sentenceEnd && facts[i].shape.contains(.touchesNext)
    }

    /// The numeral of token `i`, when it is a number token of the sentence.
    func numeral(_ i: Int) -> Numeral? {
        guard i >= sentenceStart, i < sentenceEnd else { return nil }
        let index = facts[i].numeral
        return index >= 0 ? numerals[Int(index)] : nil
    }

    /// Whether token `i` is a hyphen or a dash joining two things (`10-15`, `2020–21`).
    func isRangeDash(_ i: Int) -> Bool {
        isWord(i, Words.hyphen) || isWord(i, Words.enDash)
    }

    /// Whether token `i` is a hyphen written against the tokens on both sides (`six-year`).
    func isJoiningHyphen(_ i: Int) -> Bool {
        isWord(i, Words.hyphen) && touches(i - 1) && touches(i)
    }

    /// Whether token `i` is a lowercase word that reads as a plural noun (`people`, `vessels`).
    func isPluralNoun(_ i: Int) -> Bool {
        guard kind(i) == .word, let first = tokens[i].range.first, bytes[first] >= 0x61 && bytes[first] <= 0x7A else { return false }
        if let info = info(i), info.has(.function) || info.has(.pronounAfter) || info.has(.timeUnit) { return false }
        let range = tokens[i].range
        if isWord(i, Words.people) { return true }
        guard range.count >= 3, bytes[range.upperBound - 1] == UInt8(ascii: "s") else {
            return Self.irregularPlurals.contains(facts[i].key ?? Words.a)
        }
        let before = bytes[range.upperBound - 2]
        // "process", "status", "analysis" and verbs in -s are not counted nouns; keep it simple.
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
    }

    static let irregularPlurals = NumbersLexicon.words(in: .irregularPlural)

    /// Whether the text of tokens `range` equals `surface` byte for byte (white space ignored).
    func spells(_ range: Range<Int>, _ surface: [UInt8]) -> Bool {
        var offset = 0
        for index in range {
            for position in tokens[index].range {
                guard offset < surface.count, surface[offset] == bytes[position] else { return false }
                offset += 1
            }
        }
        return offset == surface.count
    }

    /// The text of tokens `range` (for attributes such as `counts`).
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count, range.upperBound > first else { return "" }
        let bytesRange = tokens[first].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[bytesRange]), as: UTF8.self)
    }
}

extension Recognizer {
    /// Whether the words just before the expression at `start` speak of what is to come ("will
    /// meet on Friday", "is due on Monday") rather than of what happened ("said on Friday"), which
    /// decides whether a bare weekday is the coming one or the last one.
    func speaksOfFuture(before start: Int) -> Bool {
        var index = start - 1
        while index >= max(sentenceStart, start - 6) {
            if let key = facts[index].key {
                if Self.futureMarkers.contains(key) { return true }
                if Self.pastMarkers.contains(key) { return false }
                let range = tokens[index].range
                if tokens[index].kind == .word, range.count > 3, bytes[range.upperBound - 2] == UInt8(ascii: "e"),
                   bytes[range.upperBound - 1] == UInt8(ascii: "d") { return false }
            }
            index -= 1
        }
        return false
    }

    static let futureMarkers = NumbersLexicon.words(in: .futureMarker)
    static let pastMarkers = NumbersLexicon.words(in: .pastMarker)
}
