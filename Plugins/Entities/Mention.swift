import LedeCore
import LedeEnglish

/// A named mention the entities annotator has found, before it is written as an annotation.
struct Mention: Sendable {
    enum Kind: String, Sendable {
        case person = "PERSON"
        case organization = "ORG"
        case group = "NORP"
        /// A place: left to the places layer.
        case place = "PLACE"
        /// Not yet decided; settled by the document-level pass.
        case unknown
        /// A name that is not an entity (a law, an event, a work); places inside it are dropped.
        case other

        /// Whether the entities layer writes a name of this kind (PERSON, ORG, NORP).
        var isWritten: Bool { self == .person || self == .organization || self == .group }
    }

    /// Token indices.
    var tokens: Range<Int>
    var kind: Kind
    /// How sure the evidence makes the kind (0…1); the document pass may override weak guesses.
    var confidence: Double
    /// The words of the name, as written (used to group mentions).
    var words: [String]
    /// The name as written.
    var text: String
    /// Gender evidence from an honorific or gendered title before the name.
    var gender: Gender?
    /// The full name of a known organization (`EU` → `European Union`).
    var fullName: String?
    /// The rule that decided the kind (`attrs.sieve`).
    var sieve = ""
}
