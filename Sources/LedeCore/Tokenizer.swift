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
        let state = TokenizerState(bytes: bytes, rules: rules)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 1)
        // Suffix tokens of the current chunk, collected from the end backwards.
        var suffixes: [Token] = []
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
                tokens.append(Token(range: index..<end, kind: .word))
                index = end
                continue
            }
            while end < count {
                let (next, nextLength) = state.classAt(end)
                if next == .space { break }
                end += nextLength
            }
            state.splitChunk(index, end, into: &tokens, suffixes: &suffixes)
            index = end
        }
        return tokens
    }
}

/// What one `tokenize` call reads: the bytes and the rules. The tokens it finds go into arrays
/// passed in, so that the state itself never changes (a method called from a mutating one
/// would be given a copy of it).
struct TokenizerState {
    let bytes: UnsafeBufferPointer<UInt8>
    let rules: TokenizationRules

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
    func splitChunk(_ chunkStart: Int, _ chunkEnd: Int, into tokens: inout [Token], suffixes: inout [Token]) {
        if isEmoticon(chunkStart, chunkEnd) {
            tokens.append(Token(range: chunkStart..<chunkEnd, kind: .symbol))
            return
        }
        var start = chunkStart
        var end = chunkEnd
        stripPrefixes(&start, end, into: &tokens)
        suffixes.removeAll(keepingCapacity: true)
        stripSuffixes(start, &end, into: &suffixes)
        if start < end {
            if isURL(start, end) {
                tokens.append(Token(range: start..<end, kind: .url))
            } else if isEmail(start, end) {
                tokens.append(Token(range: start..<end, kind: .email))
            } else {
                splitInfixes(start, end, into: &tokens)
            }
        }
        for suffix in suffixes.reversed() { tokens.append(suffix) }
    }

    func stripPrefixes(_ start: inout Int, _ end: Int, into tokens: inout [Token]) {
        while start < end {
            let (cls, length) = classAt(start)
            switch cls {
            case .opener where bytes[start] == UInt8(ascii: "<") || bytes[start] == UInt8(ascii: "["):
                let stop = sameRun(from: start, end)
                tokens.append(Token(range: start..<stop, kind: .punctuation))
                start = stop
                continue
            case .opener, .quote:
                tokens.append(Token(range: start..<start + length, kind: cls == .quote ? .quote : .punctuation))
            case .apostrophe:
                // ’90s is a number, not a quotation mark.
                if isDigit(at: start + length, before: end) { return }
                tokens.append(Token(range: start..<start + length, kind: .quote))
            case .currency:
                let stop = bytes[start] == UInt8(ascii: "$") ? sameRun(from: start, end) : start + length
                if stop - start > 1 {
                    tokens.append(Token(range: start..<stop, kind: .symbol))
                    start = stop
                    continue
                }
                tokens.append(Token(range: start..<start + length, kind: .symbol))
            case .closer where bytes[start] == UInt8(ascii: ">"):
                let stop = sameRun(from: start, end)
                tokens.append(Token(range: start..<stop, kind: .punctuation))
                start = stop
                continue
            case .dash, .comma, .closer:
                tokens.append(Token(range: start..<start + length, kind: .punctuation))
            case .terminal:
                // A run of ! and ?, or one mark of several bytes (…, ？).
                let stop = max(terminalRun(from: start, end), start + length)
                tokens.append(Token(range: start..<stop, kind: .punctuation))
                start = stop
                continue
            case .hyphen:
                if isDigit(at: start + length, before: end) { return }
                let stop = max(decorationRun(from: start, end), start + length)
                tokens.append(Token(range: start..<stop, kind: .punctuation))
                start = stop
                continue
            case .period:
                let dots = periodRun(from: start, end)
                if dots == 1 && isDigit(at: start + 1, before: end) { return }  // .5
                tokens.append(Token(range: start..<start + dots, kind: .punctuation))
                start += dots
                continue
            case .symbol:
                let byte = bytes[start]
                if (byte == UInt8(ascii: "#") || byte == UInt8(ascii: "@")) && isLetter(at: start + 1, before: end) { return }  // #tags, @handles
                let stop = decorationRun(from: start, end)
                tokens.append(Token(range: start..<max(stop, start + length), kind: .symbol))
                start = max(stop, start + length)
                continue
            default:
                return
            }
            start += length
        }
    }

