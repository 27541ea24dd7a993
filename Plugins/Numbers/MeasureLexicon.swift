import LedeCore

/// A unit or a currency, as written in `Resources/units.tsv` or `Resources/currencies.tsv`.
struct Measure: Sendable {
    enum Kind: Sendable {
        /// A unit of measure; `dimension` says which (`length`, `mass`, `percent`…).
        case unit(dimension: String)
        /// A currency written as a symbol (`$`, `€`, `Rs`), an ISO code (`USD`) or a name (`euros`).
        case currencySymbol, currencyCode, currencyName
    }

    let kind: Kind
    /// The unit (`km`, `tonnes`, `percentage point`) or the ISO 4217 code (`USD`).
    let code: String
    /// The written form without white space, compared byte for byte when case matters.
    let surface: [UInt8]
    /// Whether the token text must have exactly the case of `surface` (symbols, codes, `MB`, `mm`).
    let exactCase: Bool
    /// A one-letter unit (`C`, `t`, `L`) that counts only written against its number (`25C`).
    let mustTouchNumber: Bool

    var isCurrency: Bool {
        if case .unit = kind { return false }
        return true
    }

    var isPercent: Bool {
        if case .unit(let dimension) = kind { return dimension == "percent" }
        return false
    }

    /// Whether this currency form may stand before the amount (`$5`, `USD 5`, `Rs 500`).
    var isCurrencyPrefix: Bool {
        switch kind {
        case .currencySymbol, .currencyCode: return true
        default: return false
        }
    }
}

/// Units and currencies, looked up token by token over the document.
struct MeasureLexicon: Sendable {
    private(set) var trie = PhraseTrie<Measure>()

    /// The unit names the guidelines write differently from the lexicon's canonical ones.
    static let unitSpelling: [String: String] = ["tonne": "tonnes"]

    init(units: [[Substring]], currencies: [[Substring]]) {
        let tokenizer = Tokenizer()
        for row in currencies where row.count >= 3 {
            let kind: Measure.Kind
            switch row[2] {
            case "symbol": kind = .currencySymbol
            case "code": kind = .currencyCode
            default: kind = .currencyName
            }
            add(String(row[0]), kind, code: String(row[1]), tokenizer: tokenizer)
        }
        for row in units where row.count >= 3 {
            let unit = String(row[1])
            add(String(row[0]), .unit(dimension: String(row[2])), code: Self.unitSpelling[unit] ?? unit, tokenizer: tokenizer)
        }
    }

    private mutating func add(_ surface: String, _ kind: Measure.Kind, code: String, tokenizer: Tokenizer) {
        let bytes = Array(surface.utf8)
        let tokens = tokenizer.tokenize(surface)
        let keys = bytes.withUnsafeBufferPointer { buffer in tokens.compactMap { WordKey(buffer, $0.range) } }
        guard !keys.isEmpty, keys.count == tokens.count else { return }
        let compact = bytes.filter { $0 != UInt8(ascii: " ") }
        let hasUppercase = bytes.contains { $0 >= 0x41 && $0 <= 0x5A }
        let letters = bytes.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.count
        let isSymbolOrCode: Bool
        switch kind {
        case .currencySymbol, .currencyCode: isSymbolOrCode = true
        default: isSymbolOrCode = false
        }
        // Case matters for symbols, codes and abbreviations that carry capitals (`MB` is not `mb`),
        // and for lowercase abbreviations of one or two letters (`mm`, `m`, `g`), which must be
        // written in lowercase to count.
        let exactCase = isSymbolOrCode || hasUppercase || compact.count <= 2
        let singleLetter = compact.count == 1 && letters == 1 && surface != "m" && surface != "g"
        let measure = Measure(kind: kind, code: code, surface: compact, exactCase: exactCase, mustTouchNumber: singleLetter)
        trie.insert(keys, measure)
    }
}
