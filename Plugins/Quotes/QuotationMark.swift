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
        let mark = Self.scalar(of: token, in: document)
        let touchesBefore = index > 0 && document.touches(tokens[index - 1], token)
            && !Self.isOpeningContext(tokens[index - 1], document: document)
        let touchesAfter = index + 1 < tokens.count && document.touches(token, tokens[index + 1])
            && !Self.isClosingContext(tokens[index + 1], document: document)
        self.token = index
        switch mark {
        case 0x201C, 0x201E, 0xAB:  // “ „ «
            family = .double
            role = .opening
        case 0x201D, 0xBB:  // ” »
            family = .double
            role = .closing
        case 0x2018, 0x2039:  // ‘ ‹
            family = .single
            role = .opening
        case 0x203A:  // ›
            family = .single
            role = .closing
        case 0x22, 0x27, 0x2019:  // " ' ’
            family = mark == 0x22 ? .double : .single
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

    /// The scalar of a token of one scalar of up to three bytes, read from the document's bytes
    /// (0 for any other token).
    static func scalar(of token: Token, in document: Document) -> UInt32 {
        let start = token.range.lowerBound, bytes = document.bytes
        guard start >= 0, token.range.upperBound <= bytes.count else { return 0 }
        switch token.range.count {
        case 1 where bytes[start] < 0x80:
            return UInt32(bytes[start])
        case 2 where bytes[start] & 0xE0 == 0xC0:
            return UInt32(bytes[start] & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F)
        case 3 where bytes[start] & 0xF0 == 0xE0:
            return UInt32(bytes[start] & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6 | UInt32(bytes[start + 2] & 0x3F)
        default:
            return 0
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
