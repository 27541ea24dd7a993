import LedeCore
import LedeEnglish

/// Finds speech cues: reporting verbs in any inflection and multiword cues such as
/// `according to`, outside quotations.
struct CueFinder {
    let document: Document
    let tokens: [Token]
    let tags: TokenTags

    /// Cues within `range`, skipping tokens inside quotations (`quoted[i]` true; tokens past the
    /// end of `quoted` count as outside).
    func cues(in range: Range<Int>, quoted: [Bool]) -> [Cue] {
        var cues: [Cue] = []
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            guard index >= quoted.count || !quoted[index], tokens[index].kind == .word, document.isLowercase(tokens[index]) || index == range.lowerBound else { continue }
            if document.token(tokens[index], isLowercased: "according"), index + 1 < range.upperBound, document.token(tokens[index + 1], is: "to") {
                cues.append(Cue(tokens: index..<index + 2, text: "according to", isParticiple: false, isAccordingTo: true))
                index += 1
                continue
            }
            let word = document.lowercasedWord(index)
            guard let cue = English.speechVerbs[word], !cue.isPhrase else { continue }
            // A noun that is the subject of the next verb: "Reports say that …".
            if tags[index] == .noun || tags[index] == .properNoun, index + 1 < range.upperBound, tags[index + 1] == .finiteVerb { continue }
            // A noun right before a title modifies it: "state Senator Mark Johnson".
            if tags[index] == .noun, index + 1 < range.upperBound, !English.titleKinds(document.word(index + 1)).isEmpty { continue }
            // "call", "find", "rule", "describe" quote only in the right company: skip them as
            // adjectives or nouns ("a call", "the ruling").
            if index > range.lowerBound, QuotesVocabulary.nounDeterminers.contains(document.lowercasedWord(index - 1)) {
                continue
            }
            cues.append(Cue(tokens: index..<index + 1, text: document.word(index),
                            isParticiple: word.hasSuffix("ing"), isAccordingTo: false))
        }
        return cues
    }
}
