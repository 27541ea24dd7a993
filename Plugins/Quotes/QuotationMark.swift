import LedeCore
import LedeEnglish

/// A quotation mark token and what it can do: open, close, or either (straight marks).
struct QuotationMark {
    enum Family { case double, single }
    enum Role { case opening, closing, either }

    let token: Int
    let family: Family
    let role: Role

    /// Classifies the QUOTE token at `index`; nil for a mark that is no quotation mark here.
    init?(_ index: Int, tokens: [Token], document: Document) {
        let token = tokens[index]
        guard token.kind == .quote else { return nil }
        let text = document.word(index)
        let touchesBefore = index > 0 && document.touches(tokens[index - 1], token)
            && !Self.isOpeningContext(tokens[index - 1], document: document)
        let touchesAfter = index + 1 < tokens.count && document.touches(token, tokens[index + 1])
            && !Self.isClosingContext(tokens[index + 1], document: document)
        self.token = index
        switch text {
        case "“", "„", "«":
            family = .double
            role = .opening
        case "”", "»":
            family = .double
            role = .closing
        case "‘", "‹":
            family = .single
            role = .opening
        case "›":
            family = .single
            role = .closing
        case "\"", "'", "’":
            family = text == "\"" ? .double : .single
            if touchesAfter && !touchesBefore {
                role = .opening
            } else if touchesBefore && !touchesAfter {
                // A plural possessive before a noun is an apostrophe: "the students’ loans".
                if family == .single, index + 1 < tokens.count, document.word(index - 1).hasSuffix("s"),
                   tokens[index + 1].kind == .word, document.isLowercase(tokens[index + 1]),
                   !English.functionWords.contains(document.word(index + 1)),
                   English.speechVerbs[document.word(index + 1)] == nil {
                    return nil
                }
                role = .closing
            } else if touchesBefore && touchesAfter {
                role = .either
            } else {
                return nil
            }
        default:
            return nil
        }
    }

    /// Tokens after which a mark opens a quotation even when nothing separates them: `(“`, `—"`.
    static func isOpeningContext(_ token: Token, document: Document) -> Bool {
        guard token.kind == .punctuation else { return false }
        return openingContexts.contains { document.token(token, is: $0) }
    }

    /// Tokens before which a mark closes a quotation even when nothing separates them: `”,`, `’.`
    static func isClosingContext(_ token: Token, document: Document) -> Bool {
        guard token.kind == .punctuation || token.kind == .quote else { return false }
        return token.kind == .quote || closingContexts.contains { document.token(token, is: $0) }
    }

    private static let openingContexts: [StaticString] = ["(", "[", "—", "–", "-", ":"]
    private static let closingContexts: [StaticString] = [",", ".", ";", ":", "!", "?", ")", "]", "…", "—", "–", "-"]
}
