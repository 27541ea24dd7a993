/// Splits text into tokens, for news: numbers with separators and decimals (`1,300`, `3.5`),
/// possessives and contractions (`Iran` `'s`, `ca` `n't`), hyphens as tokens of their own,
/// abbreviations and initials (`U.S.`, `Mr.`, `J.`), straight and curly quotes and apostrophes
/// (`’90s` is one token), URLs and e-mail addresses.
///
/// Works on UTF-8 bytes with a class table for ASCII; allocates only the token array.
public struct Tokenizer: Sendable {
    /// The language's abbreviations.
    public let rules: TokenizationRules

    public init(rules: TokenizationRules = .none) {
        self.rules = rules
    }

    /// The tokens of `text`, as UTF-8 byte ranges.
    public func tokenize(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    /// The tokens of valid UTF-8 `bytes`.
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var state = TokenizerState(bytes: bytes, rules: rules)
        state.tokens.reserveCapacity(bytes.count / 5 + 1)
        let count = bytes.count
        var index = 0
        while index < count {
            let (cls, length) = state.classAt(index)
            if cls == .space {
                index += length
                continue
            }
            // Plain words (ASCII letters only, the most common chunk) need no further splitting.
            var end = index
            while end < count {
                let byte = bytes[end]
                guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A else { break }
                end += 1
            }
            if end > index && (end == count || CharacterClass.ofASCII(bytes[end]) == .space) {
                state.tokens.append(Token(range: index..<end, kind: .word))
                index = end
                continue
            }
            while end < count {
                let (next, nextLength) = state.classAt(end)
                if next == .space { break }
                end += nextLength
            }
            state.splitChunk(index, end)
            index = end
        }
        return state.tokens
    }
}

/// The working state of one `tokenize` call.
struct TokenizerState {
    let bytes: UnsafeBufferPointer<UInt8>
    let rules: TokenizationRules
    var tokens: [Token] = []
    /// Suffix tokens of the current chunk, collected from the end backwards.
    var suffixes: [Token] = []

    init(bytes: UnsafeBufferPointer<UInt8>, rules: TokenizationRules) {
        self.bytes = bytes
        self.rules = rules
    }

    // MARK: Scalars

