import Foundation
import LedeCore

/// Lemmas of words given their universal part of speech, learned from the treebanks: a table of
/// the forms seen in training (`lemmas.tsv`: form, tag, lemma; searched in place, not parsed),
/// and for other forms the most frequent change of their last letters in words of the same tag
/// (`lemma-rules.tsv`: tag, suffix, letters to drop, letters to add).
struct Lemmatizer: Sendable {
    /// Rows of form, tag, lemma, sorted by form.
    let forms: SortedTSV
    /// `tag TAB suffix` → the letters to drop and those to add.
    let rules: [String: (drop: Int, add: String)]
    /// The longest suffix of a rule.
    let longestSuffix: Int

    /// A lemmatizer over the table of forms (form, tag, lemma) and the rows of `lemma-rules.tsv`
    /// (tag, suffix, drop, add).
    init(forms: SortedTSV, rules ruleRows: [[Substring]]) {
        var rules: [String: (drop: Int, add: String)] = [:]
        var longest = 0
        for row in ruleRows where row.count >= 3 {
            rules[row[0] + "\t" + row[1]] = (Int(row[2]) ?? 0, row.count > 3 ? String(row[3]) : "")
            longest = max(longest, row[1].count)
        }
        self.forms = forms
        self.rules = rules
        self.longestSuffix = longest
    }

    /// Tags whose words are their own lemma, as written (names, numbers, punctuation).
    static let lemmaAsWritten: WordSet = ["PROPN", "PUNCT", "NUM", "SYM", "X"]
    /// Closed classes: a form the treebanks did not show is its own lemma, lowercased.
    static let closedClasses: WordSet = ["PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "INTJ"]

    /// The lemma of `form` tagged `upos`.
    func lemma(_ form: String, upos: String) -> String {
        if Self.lemmaAsWritten.contains(upos) { return form }
        let lower = WordForm.lowercasedASCII(form)
        if let known = forms.rows(for: lower).first(where: { $0[1] == upos }) { return String(known[2]) }
        if Self.closedClasses.contains(upos) { return lower }
        let characters = Array(lower)
        for length in stride(from: min(longestSuffix, characters.count - 1), through: 1, by: -1) {
            let suffix = String(characters[(characters.count - length)...])
            if let rule = rules[upos + "\t" + suffix], characters.count > rule.drop {
                return String(characters.dropLast(rule.drop)) + rule.add
            }
        }
        return lower
    }
}

/// Learns a `Lemmatizer` from treebank words.
enum LemmaLearner {
    /// The rows of `lemmas.tsv` and `lemma-rules.tsv` for `words`.
    static func learn(_ words: [(form: String, upos: String, lemma: String)]) -> (forms: [[String]], rules: [[String]]) {
        var lemmaCounts: [String: [String: Int]] = [:]
        var ruleCounts: [String: [String: Int]] = [:]
        for word in words where word.lemma != "_" && !Lemmatizer.lemmaAsWritten.contains(word.upos) {
            let lower = word.form.lowercased()
            let lemma = word.lemma.lowercased()
            lemmaCounts[lower + "\t" + word.upos, default: [:]][lemma, default: 0] += 1
            // The change of the last letters: common prefix kept, the rest replaced.
            let formChars = Array(lower), lemmaChars = Array(lemma)
            var common = 0
            while common < min(formChars.count, lemmaChars.count), formChars[common] == lemmaChars[common] { common += 1 }
            let drop = formChars.count - common
            let add = String(lemmaChars[common...])
            for length in (drop + 1)...(drop + 3) where length <= formChars.count {
                let suffix = String(formChars[(formChars.count - length)...])
                ruleCounts[word.upos + "\t" + suffix, default: [:]]["\(drop)\t\(add)", default: 0] += 1
            }
        }
        var forms: [[String]] = []
        for (key, lemmas) in lemmaCounts {
            guard let best = lemmas.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { continue }
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            forms.append([String(parts[0]), String(parts[1]), best.key])
        }
        var rules: [[String]] = []
        for (key, changes) in ruleCounts {
            let total = changes.values.reduce(0, +)
            guard total >= 5, let best = changes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
                  Double(best.value) / Double(total) >= 0.7, best.key != "0\t" else { continue }
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let change = best.key.split(separator: "\t", omittingEmptySubsequences: false)
            rules.append([String(parts[0]), String(parts[1]), String(change[0]), change.count > 1 ? String(change[1]) : ""])
        }
        // A fixed order, so that the file is the same on every run.
        forms.sort { Array($0.joined(separator: "\t").utf8).lexicographicallyPrecedes(Array($1.joined(separator: "\t").utf8)) }
        rules.sort { ($0[0], -$0[1].count, $0[1]) < ($1[0], -$1[1].count, $1[1]) }
        return (forms, rules)
    }
}
