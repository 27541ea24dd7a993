import Foundation
import LedeCore

/// What the entities annotator knows about organizations: names (with their acronyms and full
/// forms) and the words that mark an organization's name (`… Agency`, `… Inc.`, `University of …`).
struct OrganizationLexicon: Sendable {
    /// Known organizations by name as written → their full name.
    let names: Lexicon<String>
    /// Cue words → `head` (a word that ends or opens a name) or `suffix` (a legal form).
    let cues: Lexicon<String>

    static let shared = OrganizationLexicon(
        names: Lexicon(resource: "organizations.tsv", in: .module) { row in row[1].isEmpty ? nil : String(row[1]) },
        cues: Lexicon(resource: "org-cues.tsv", in: .module) { row in String(row[1]) }
    )

    /// Throws when a lexicon could not be loaded.
    static func check() throws(ResourceError) {
        try shared.names.check()
        try shared.cues.check()
    }

    /// Whether the word marks an organization when it ends a name (`Agency`, `Ltd`, `Lines`).
    func isHead(_ word: String) -> Bool {
        cues[word] != nil
    }

    /// Whether the word is a company's legal form (`Inc.`, `Ltd`, `AG`): only a company's name
    /// ends in one.
    func isLegalForm(_ word: String) -> Bool {
        cues[word] == "suffix"
    }

    /// Whether the word marks an organization when it opens a name followed by `of` or `for`
    /// (`University of …`, `Bank of …`, `Organization for …`).
    func opensName(_ word: String) -> Bool {
        cues[word] == "head"
    }
}
