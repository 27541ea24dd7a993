/// The classes of Unicode scalars the tokenizer and sentence splitter care about.
enum CharacterClass: UInt8 {
    case space, letter, digit, apostrophe, quote, hyphen, dash, period, closer, opener, terminal,
         comma, currency, symbol, other

    /// The class of an ASCII byte, from a table.
    @inline(__always)
    static func ofASCII(_ byte: UInt8) -> CharacterClass { asciiTable[Int(byte)] }

    static let asciiTable: [CharacterClass] = (0..<128).map { code -> CharacterClass in
        let scalar = Unicode.Scalar(UInt8(code))
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}": return .space
        case "a"..."z", "A"..."Z": return .letter
        case "0"..."9": return .digit
        case "'": return .apostrophe
        case "\"": return .quote
        case "-": return .hyphen
        case ".": return .period
        case ")", "]", "}", ">": return .closer
        case "(", "[", "{", "<": return .opener
        case "!", "?": return .terminal
        case ",", ";", ":": return .comma
        case "$": return .currency
        case "%", "&", "+", "=", "@", "#", "*", "/", "\\", "^", "|", "~", "`", "_": return .symbol
        default: return code < 32 ? .space : .other
        }
    }

    /// The class of any scalar.
    static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        if scalar.isASCII { return ofASCII(UInt8(scalar.value)) }
        switch scalar.value {
        case 0x2019, 0x2018, 0x02BC: return .apostrophe  // ’ ‘ ʼ (’ and ‘ also close/open quotes)
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x201A: return .quote
        case 0x2010, 0x2011: return .hyphen
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return .dash
        case 0x2026: return .terminal  // …
        case 0x00A0, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x00A1, 0x00BF: return .opener  // ¡ ¿
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark {
            return .letter
        }
        if properties.numericType == .decimal { return .digit }
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .currencySymbol: return .currency
        case .mathSymbol, .otherSymbol, .modifierSymbol: return .symbol
        case .openPunctuation, .initialPunctuation: return .opener
        case .closePunctuation, .finalPunctuation: return .closer
        case .dashPunctuation: return .dash
        default: return .other
        }
    }
}
