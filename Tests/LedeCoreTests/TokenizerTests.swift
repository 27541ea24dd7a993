import LedeCore
import LedeEnglish
import Testing

@Suite struct TokenizerTests {
    func texts(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer(rules: English.tokenization).tokenize(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    func kinds(_ text: String) -> [TokenKind] {
        Tokenizer(rules: English.tokenization).tokenize(text).map(\.kind)
    }

    @Test func multiByteMarksAreWholeTokens() {
        #expect(texts("but … could") == ["but", "…", "could"])
        #expect(texts("well…") == ["well", "…"])
        #expect(texts("‐ dash and ‑ non-breaking") == ["‐", "dash", "and", "‑", "non-breaking"])
        #expect(texts("？！ wow") == ["？", "！", "wow"])
    }

    @Test func everyTokenStartsAndEndsOnACharacter() {
        // Each punctuation mark, symbol and space of the Basic Multilingual Plane outside ASCII,
        // alone, before a word, after one, and doubled: no token may cut a character in two.
        var marks: [Unicode.Scalar] = []
        for value in 0x80...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            switch scalar.properties.generalCategory {
            case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
                 .otherPunctuation, .connectorPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                marks.append(scalar)
            default: continue
            }
        }
        var cut: [String] = []
        for mark in marks {
            let m = String(mark)
            for text in [m, "\(m)word", "word\(m)", "a \(m)\(m) b", "1\(m)2"] {
                let bytes = Array(text.utf8)
                for token in Tokenizer(rules: English.tokenization).tokenize(text) {
                    let piece = bytes[token.range]
                    if piece.isEmpty || piece.first.map({ $0 & 0xC0 == 0x80 }) == true
                        || (token.range.upperBound < bytes.count && bytes[token.range.upperBound] & 0xC0 == 0x80) {
                        cut.append(text)
                    }
                }
            }
        }
        #expect(cut.isEmpty, "cut in two: \(cut.prefix(10))")
    }

    @Test func numbersKeepSeparatorsAndDecimals() {
        #expect(texts("more than 1,300 wounded, 3.5 percent") == ["more", "than", "1,300", "wounded", ",", "3.5", "percent"])
        #expect(texts("at 15:00 GMT, 4.30am") == ["at", "15:00", "GMT", ",", "4.30", "am"])
        #expect(kinds("1,300") == [.number])
    }

    @Test func telephoneNumbersStayWholeAndOtherDigitRunsSplit() {
        #expect(texts("Call 732-657-3416, 1-800-555-1234 or 853-7906.") == ["Call", "732-657-3416", ",", "1-800-555-1234", "or", "853-7906", "."])
        #expect(texts("pages 12-13") == ["pages", "12", "-", "13"])
        // A run far longer than a telephone number: every digit and hyphen, in one pass.
        let run = String(repeating: "1-2-3-4-5-6-7-8-9-", count: 20_000)
        let tokens = texts(run)
        #expect(tokens.count == 18 * 20_000)
        #expect(tokens.prefix(4) == ["1", "-", "2", "-"])
    }

    @Test func numberSuffixesSplitUnlessOrdinalOrDecade() {
        #expect(texts("$3.5bn in the 23rd year, the 1990s") == ["$", "3.5", "bn", "in", "the", "23rd", "year", ",", "the", "1990s"])
        #expect(texts("10km") == ["10", "km"])
        #expect(texts("28%") == ["28", "%"])
    }

    @Test func possessivesAndContractions() {
        #expect(texts("Iran's missile") == ["Iran", "'s", "missile"])
        #expect(texts("Israel’s rate") == ["Israel", "’s", "rate"])
        #expect(texts("can't talk, won't go") == ["ca", "n't", "talk", ",", "wo", "n't", "go"])
        #expect(texts("I'm sure they're here") == ["I", "'m", "sure", "they", "'re", "here"])
        #expect(texts("O'Brien said") == ["O'Brien", "said"])
    }

    @Test func hyphensAndDashesAreTokens() {
        #expect(texts("back-to-back self-defence") == ["back", "-", "to", "-", "back", "self", "-", "defence"])
        #expect(texts("Singapore-based firm — again") == ["Singapore", "-", "based", "firm", "—", "again"])
        #expect(texts("COVID-19 and F-35") == ["COVID", "-", "19", "and", "F", "-", "35"])
        #expect(texts("G7 summit") == ["G7", "summit"])
    }

    @Test func abbreviationsAndInitialsKeepTheirPeriod() {
        #expect(texts("the U.S. and Mr. Smith") == ["the", "U.S.", "and", "Mr.", "Smith"])
        #expect(texts("Gen. Rao met J. K. Rowling at 3 p.m.") == ["Gen.", "Rao", "met", "J.", "K.", "Rowling", "at", "3", "p.m."])
        #expect(texts("Acme Inc. said") == ["Acme", "Inc.", "said"])
        #expect(texts("it ended.") == ["it", "ended", "."])
    }

    @Test func quotesAndApostrophes() {
        #expect(texts("“We have,” he said.") == ["“", "We", "have", ",", "”", "he", "said", "."])
        #expect(kinds("“We”") == [.quote, .word, .quote])
        #expect(texts("with 'partner in crime'") == ["with", "'", "partner", "in", "crime", "'"])
        #expect(texts("the ’90s and '80s") == ["the", "’90s", "and", "'80s"])
        #expect(kinds("’90s") == [.number])
        #expect(texts("\"serious\" US") == ["\"", "serious", "\"", "US"])
    }

    @Test func urlsAndEmails() {
        #expect(texts("see https://example.com/a?b=1. Or") == ["see", "https://example.com/a?b=1", ".", "Or"])
        #expect(kinds("(www.example.org)") == [.punctuation, .url, .punctuation])
        #expect(texts("write to press@example.co.uk, please") == ["write", "to", "press@example.co.uk", ",", "please"])
        #expect(kinds("press@example.co.uk") == [.email])
    }

    @Test func currencyTickersStayWhole() {
        #expect(texts("S$31.20 and US$2 billion") == ["S$", "31.20", "and", "US$", "2", "billion"])
        #expect(kinds("US$2") == [.symbol, .number])
    }

    @Test func nonASCIILettersAndSpaces() {
        #expect(texts("Zoë’s café\u{00A0}in Köln") == ["Zoë", "’s", "café", "in", "Köln"])
        #expect(texts("東京 2025") == ["東京", "2025"])
    }

    @Test func rangesCoverTheTextWithoutWhiteSpace() {
        let text = "  Iran’s “serious” US messages,\n\n said Araghchi.  "
        let bytes = Array(text.utf8)
        let tokens = Tokenizer(rules: English.tokenization).tokenize(text)
        var previousEnd = 0
        for token in tokens {
            #expect(token.range.lowerBound >= previousEnd)
            let covered = String(decoding: bytes[token.range], as: UTF8.self)
            #expect(!covered.isEmpty && !covered.contains(" ") && !covered.contains("\n"))
            previousEnd = token.range.upperBound
        }
        let nonSpace = text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        let tokenScalars = tokens.reduce(0) { $0 + String(decoding: bytes[$1.range], as: UTF8.self).unicodeScalars.count }
        #expect(tokenScalars == nonSpace)
    }

    @Test func emptyAndSpaceOnlyInput() {
        #expect(Tokenizer(rules: English.tokenization).tokenize("").isEmpty)
        #expect(Tokenizer(rules: English.tokenization).tokenize(" \n\t ").isEmpty)
    }
}
