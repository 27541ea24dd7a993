import LedeCore
import LedeEnglish

/// Questions about words of the titles lexicon: is this a title's head (`minister`, `chief
/// executive`), a word that extends a title (`foreign`, `deputy`), a rank (`Gen.`), an honorific
/// (`Dr.`, never a role)?
struct TitleVocabulary {
    /// The kinds a word or phrase has in the lexicon (a word can be several: `chief`).
    func kinds(_ phrase: String) -> TitleWord.Kinds {
        English.titleKinds(phrase)
    }

    func isHead(_ phrase: String) -> Bool {
        !kinds(phrase).isDisjoint(with: [.head, .rank])
    }

    func isModifier(_ phrase: String) -> Bool { kinds(phrase).contains(.modifier) }

    /// The singular of a plural title ("Sens." → "Sen.", "Senators" → "Senator"), when it is one.
    func singularHead(_ word: String) -> String? {
        guard !isHead(word) else { return nil }
        let singular: String
        if word.hasSuffix("s.") { singular = String(word.dropLast(2)) + "." }
        else if word.hasSuffix("s"), !word.hasSuffix("ss") { singular = String(word.dropLast()) }
        else { return nil }
        return singular.count > 2 && isHead(singular) ? singular : nil
    }

    func isHonorific(_ word: String) -> Bool {
        English.isHonorific(word)
    }
}
