import LedeCore

/// Questions about words of the titles lexicon: is this a title's head (`minister`, `chief
/// executive`), a word that extends a title (`foreign`, `deputy`), a rank (`Gen.`), an honorific
/// (`Dr.`, never a role)?
struct TitleVocabulary {
    /// The kinds a word or phrase has in the lexicon (a word can be several: `chief`).
    func kinds(_ phrase: String) -> Set<TitleWord.Kind> {
        var kinds = Set(English.titles.all(phrase).map(\.kind))
        let lower = WordForm.lowercasedASCII(phrase)
        if lower != phrase { kinds.formUnion(English.titles.all(lower).map(\.kind).filter { $0 != .rank }) }
        return kinds
    }

    func isHead(_ phrase: String) -> Bool {
        let kinds = kinds(phrase)
        return kinds.contains(.head) || kinds.contains(.rank)
    }

    func isModifier(_ phrase: String) -> Bool { kinds(phrase).contains(.modifier) }

    func isHonorific(_ word: String) -> Bool {
        kinds(word) == [.honorific] || kinds(word.hasSuffix(".") ? String(word.dropLast()) : word + ".").contains(.honorific)
    }
}
