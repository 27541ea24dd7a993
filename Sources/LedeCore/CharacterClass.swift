/// The classes of Unicode scalars the tokenizer and sentence splitter care about.
enum CharacterClass: UInt8 {
    case space, letter, digit, apostrophe, quote, hyphen, dash, period, closer, opener, terminal,
         comma, currency, symbol, other

    /// The class of an ASCII byte.
    @inline(__always)
    static func ofASCII(_ byte: UInt8) -> CharacterClass {
        switch byte {
        case 0x61...0x7A, 0x41...0x5A: return .letter
        case 0x20, 0x0A, 0x09, 0x0D, 0x0B, 0x0C: return .space
        case 0x30...0x39: return .digit
        case 0x2E: return .period  // .
        case 0x2C, 0x3B, 0x3A: return .comma  // , ; :
        case 0x27: return .apostrophe  // '
        case 0x22: return .quote  // "
        case 0x2D: return .hyphen  // -
        case 0x29, 0x5D, 0x7D, 0x3E: return .closer  // ) ] } >
        case 0x28, 0x5B, 0x7B, 0x3C: return .opener  // ( [ { <
        case 0x21, 0x3F: return .terminal  // ! ?
        case 0x24: return .currency  // $
        case 0x25, 0x26, 0x2B, 0x3D, 0x40, 0x23, 0x2A, 0x2F, 0x5C, 0x5E, 0x7C, 0x7E, 0x60, 0x5F: return .symbol
        case 0..<0x20: return .space
        default: return .other
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
