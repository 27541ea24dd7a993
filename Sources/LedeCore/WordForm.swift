/// Normalised forms of words for lexicon lookups.
public enum WordForm {
    /// Lowercased, with diacritics removed: `Lucía` → `lucia`, `Köln` → `koln`. ASCII input
    /// takes a fast path.
    public static func folded(_ word: String) -> String {
        if isASCII(word) { return lowercasedASCII(word) }
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let base = latinBase[scalar.value].flatMap(Unicode.Scalar.init) ?? scalar
            for lower in base.properties.lowercaseMapping.unicodeScalars { scalars.append(lower) }
        }
        return String(scalars)
    }

    /// Calls `body` with the word's UTF-8 bytes, read in place (a copy only for a string that
    /// is not stored as UTF-8): iterating `utf8` costs several times more a byte.
    @inlinable
    public static func withBytes<Result>(of word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = word.utf8.withContiguousStorageIfAvailable(body) { return result }
        var word = word
        return word.withUTF8(body)
    }

    /// Whether every byte of the word is ASCII.
    @inlinable
    public static func isASCII(_ word: String) -> Bool {
        withBytes(of: word) { bytes in !bytes.contains { $0 >= 0x80 } }
    }

    /// Lowercase ASCII letters only (other bytes unchanged).
    public static func lowercasedASCII(_ word: String) -> String {
        // Read in place: most words asked about are already lowercase, and a lowercase word of
        // up to 15 bytes is made without a buffer of its own.
        withBytes(of: word) { lowercasedASCII(utf8: $0) } ?? word
    }

    /// The UTF-8 text `bytes` with its ASCII capitals made small, or nil when it has none (the
    /// caller keeps the text it has).
    public static func lowercasedASCII(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.firstIndex(where: { $0 &- 0x41 < 26 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                buffer[index] = index >= first && byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// Whether the word starts with an uppercase letter.
    public static func isCapitalized(_ word: String) -> Bool {
        guard let firstByte = word.utf8.first else { return false }
        if firstByte < 0x80 { return firstByte >= 0x41 && firstByte <= 0x5A }
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Whether every letter of the word is uppercase and it has at least two letters (`IRNA`, `U.S.`).
    public static func isAllCaps(_ word: String) -> Bool {
        var letters = 0
        var word = word
        // ASCII, read in place: -1 at a lowercase letter, else the number of capitals; nil if not ASCII.
        let ascii: Int? = word.withUTF8 { bytes in
            var capitals = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x61 && byte <= 0x7A { return -1 }
                if byte >= 0x41 && byte <= 0x5A { capitals += 1 }
            }
            return capitals
        }
        if let ascii { return ascii >= 2 }
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The word with its first letter uppercase and the rest lowercase (`OSLO` → `Oslo`).
    public static func titleCased(_ word: String) -> String {
        var result = ""
        var first = true
        var afterSeparator = false
        for character in word {
            if first || afterSeparator {
                result += character.uppercased()
            } else {
                result += character.lowercased()
            }
            first = false
            afterSeparator = character == " " || character == "-"
        }
        return result
    }

    /// Base letters of accented Latin letters (the accent itself is dropped by folding).
    static let latinBase: [UInt32: UInt32] = {
        let pairs: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐ", "D"), ("ďđ", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņň", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"), ("òóôõöøōŏő", "o"),
            ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠȘ", "S"), ("śŝşšș", "s"), ("ŢŤŦȚ", "T"), ("ţťŧț", "t"),
            ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŸŶ", "Y"), ("ýÿŷ", "y"),
            ("ŹŻŽ", "Z"), ("źżž", "z"),
        ]
        var table: [UInt32: UInt32] = [:]
        for (accented, base) in pairs {
            guard let baseValue = base.unicodeScalars.first?.value else { continue }
            for scalar in accented.unicodeScalars { table[scalar.value] = baseValue }
        }
        return table
    }()
}
