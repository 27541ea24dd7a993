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
            // Compared as bytes: this reads every word of the document.
            switch token.range.count {
            case 1: if document.token(token, is: "I") { pronouns += 1 }
            case 2: if document.token(token, is: "me") || document.token(token, isLowercased: "my") { pronouns += 1 }
            case 3: if document.token(token, isLowercased: "you") { pronouns += 1 }
            case 4:
                if document.token(token, is: "said") || document.token(token, is: "says") || document.token(token, is: "told") {
                    reports += 1
                } else if document.token(token, isLowercased: "your") {
                    pronouns += 1
                }
            case 9:
                if document.token(token, is: "according"), index + 1 < tokens.count, document.token(tokens[index + 1], is: "to") { reports += 1 }
            default: break
            }
        }
        guard words >= wordsToTell else { return true }
        return reports >= reportedSpeechCount && reports * 1_000 >= reportedSpeechPerThousandWords * words
            && pronouns * 1_000 < personalPronounsPerThousandWords * words
    }
}