    /// The class and byte length of the scalar starting at `index`.
    @inline(__always)
    func classAt(_ index: Int) -> (CharacterClass, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (CharacterClass.ofASCII(byte), 1) }
        let (scalar, length) = decode(at: index)
        return (CharacterClass.of(scalar), length)
    }

    /// The class and start of the scalar that ends at `end`.
    func classBefore(_ end: Int) -> (CharacterClass, Int) {
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (classAt(start).0, start)
    }

    /// Decodes the scalar at `index` (the text is valid UTF-8).
    func decode(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        var value: UInt32
        var length: Int
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        if lead >= 0xF0 { value = UInt32(lead & 0x07); length = 4 }
        else if lead >= 0xE0 { value = UInt32(lead & 0x0F); length = 3 }
        else { value = UInt32(lead & 0x1F); length = 2 }
        let available = min(length, bytes.count - index)
        for offset in 1..<max(1, available) {
            value = (value << 6) | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", max(1, available))
    }

    func isLetter(at index: Int, before end: Int) -> Bool {
        index < end && classAt(index).0 == .letter
    }

    func isDigit(at index: Int, before end: Int) -> Bool {
        index < end && classAt(index).0 == .digit
    }


    // MARK: Chunks

    /// Splits a run of non-space characters into tokens.
    mutating func splitChunk(_ chunkStart: Int, _ chunkEnd: Int) {
        var start = chunkStart
        var end = chunkEnd
        stripPrefixes(&start, end)
        suffixes.removeAll(keepingCapacity: true)
        stripSuffixes(start, &end)
        if start < end {
            if isURL(start, end) {
                tokens.append(Token(range: start..<end, kind: .url))
            } else if isEmail(start, end) {
                tokens.append(Token(range: start..<end, kind: .email))
            } else {
                splitInfixes(start, end)
            }
        }
        for suffix in suffixes.reversed() { tokens.append(suffix) }
    }

    mutating func stripPrefixes(_ start: inout Int, _ end: Int) {
        while start < end {
            let (cls, length) = classAt(start)
            switch cls {
            case .opener, .quote:
                tokens.append(Token(range: start..<start + length, kind: cls == .quote ? .quote : .punctuation))
            case .apostrophe:
                // ’90s is a number, not a quotation mark.
                if isDigit(at: start + length, before: end) { return }
                tokens.append(Token(range: start..<start + length, kind: .quote))
            case .currency:
                tokens.append(Token(range: start..<start + length, kind: .symbol))
            case .dash, .comma, .closer, .terminal:
                tokens.append(Token(range: start..<start + length, kind: .punctuation))
            case .hyphen:
                if isDigit(at: start + length, before: end) { return }
                tokens.append(Token(range: start..<start + length, kind: .punctuation))
            case .period:
                let dots = periodRun(from: start, end)
                if dots == 1 && isDigit(at: start + 1, before: end) { return }  // .5
                tokens.append(Token(range: start..<start + dots, kind: .punctuation))
                start += dots
                continue
            case .symbol:
                let byte = bytes[start]
                if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "@") { return }  // #tags, @handles
                tokens.append(Token(range: start..<start + length, kind: .symbol))
            default:
                return
            }
            start += length
        }
    }

    func periodRun(from start: Int, _ end: Int) -> Int {
        var index = start
        while index < end && bytes[index] == UInt8(ascii: ".") { index += 1 }
        return index - start
    }

    mutating func stripSuffixes(_ start: Int, _ end: inout Int) {
        while end > start {
            let (cls, lastStart) = classBefore(end)
            switch cls {
            case .closer, .quote, .comma, .terminal, .apostrophe, .dash:
                suffixes.append(Token(range: lastStart..<end, kind: cls == .quote || cls == .apostrophe ? .quote : .punctuation))
                end = lastStart
            case .hyphen where end - start > 1:
                suffixes.append(Token(range: lastStart..<end, kind: .punctuation))
                end = lastStart
            case .period:
                var dots = 0
                while end - dots > start && bytes[end - dots - 1] == UInt8(ascii: ".") { dots += 1 }
                if dots >= 2 || end - dots == start {
                    suffixes.append(Token(range: end - dots..<end, kind: .punctuation))
                    end -= dots
                    continue
                }
                if rules.isAbbreviation(bytes, start..<end - 1) { return }
                suffixes.append(Token(range: end - 1..<end, kind: .punctuation))
                end -= 1
            case .symbol where bytes[lastStart] == UInt8(ascii: "%") || bytes[lastStart] == UInt8(ascii: "*"):
                suffixes.append(Token(range: lastStart..<end, kind: .symbol))
                end = lastStart
            case .letter:
                guard let clitic = cliticStart(start, end) else { return }
                suffixes.append(Token(range: clitic..<end, kind: .word))
                end = clitic
            default:
                return
            }
        }
    }

    /// Where a trailing clitic starts: `'s`, `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m` (straight or
    /// curly apostrophe), when letters come before it.
    func cliticStart(_ start: Int, _ end: Int) -> Int? {
        // The letters after the apostrophe, lowercased: at most three bytes.
        var index = end
        var letters = 0
        while index > start, letters <= 3 {
            let byte = bytes[index - 1]
            guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A else { break }
            index -= 1
            letters += 1
        }
        guard letters >= 1, letters <= 2, index > start else { return nil }
        let apostropheLength: Int
        if bytes[index - 1] == UInt8(ascii: "'") {
            apostropheLength = 1
        } else if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, bytes[index - 1] == 0x99 {
            apostropheLength = 3
        } else {
            return nil
        }
        let apostrophe = index - apostropheLength
        guard apostrophe > start else { return nil }
        let suffix = (letters == 1 ? [bytes[index] | 0x20] : [bytes[index] | 0x20, bytes[index + 1] | 0x20])
        switch suffix {
        case [0x73], [0x64], [0x6D], [0x72, 0x65], [0x76, 0x65], [0x6C, 0x6C]:  // s d m re ve ll
            guard isLetter(at: classBefore(apostrophe).1, before: apostrophe) || suffix == [0x73] else { return nil }
            return apostrophe
        case [0x74]:  // t: n't
            guard apostrophe - 1 > start, bytes[apostrophe - 1] | 0x20 == 0x6E else { return nil }
            return apostrophe - 1
        default:
            return nil
        }
    }

    func hasPrefix(_ prefix: StaticString, at start: Int, _ end: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard end - start >= length else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<length where bytes[start + offset] | 0x20 != pointer[offset] | 0x20 {
            return false
        }
        return true
    }

    func isURL(_ start: Int, _ end: Int) -> Bool {
        if hasPrefix("http://", at: start, end) || hasPrefix("https://", at: start, end) {
            return end - start > 8
        }
        return hasPrefix("www.", at: start, end) && end - start > 6
    }

    func isEmail(_ start: Int, _ end: Int) -> Bool {
        var at: Int?
        for index in start..<end where bytes[index] == UInt8(ascii: "@") {
            if at != nil { return false }
            at = index
        }
        guard let at, at > start, at + 3 < end else { return false }
        var dot = false
        for index in (at + 1)..<(end - 1) where bytes[index] == UInt8(ascii: ".") { dot = true }
        return dot && classAt(at + 1).0 != .period
    }

    // MARK: Infixes

    private enum Run { case none, word, number }

    /// Splits the core of a chunk at hyphens, dashes, slashes and other inner punctuation,
    /// keeping numbers (`1,300`, `3.5`, `15:00`, `24/7`), inner apostrophes (`O'Brien`),
    /// abbreviations (`U.S`) and tickers (`US$`) together.
    mutating func splitInfixes(_ start: Int, _ end: Int) {
        var run = Run.none
        var runStart = start
        var index = start

        func flush(_ state: inout TokenizerState, at position: Int) {
            if run != .none && runStart < position {
                state.tokens.append(Token(range: runStart..<position, kind: run == .number ? .number : .word))
            }
            run = .none
        }

        while index < end {
            let (cls, length) = classAt(index)
            let next = index + length
            switch cls {
            case .letter:
                if run == .number {
                    let suffixEnd = numberSuffixEnd(index, end)
                    if suffixEnd > index {
                        index = suffixEnd
                        continue
                    }
                    flush(&self, at: index)
                }
                if run == .none { run = .word; runStart = index }
            case .digit:
                if run == .none { run = .number; runStart = index }
            case .period, .comma:
                let byte = bytes[index]
                if run == .number && byte != UInt8(ascii: ";") && isDigit(at: next, before: end) {
                    break
                }
                if run == .word && byte == UInt8(ascii: ".") && isLetter(at: next, before: end)
                    && isAbbreviationJoint(runStart, index, end) {
                    break
                }
                // The suffix pass leaves a final period only on an abbreviation (`Mr.`, `U.S.`).
                if run == .word && byte == UInt8(ascii: ".") && next == end { break }
                flush(&self, at: index)
                let dots = byte == UInt8(ascii: ".") ? periodRun(from: index, end) : 1
                tokens.append(Token(range: index..<index + dots, kind: .punctuation))
                index += dots
                continue
            case .apostrophe:
                if run == .word && isLetter(at: next, before: end) { break }
                if run == .none && isDigit(at: next, before: end) { run = .number; runStart = index; break }
                flush(&self, at: index)
                tokens.append(Token(range: index..<next, kind: .quote))
            case .currency:
                if run == .word && isUppercaseRun(runStart, index) {
                    tokens.append(Token(range: runStart..<next, kind: .symbol))
                    run = .none
                } else {
                    flush(&self, at: index)
                    tokens.append(Token(range: index..<next, kind: .symbol))
                }
            case .symbol where bytes[index] == UInt8(ascii: "/") && run == .number && isDigit(at: next, before: end):
                break
            case .symbol where bytes[index] == UInt8(ascii: "&") && run == .word
                && isUppercaseRun(runStart, index) && isLetter(at: next, before: end):
                break
            case .symbol where (bytes[index] == UInt8(ascii: "#") || bytes[index] == UInt8(ascii: "@"))
                && run == .none && isLetter(at: next, before: end):
                run = .word
                runStart = index
            case .hyphen where bytes[index] == UInt8(ascii: "-") && next < end && bytes[next] == UInt8(ascii: "-"):
                flush(&self, at: index)
                var stop = next
                while stop < end && bytes[stop] == UInt8(ascii: "-") { stop += 1 }
                tokens.append(Token(range: index..<stop, kind: .punctuation))
                index = stop
                continue
            default:
                flush(&self, at: index)
                let kind: TokenKind
                switch cls {
                case .quote: kind = .quote
                case .symbol, .currency: kind = .symbol
                default: kind = .punctuation
                }
                tokens.append(Token(range: index..<next, kind: kind))
            }
            index = next
        }
        flush(&self, at: end)
    }

    /// Where the letters at `index` end when they finish a number as a suffix (`23rd`, `1990s`,
    /// `4th`); `index` itself when they do not.
    func numberSuffixEnd(_ index: Int, _ end: Int) -> Int {
        var stop = index
        while stop < end, classAt(stop).0 == .letter { stop += 1 }
        let length = stop - index
        guard length == 1 || length == 2 else { return index }
        let first = bytes[index] | 0x20
        if length == 1 { return first == 0x73 ? stop : index }  // s
        let second = bytes[index + 1] | 0x20
        switch (first, second) {
        case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return stop  // st nd rd th
        default: return index
        }
    }

    /// Whether a period inside a word joins an abbreviation (`U.S`, `p.m`, `Ph.D`) rather than
    /// two words run together (`end.The`): every segment is one to three letters.
    func isAbbreviationJoint(_ runStart: Int, _ period: Int, _ end: Int) -> Bool {
        guard period - runStart <= 3 else { return false }
        var stop = period + 1
        while stop < end, classAt(stop).0 == .letter { stop += 1 }
        return stop - period - 1 <= 3 && (stop == end || bytes[stop] == UInt8(ascii: "."))
    }

    func isUppercaseRun(_ start: Int, _ end: Int) -> Bool {
        guard end > start, end - start <= 3 else { return false }
        for index in start..<end where !(bytes[index] >= 0x41 && bytes[index] <= 0x5A) { return false }
        return true
    }
}
