/// What a cardinal counts, when the text says: `25 people killed` → people, `two IT systems` →
/// IT systems, `hundreds of patients` → patients, `at least 11 other devices` → devices.
extension Recognizer {
    func counts(after end: Int) -> String? {
        var index = end
        if isWord(index, Words.of) {
            index += 1
            // of the, of its, of the state's
            var skipped = 0
            while skipped < 3, index < sentenceEnd, kind(index) == .word, !isPluralNoun(index),
                  has(index, .function) || has(index, .pronounAfter) || has(index, .pronounBefore) {
                index += 1
                skipped += 1
            }
        }
        var modifiers = 0
        while index < sentenceEnd, modifiers <= 2 {
            if isPluralNoun(index) {
                // Keep a capitalized modifier such as "IT" with its noun.
                let start = modifiers > 0 && shape(index - 1).contains(.allCapitals) ? index - 1 : index
                return text(start..<index + 1)
            }
            guard kind(index) == .word, !has(index, .function), info(index)?.has(.cardinal) != true,
                  !shape(index).contains(.hasDigit) else { return nil }
            modifiers += 1
            index += 1
        }
        return nil
    }
}
