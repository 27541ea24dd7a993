import LedeCore
import LedeEnglish

/// Who said something: a name in its fullest form and the mention it was resolved from.
struct Speaker: Equatable {
    /// The fullest name (`Abbas Araghchi`, `Competition and Markets Authority`).
    var name: String
    /// UTF-8 byte range of the mention the name was resolved from, when there is one.
    var mention: Range<Int>?
    /// Gender, for pronouns later on.
    var gender: String?
    /// Whether the speaker is a person (not an organization or a country).
    var isPerson: Bool
    /// The rule that found the speaker (`attrs.sieve`).
    var sieve = ""

    /// The same speaker, found by another rule.
    func decided(by sieve: String) -> Speaker {
        var copy = self
        copy.sieve = sieve
        return copy
    }

    static func == (left: Speaker, right: Speaker) -> Bool {
        left.name == right.name && left.mention == right.mention && left.gender == right.gender && left.isPerson == right.isPerson
    }
}

/// A speech cue in the text: a reporting verb (`said`, `told`, `warned`) or a phrase
/// (`according to`), by token range.
struct Cue {
    var tokens: Range<Int>
    var text: String
    /// Whether the verb is a participle (`saying`, `adding`), whose subject is the clause's.
    var isParticiple: Bool
    var isAccordingTo: Bool

    /// The verb's lemma (`said` → `say`), or the phrase itself.
    var lemma: String {
        English.speechVerbs[WordForm.lowercasedASCII(text)]?.lemma ?? text
    }
}
