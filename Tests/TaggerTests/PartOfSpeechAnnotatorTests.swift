import LedeCore
import LedeTestSupport
import Testing
import Tagger

/// The `pos` annotator with the shipped model.
@Suite struct PartOfSpeechAnnotatorTests {
    struct Tagged: Equatable, CustomStringConvertible {
        let text: String
        let upos: String
        let xpos: String?
        let lemma: String?
        var description: String { "\(text)/\(upos)/\(xpos ?? "-")/\(lemma ?? "-")" }
    }

    func tagged(_ text: String) throws -> [Tagged] {
        let document = try TestRegistry.annotate(text, with: ["pos"])
        return document.annotations(in: LayerName.partOfSpeech).map {
            Tagged(text: document.text(of: $0), upos: $0.label, xpos: $0["xpos"]?.stringValue, lemma: $0["lemma"]?.stringValue)
        }
    }

    @Test func everyTokenGetsOneTagWithItsPennTagAndLemma() throws {
        let document = try TestRegistry.annotate("The ministers met in Geneva on Friday. Talks resumed.", with: ["pos"])
        let tokens = document.annotations(in: LayerName.tokens)
        let tags = document.annotations(in: LayerName.partOfSpeech)
        #expect(tags.map(\.range) == tokens.map(\.range))
        #expect(tags.allSatisfy { $0["xpos"]?.stringValue?.isEmpty == false && $0["lemma"]?.stringValue?.isEmpty == false })
    }

    @Test func aPlainNewsSentenceIsTaggedAsTheTreebankWould() throws {
        let words = try tagged("The minister said that prices rose 3% in 2024.")
        #expect(words.map(\.description) == [
            "The/DET/DT/the", "minister/NOUN/NN/minister", "said/VERB/VBD/say", "that/SCONJ/IN/that",
            "prices/NOUN/NNS/price", "rose/VERB/VBD/rise", "3/NUM/CD/3", "%/SYM/NN/%", "in/ADP/IN/in",
            "2024/NUM/CD/2024", "./PUNCT/./.",
        ])
    }

    @Test func treebankWordsKeepTheirSpans() throws {
        // Abbreviations, hyphenated words, currency and the possessive are words of the treebank.
        let words = try tagged("The U.S. e-mail cost $5 and Iran's reply came.").map(\.text)
        #expect(words == ["The", "U.S.", "e-mail", "cost", "$", "5", "and", "Iran", "'s", "reply", "came", "."])
    }

    @Test func theSameWordChangesItsTagWithItsContext() throws {
        let verb = try tagged("They book flights.")[1]
        let noun = try tagged("The book sold well.")[1]
        #expect(verb.upos == "VERB")
        #expect(noun.upos == "NOUN")
    }

    @Test func anEmptyOrBlankDocumentHasNoTags() throws {
        for text in ["", " \n\n\t "] {
            let document = try TestRegistry.annotate(text, with: ["pos"])
            #expect(document.annotations(in: LayerName.partOfSpeech).isEmpty)
        }
    }

    @Test func oddTextIsTaggedWithoutAFailure() throws {
        let text = "ÆØÅ !!! ??? 😀😀 \u{200B} ---- 12,34.5.6 https://x.org/a?b=c @user #tag " + String(repeating: "a", count: 5000)
        let document = try TestRegistry.annotate(text, with: ["pos"])
        #expect(document.annotations(in: LayerName.partOfSpeech).count == document.annotations(in: LayerName.tokens).count)
    }
}
