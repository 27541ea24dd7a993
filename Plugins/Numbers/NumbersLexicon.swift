import Foundation
import LedeCore

/// Everything the numbers annotator reads from `Resources/`: the closed vocabulary
/// (`vocabulary.tsv`), units (`units.tsv`) and currencies (`currencies.tsv`). Loaded once.
struct NumbersLexicon: Sendable {
    let vocabulary: Vocabulary
    let measures: MeasureLexicon
    /// Per word, in one lookup: its vocabulary entry and whether a phrase or a measure starts with it.
    let words: WordTable<WordEntry>
    /// Rules out most other words before the lookup in `words`.
    let filter: KeyFilter

    struct WordEntry: Sendable {
        var word: Int32 = -1
        var startsPhrase = false
        var startsMeasure = false
        /// Whether some rule can start at this word (function words mostly cannot).
        var startsRule = false
    }

    /// The classes of words at which a rule can start.
    static let starterClasses: WordClass = [
        .cardinal, .vague, .indefinite, .ordinal, .fractionSymbol, .month, .monthAbbreviation, .weekday,
        .weekdayAbbreviation, .relativeDay, .relativeTime, .clockWord, .season, .relative, .datePrefix, .fiscal,
        .quarterLabel, .halfLabel, .timeUnit, .holiday,
    ]

    /// Grammar words that open a rule of their own (`the next six months`, `for 12 days`, `a dozen`).
    static let starterWords: [WordKey] = [Words.the, Words.a, Words.an, Words.for, Words.in, Words.between, Words.half, Words.recent]

    init(vocabulary: Vocabulary, measures: MeasureLexicon) {
        self.vocabulary = vocabulary
        self.measures = measures
        var entries: [WordKey: WordEntry] = [:]
        for (key, index) in vocabulary.indices {
            entries[key, default: WordEntry()].word = index
            if !vocabulary.entries[Int(index)].classes.isDisjoint(with: Self.starterClasses) { entries[key]?.startsRule = true }
        }
        for key in Self.starterWords { entries[key, default: WordEntry()].startsRule = true }
        for key in vocabulary.phrases.firstKeys { entries[key, default: WordEntry()].startsPhrase = true }
        for key in measures.trie.firstKeys { entries[key, default: WordEntry()].startsMeasure = true }
        var words = WordTable<WordEntry>(minimumCapacity: entries.count)
        for (key, entry) in entries { words[key] = entry }
        self.words = words
        self.filter = KeyFilter(entries.keys)
    }

    /// The lexicon of the module's bundle, or the error that kept it from loading.
    static let shared: Result<NumbersLexicon, ResourceError> = {
        do throws(ResourceError) {
            let vocabulary = try TSV.rows(resource: "vocabulary.tsv", in: Bundle.module)
            let units = try TSV.rows(resource: "units.tsv", in: Bundle.module)
            let currencies = try TSV.rows(resource: "currencies.tsv", in: Bundle.module)
            return .success(NumbersLexicon(vocabulary: Vocabulary(rows: vocabulary),
                                           measures: MeasureLexicon(units: units, currencies: currencies)))
        } catch {
            return .failure(error)
        }
    }()

    /// The words of a word list (empty when the vocabulary could not be loaded).
    static func words(in list: WordList) -> Set<WordKey> {
        (try? shared.get())?.vocabulary.lists[list] ?? []
    }
}