    /// The end of a run of one ASCII character repeated (`<<`, `$$$`) starting at `start`.
    func sameRun(from start: Int, _ end: Int) -> Int {
        var stop = start + 1
        while stop < end, bytes[stop] == bytes[start] { stop += 1 }
        return stop
    }

    /// Whether the chunk from `start` is a telephone number: groups of digits joined by single
    /// hyphens, the last of four digits and the others of three (the first may be shorter).
    func isPhoneNumber(_ start: Int, _ end: Int) -> Bool {
        // At most four groups (`1-800-555-1234`): a longer chunk is not looked through, which
        // keeps a long run of digits and hyphens linear.
        guard end - start <= 16 else { return false }
        var groups: [Int] = []
        var length = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                length += 1
            } else if byte == UInt8(ascii: "-"), length > 0 {
                groups.append(length)
                length = 0
            } else {
                return false
            }
        }
        groups.append(length)
        guard groups.count >= 2, groups.last == 4 else { return false }
        return groups.dropLast().dropFirst().allSatisfy { $0 == 3 } && (1...3).contains(groups[0]) && (groups.count > 2 || groups[0] == 3)
    }

    /// The end of a run of `!` and `?` (`!!!`, `?!`) starting at `start`.
    func terminalRun(from start: Int, _ end: Int) -> Int {
        var stop = start
        while stop < end, bytes[stop] == UInt8(ascii: "!") || bytes[stop] == UInt8(ascii: "?") { stop += 1 }
        return max(stop, start + 1)
    }

    /// The end of a run of line-drawing characters (`--`, `==`, `***`, `----==`, `<<`, `//`)
    /// starting at `start`, which stays one token; a single character is a run of one.
    func decorationRun(from start: Int, _ end: Int) -> Int {
        func isDecoration(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"),
                 UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "/"),
                 UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "$"):
                return true
            default:
                return false
            }
        }
        guard start < end, isDecoration(bytes[start]) else { return start + 1 }
        var stop = start + 1
        // A run of one kind of character, or of the line-drawing mix of - and =.
        let first = bytes[start]
        let lineArt = first == UInt8(ascii: "-") || first == UInt8(ascii: "=")
        while stop < end, bytes[stop] == first || (lineArt && (bytes[stop] == UInt8(ascii: "-") || bytes[stop] == UInt8(ascii: "="))) {
            stop += 1
        }
        return stop
    }

    /// A whole chunk that is an emoticon: `:)`, `:-(`, `;)`, `:D`, `:P`.
    func isEmoticon(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length == 2 || length == 3 else { return false }
        let eyes = bytes[start]
        guard eyes == UInt8(ascii: ":") || eyes == UInt8(ascii: ";") || eyes == UInt8(ascii: "=") else { return false }
        if length == 3, bytes[start + 1] != UInt8(ascii: "-") && bytes[start + 1] != UInt8(ascii: "'") { return false }
        switch bytes[end - 1] {
        case UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: "D"), UInt8(ascii: "P"), UInt8(ascii: "p"),
             UInt8(ascii: "/"), UInt8(ascii: "|"), UInt8(ascii: "]"), UInt8(ascii: "["):
            return true
        default:
            return false
        }
    }

    func periodRun(from start: Int, _ end: Int) -> Int {
        var index = start
        while index < end && bytes[index] == UInt8(ascii: ".") { index += 1 }
        return index - start
    }

    func stripSuffixes(_ start: Int, _ end: inout Int, into suffixes: inout [Token]) {
        while end > start {
            let (cls, lastStart) = classBefore(end)
            switch cls {
            case .terminal where bytes[lastStart] == UInt8(ascii: "!") || bytes[lastStart] == UInt8(ascii: "?"):
                // `!!!`, `?!`, `.?` are one mark.
                var first = lastStart
                while first > start, bytes[first - 1] == UInt8(ascii: "!") || bytes[first - 1] == UInt8(ascii: "?")
                    || bytes[first - 1] == UInt8(ascii: ".") { first -= 1 }
                if first == start { first = min(end - 1, lastStart) }
                suffixes.append(Token(range: first..<end, kind: .punctuation))
                end = first
            case .closer where bytes[lastStart] == UInt8(ascii: ">"):
                var first = lastStart
                while first > start + 1, bytes[first - 1] == UInt8(ascii: ">") { first -= 1 }
                suffixes.append(Token(range: first..<end, kind: .punctuation))
                end = first
            case .closer, .quote, .comma, .terminal, .apostrophe, .dash:
                suffixes.append(Token(range: lastStart..<end, kind: cls == .quote || cls == .apostrophe ? .quote : .punctuation))
                end = lastStart
            case .hyphen where end - start > 1:
                var first = lastStart
                while first > start + 1, bytes[first - 1] == UInt8(ascii: "-") { first -= 1 }
                suffixes.append(Token(range: first..<end, kind: .punctuation))
                end = first
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
    func splitInfixes(_ start: Int, _ end: Int, into tokens: inout [Token]) {
        var run = Run.none
        var runStart = start
        var index = start

        func flush(_ tokens: inout [Token], at position: Int) {
            if run != .none && runStart < position {
                tokens.append(Token(range: runStart..<position, kind: run == .number ? .number : .word))
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
                    flush(&tokens, at: index)
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
                // A domain or file name: `paulhastings.com`, `report.pdf`.
                if run == .word && byte == UInt8(ascii: ".") && isWebSuffix(at: next, end) { break }
                flush(&tokens, at: index)
                let dots = byte == UInt8(ascii: ".") ? periodRun(from: index, end) : 1
                tokens.append(Token(range: index..<index + dots, kind: .punctuation))
                index += dots
                continue
            case .apostrophe:
                if run == .word && isLetter(at: next, before: end) { break }
                if run == .none && isDigit(at: next, before: end) { run = .number; runStart = index; break }
                flush(&tokens, at: index)
                tokens.append(Token(range: index..<next, kind: .quote))
            case .currency:
                if run == .word && isUppercaseRun(runStart, index) {
                    tokens.append(Token(range: runStart..<next, kind: .symbol))
                    run = .none
                } else {
                    flush(&tokens, at: index)
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
            case .hyphen where bytes[index] == UInt8(ascii: "-") && next < end && (bytes[next] == UInt8(ascii: "-") || bytes[next] == UInt8(ascii: "=")):
                flush(&tokens, at: index)
                let stop = decorationRun(from: index, end)
                tokens.append(Token(range: index..<stop, kind: .punctuation))
                index = stop
                continue
            case .hyphen where run == .number && isPhoneNumber(runStart, end):
                // `853-7906`, `732-657-3416`.
                break
            case .hyphen where run == .word && isLetter(at: next, before: end)
                && rules.containsLowercased(rules.hyphenPrefixes, bytes, runStart..<index):
                // A prefix stays with its word: `non-human`, `e-mail`.
                break
            case .symbol where bytes[index] == UInt8(ascii: "/") && run == .word && index - runStart == 1 && isShortAfterSlash(next, end):
                // `b/c`, `w/o`, `f/2`.
                break
            case .terminal where bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?"):
                flush(&tokens, at: index)
                let stop = terminalRun(from: index, end)
                tokens.append(Token(range: index..<stop, kind: .punctuation))
                index = stop
                continue
            case .symbol where decorationRun(from: index, end) > next:
                flush(&tokens, at: index)
                let stop = decorationRun(from: index, end)
                tokens.append(Token(range: index..<stop, kind: .symbol))
                index = stop
                continue
            default:
                flush(&tokens, at: index)
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
        flush(&tokens, at: end)
    }

    /// Whether the letters at `start` are the last part of a domain or file name (`com`, `pdf`),
    /// followed by the end of the chunk, a slash or another period.
    func isWebSuffix(at start: Int, _ end: Int) -> Bool {
        var stop = start
        while stop < end, classAt(stop).0 == .letter { stop += 1 }
        guard stop > start, stop == end || bytes[stop] == UInt8(ascii: "/") || bytes[stop] == UInt8(ascii: ".") else { return false }
        return rules.containsLowercased(rules.webSuffixes, bytes, start..<stop)
    }

    /// Whether one or two letters or digits follow a slash and end the chunk (`b/c`, `f/2`).
    func isShortAfterSlash(_ start: Int, _ end: Int) -> Bool {
        var stop = start
        while stop < end, classAt(stop).0 == .letter || classAt(stop).0 == .digit { stop += 1 }
        return stop > start && stop - start <= 2 && stop == end
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
