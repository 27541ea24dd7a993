/// What is not a number although it holds digits or number words: names and codes (`COVID-19`,
/// `F-35`, `Article 8`, `Nikkei 225`, `2019 KV14`, `5G`), "one" as a pronoun (`no one`,
/// `one by one`, `a new one`), list markers and street numbers.
extension Recognizer {
    func isExcluded(_ match: NumberMatch) -> Bool {
        let i = match.coreStart
        guard i >= sentenceStart, i < sentenceEnd else { return false }
        if tokens[i].kind == .number {
            if isNameOrCode(match, at: i) { return true }
            if isListMarker(at: i) { return true }
            if match.label == .cardinal, isStreetNumber(at: match.end) { return true }
        }
        if match.label == .cardinal, isWord(i, Words.one), match.end == i + 1, isPronounOne(at: i) {
            return true
        }
        if kind(i) == .word, isNumberWordInName(at: i) { return true }
        // high-five: a number word joined to a word before it.
        if kind(i) == .word, has(i, .cardinal), isJoiningHyphen(i - 1), kind(i - 2) == .word, info(i - 2) == nil { return true }
        if kind(i) == .word, match.label == .cardinal, isStreetNumber(at: match.end) { return true }  // Ten Downing Street
        return false
    }

    /// A capitalized number word inside a name: `Group of Seven`, `Formula One`, `Big Four`,
    /// `the Three Gorges Dam`. Within a sentence only names capitalize a number word, unless the
    /// sentence is a headline in title case.
    func isNumberWordInName(at i: Int) -> Bool {
        guard has(i, .cardinal), shape(i).contains(.capitalized), !shape(i).contains(.sentenceInitial),
              !shape(i).contains(.allCapitals) else { return false }
        return !sentenceIsTitleCase
    }

    /// Digits that belong to a name or a code.
    func isNameOrCode(_ match: NumberMatch, at i: Int) -> Bool {
        // COVID-19, F-35, Tianwen-2: a word joined by a hyphen.
        if isJoiningHyphen(i - 1), kind(i - 2) == .word, info(i - 2) == nil { return true }
        let bare = (match.label == .cardinal || match.label == .date) && match.value != nil && match.unit == nil
            && match.minimum == nil
        guard bare else { return false }
        let after = match.end
        // 1800 333 000, 0800 123 456: groups of digits in a telephone number or a code.
        // ("In 2022 500 people died" keeps both: the second counts something.)
        if kind(after) == .number, !isPluralNoun(after + 1) { return true }
        if match.start == i, kind(i - 1) == .number, !isPluralNoun(after) { return true }
        if let numeral = numeral(i), numeral.shape == .integer, numeral.integerDigits >= 3, bytes[tokens[i].range.lowerBound] == UInt8(ascii: "0") {
            return true
        }
        // 2019 KV14: a designation after the number; 5G, 3D: letters written against it.
        if kind(after) == .word, shape(after).contains(.hasDigit) { return true }
        if touches(after - 1), kind(after) == .word, info(after) == nil { return true }
        // Article 8, Nikkei 225, Apollo 11: a capitalized word that is not a number word or a
        // sentence opener stands right before a number that counts nothing.
        let before = i - 1
        if match.start == i, kind(before) == .word, shape(before).contains(.capitalized),
           !shape(before).contains(.sentenceInitial), info(before) == nil, !touches(before), !isPluralNoun(after) {
            return true
        }
        return false
    }

    /// `1.` or `2)` at the start of a line.
    func isListMarker(at i: Int) -> Bool {
        shape(i).contains(.startsLine) && touches(i) && (isWord(i + 1, Words.period) || isWord(i + 1, Words.closeParenthesis))
    }

    /// `10 Downing Street`: capitalized words ending in a street word after the number.
    func isStreetNumber(at i: Int) -> Bool {
        var index = i
        while index < min(i + 4, sentenceEnd), kind(index) == .word, shape(index).contains(.capitalized) {
            if has(index, .street), index > i { return true }
            index += 1
        }
        return false
    }

    static let idiomNouns: Set<WordKey> = Set(["point", "time", "stage", "moment"].compactMap { WordKey($0) })

    /// "one" as a pronoun: `no one`, `every one`, `a new one`, `one another`, `one by one`,
    /// `one who`, `one-horned`.
    func isPronounOne(at i: Int) -> Bool {
        if has(i - 1, .pronounBefore) { return true }
        if kind(i - 1) == .word, has(i - 2, .determiner), !has(i - 1, .cardinal),
           let first = tokens[i - 1].range.first, bytes[first] >= 0x61 && bytes[first] <= 0x7A {
            return true
        }
        if has(i + 1, .pronounAfter) { return true }
        if isWord(i - 1, Words.by), isWord(i - 2, Words.one) { return true }
        // at one point, at one time, at one stage
        if isWord(i - 1, Words.at), let next = key(i + 1), Self.idiomNouns.contains(next) { return true }
        if isJoiningHyphen(i + 1) { return true }
        return false
    }
}
