import LedeCore
import LedeEnglish

/// What lede's lexicons say about a word, packed in bit groups for the recognizer's features:
/// how common it is as a given name and as a surname, how common and how often capitalized it is
/// as an English word, whether it is a title, a nationality, an organization or an organization's
/// cue word, a function word or a calendar word, whether it is written in capitals, and whether it is a
/// verb of speech (`said`, `told`).
enum LexiconFact {
    /// The bit groups, each a feature of its own.
    static let groups: [(shift: UInt64, mask: UInt64)] = [(0, 0x7), (3, 0x7), (6, 0x1F), (11, 0x7), (14, 0xF), (18, 0x7)]

    /// The facts of every word met so far, by the hash of its form (as written).
    static let shared = LookupMemo<UInt64, UInt64>(capacity: 200_000)

    /// The facts of `word`, whose form hashes to `key`, remembered for every document.
    static func memoized(_ word: String, key: UInt64) -> UInt64 {
        if let known = shared.value(for: key) { return known }
        let found = facts(of: word)
        shared.store(found, for: key)
        return found
    }

    static func facts(of word: String) -> UInt64 {
        let folded = WordForm.folded(word)
        let lower = WordForm.lowercasedASCII(word)
        var facts: UInt64 = 0
        if let given = English.givenNames[folded] {
            facts |= given.count >= 10_000 ? 4 : given.count >= 1_000 ? 3 : given.count >= 100 ? 2 : 1
        }
        if let rank = English.surnames[folded] {
            facts |= (rank <= 1_000 ? 1 : rank <= 10_000 ? 2 : rank <= 30_000 ? 3 : 4) << 3
        }
        if let common = English.words[lower] {
            let level: UInt64 = common.level.map { $0 <= 10 ? 1 : $0 <= 20 ? 2 : $0 <= 35 ? 3 : $0 <= 50 ? 4 : 5 } ?? 6
            let share: UInt64 = common.capitalizedShare.map { $0 < 0.2 ? 1 : $0 < 0.6 ? 2 : 3 } ?? 0
            facts |= (level << 2 | share) << 6
        }
        if let title = English.titles[word].flatMap({ $0.kind == .rank ? $0 : nil }) ?? English.titles[lower] {
            let kind: UInt64 = switch title.kind {
            case .head: 1
            case .modifier: 2
            case .rank: 3
            case .honorific: 4
            }
            facts |= kind << 11
        }
        var organization: UInt64 = 0
        if English.demonyms[word] != nil { organization |= 1 }
        if OrganizationLexicon.shared.names[word] != nil { organization |= 2 }
        if let cue = OrganizationLexicon.shared.cues[word] { organization |= cue == "suffix" ? 8 : 4 }
        facts |= organization << 14
        var closed: UInt64 = 0
        if English.functionWords.contains(lower) { closed |= 1 }
        if English.calendarWords.contains(lower) { closed |= 2 }
        if word.utf8.count >= 2, WordForm.isAllCaps(word) { closed |= 4 }
        facts |= closed << 18
        if let cue = English.speechVerbs[lower], !cue.isPhrase { facts |= 1 << 21 }
        return facts
    }
}
