import Testing
@testable import LedeCore
import LedeEnglish

/// The word sets annotators ask about every token.
@Suite struct WordSetTests {
    @Test func findsExactlyItsWords() {
        let words: WordSet = ["the", "of", "Mr.", "São", "e-mail", ""]
        for word in ["the", "of", "Mr.", "São", "e-mail", ""] { #expect(words.contains(word), "\(word)") }
        for word in ["The", "th", "thee", "Mr", "Sao", "email", " "] { #expect(!words.contains(word), "\(word)") }
    }

    @Test func manyWordsAreAllFoundAndOthersNot() {
        let members = (0..<3_000).map { "w\($0)" }
        let set = WordSet(members)
        #expect(set.count == 3_000)
        #expect(members.allSatisfy { set.contains($0) })
        #expect(!(3_000..<6_000).contains { set.contains("w\($0)") })
    }

    @Test func repeatsAreKeptOnceAndUnionsJoin() {
        let first: WordSet = ["a", "b", "a"]
        #expect(Array(first) == ["a", "b"])
        let both = first.union(["b", "c"])
        #expect(both.count == 3 && both.contains("c") && both.contains("a"))
        #expect(both == ["c", "b", "a"])
        #expect(WordSet([]).isEmpty && !WordSet([]).contains(""))
    }

    @Test func aWordHashedOnceIsAskedOfSeveralSets() {
        let heads: WordSet = ["Avenue", "Museum"], prefixes: WordSet = ["Mount", "Lake"]
        for word in ["Museum", "Lake", "Harbour"] {
            let hash = ByteHash.of(word)
            #expect(heads.contains(word, hash: hash) == heads.contains(word), "\(word)")
            #expect(prefixes.contains(word, hash: hash) == prefixes.contains(word), "\(word)")
        }
        #expect(heads.contains("Museum", hash: ByteHash.of("Museum")) && !prefixes.contains("Museum", hash: ByteHash.of("Museum")))
    }

    @Test func aTokenIsComparedByItsBytesWithSeveralWords() throws {
        var document = Document(text: "Ends here — or not; then, the end.")
        try TokensAnnotator(rules: English.tokenization).annotate(&document)
        let words = document.tokens.indices.map { document.word($0) }
        let dash = words.firstIndex(of: "—") ?? -1, semicolon = words.firstIndex(of: ";") ?? -1
        #expect(document.word(at: dash, isOneOf: "-", "–", "—"))
        #expect(document.word(at: semicolon, isOneOf: ",", ";"))
        #expect(!document.word(at: 0, isOneOf: "ends", "End", "Ends."))
        #expect(document.word(at: 0, isOneOf: "Ends"))
        // Past the tokens, or before them: no word at all.
        #expect(!document.word(at: words.count, isOneOf: "", "."))
        #expect(!document.word(at: -1, isOneOf: ""))
    }

    @Test func aTokenIsComparedByItsBytesWithOneWord() throws {
        var document = Document(text: "Ends here, and there.")
        try TokensAnnotator(rules: English.tokenization).annotate(&document)
        for index in -1...document.tokens.count {
            let word = index >= 0 ? document.word(index) : ""
            #expect(document.word(index, is: "and") == (word == "and"), "\(index)")
            #expect(document.word(index, is: ",") == (word == ","), "\(index)")
        }
        #expect(document.word(0, is: "Ends") && !document.word(0, is: "ends") && !document.word(0, is: "End"))
        // Where there is no token, no word at all.
        #expect(!document.word(document.tokens.count, is: "") && !document.word(-1, is: ""))
    }

    @Test func everyByteOfAWordCountsInItsHash() {
        // Words of every length up to three reads of eight bytes, each changed at every position.
        for length in 0...26 {
            let word = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            let hash = word.withUnsafeBufferPointer { ByteHash.of($0) }
            #expect(hash != 0)
            #expect(hash == ByteHash.of(String(decoding: word, as: UTF8.self)), "\(length)")
            for position in 0..<length {
                var changed = word
                changed[position] ^= 0x20
                #expect(changed.withUnsafeBufferPointer { ByteHash.of($0) } != hash, "length \(length), byte \(position)")
            }
        }
        // A word inside a longer text reads nothing past its end.
        for length in 1...20 {
            let word = [UInt8]("Brightwater Foods plc".utf8.prefix(length))
            let alone = word.withUnsafeBufferPointer { ByteHash.of($0) }
            for tail in [UInt8(ascii: "x"), UInt8(ascii: " "), 0] {
                let text = word + [UInt8](repeating: tail, count: 9)
                #expect(text.withUnsafeBufferPointer { ByteHash.of(UnsafeBufferPointer(rebasing: $0[..<length])) } == alone, "\(length)")
            }
        }
        // Words of zero bytes of different lengths are told apart by their lengths.
        let zeros = (0...17).map { [UInt8](repeating: 0, count: $0).withUnsafeBufferPointer { ByteHash.of($0) } }
        #expect(Set(zeros).count == zeros.count)
    }

    @Test func aTokenLowercasedFromItsBytesIsTheWordLowercased() throws {
        var document = Document(text: "NASA said the Zürich ÉCOLE and McDonald-Smith agreed.")
        try TokensAnnotator(rules: English.tokenization).annotate(&document)
        for index in document.tokens.indices {
            #expect(document.lowercasedWord(index) == WordForm.lowercasedASCII(document.word(index)), "\(document.word(index))")
        }
        #expect(document.lowercasedWord(0) == "nasa")
        #expect(document.tokens.indices.map { document.lowercasedWord($0) }.contains("zürich"))
        // Only ASCII capitals are made small, as WordForm.lowercasedASCII does.
        #expect(document.tokens.indices.map { document.lowercasedWord($0) }.contains("École"))
        #expect(document.lowercasedWord(document.tokens.count) == "" && document.lowercasedWord(-1) == "")
    }
}
