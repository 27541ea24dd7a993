import LedeCore

/// Whether a document reads as a news report: the style the entity rules were written for, and
/// the one the learned recognizer never saw in training (it learned from GUM's other genres and
/// from web text). A report tells what people said, in the third person: "said", "says", "told"
/// and "according to" come often, and "I", "me", "my", "you", "your" seldom (fiction,
/// conversation and letters report speech too, but in the first and second person). A text too
/// short to tell, such as a sentence typed at the prompt, is taken for news: lede's first use.
public enum NewsStyle {
    /// Fewer words than this are too few to tell the style by.
    static let wordsToTell = 100
    /// Reported speech often enough: at least this many "said", "says", "told" or "according to"…
    static let reportedSpeechCount = 3
    /// …and at least this many per thousand words…
    static let reportedSpeechPerThousandWords = 5
    /// …with fewer first- and second-person pronouns than this per thousand words.
    static let personalPronounsPerThousandWords = 20

    /// Whether `document` (with its tokens) reads as a news report.
    public static func readsAsNews(_ document: Document) -> Bool {
        var words = 0, reports = 0, pronouns = 0
        let tokens = document.tokens
        for (index, token) in tokens.enumerated() where token.kind == .word {
            words += 1
            guard token.range.count <= 9 else { continue }
            switch document.word(index) {
            case "said", "says", "told": reports += 1
            case "according" where index + 1 < tokens.count && document.word(index + 1) == "to": reports += 1
            case "I", "me", "my", "you", "your", "You", "My", "Your": pronouns += 1
            default: break
            }
        }
        guard words >= wordsToTell else { return true }
        return reports >= reportedSpeechCount && reports * 1_000 >= reportedSpeechPerThousandWords * words
            && pronouns * 1_000 < personalPronounsPerThousandWords * words
    }
}
