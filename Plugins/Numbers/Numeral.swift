/// What a number token (`1,300`, `3.5`, `23rd`, `1990s`, `15:00`, `13/06/2025`) says, read from its
/// bytes without building a string.
struct Numeral: Sendable {
    enum Shape: Sendable {
        /// Digits with optional thousands separators: `1,300`, `2019`, `06`.
        case integer
        /// Digits with a decimal part: `3.5`, `4.30`, `14.6`.
        case decimal
        /// An ordinal: `23rd`, `1st`.
        case ordinal
        /// A decade: `1990s`, `’90s`, `90s`.
        case decade
        /// A clock time: `15:00`, `3:47`.
        case clock
        /// Numbers joined by slashes: `13/06/2025`, `24/7`.
        case slashed
        /// Anything else that starts with a digit.
        case other
    }

    var shape: Shape = .other
    /// The number (integer, decimal, ordinal), the decade's first year, or nil when it does not fit
    /// a double sensibly (hundreds of digits).
    var value: Double?
    /// Digits before the decimal point (separators not counted).
    var integerDigits = 0
    /// Digits after the decimal point.
    var fractionDigits = 0
    /// Whether thousands separators appear (`1,300`).
    var hasSeparators = false
    /// For a clock: hour and minute. For a decimal `4.30`: its two parts as integers.
    var hour = 0
    var minute = 0
    /// For slashed numbers: how many parts and the first two (`13/06/2025`: 3, 13, 6).
    var partCount = 0
    var firstPart = 0
    var secondPart = 0

    /// Whether this is a plain integer of four digits that could be a year (1000…2100).
    var isYearLike: Bool {
        shape == .integer && integerDigits == 4 && !hasSeparators && (value.map { $0 >= 1000 && $0 <= 2100 } ?? false)
    }

    /// Whether this is a plain integer, without separators, between `low` and `high`.
    func isSmallInteger(_ low: Double, _ high: Double) -> Bool {
        shape == .integer && !hasSeparators && (value.map { $0 >= low && $0 <= high } ?? false)
    }

    /// Parses the bytes of a number token.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var index = range.lowerBound
        let end = range.upperBound
        // A leading apostrophe: ’90s or '90s.
        var apostrophe = false
        if index < end, bytes[index] == UInt8(ascii: "'") {
            apostrophe = true
            index += 1
        } else if index + 2 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
            apostrophe = true
            index += 3
        }
        let start = index
        var digits = 0, commas = 0, periods = 0, colons = 0, slashes = 0
        var lastSeparator = -1
        var groupOK = true
        var letters = start
        while letters < end {
            let byte = bytes[letters]
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                if byte == UInt8(ascii: ",") { commas += 1 } else { periods += 1 }
                if lastSeparator >= 0 && letters - lastSeparator - 1 != 3 && letters - lastSeparator - 1 != 2 { groupOK = false }
                lastSeparator = letters
            } else if byte == UInt8(ascii: ":") {
                colons += 1
            } else if byte == UInt8(ascii: "/") {
                slashes += 1
            } else {
                break
            }
            letters += 1
        }
        let suffixLength = end - letters
        guard digits > 0 else { return }

        if suffixLength > 0 {
            // 23rd, 1990s
            let first = bytes[letters] | 0x20
            if suffixLength == 1 && first == UInt8(ascii: "s") && commas == 0 && periods == 0 && colons == 0 && slashes == 0 {
                let number = Self.integer(bytes, start..<letters)
                if apostrophe || (digits == 2 || digits == 4), let number, Int(number) % 10 == 0 {
                    shape = .decade
                    value = number
                    integerDigits = digits
                }
                return
            }
            if suffixLength == 2 && commas == 0 && periods == 0 && colons == 0 && slashes == 0 {
                shape = .ordinal
                value = Self.integer(bytes, start..<letters)
                integerDigits = digits
            }
            return
        }
        if apostrophe { return }
        if colons > 0 {
            guard colons == 1, commas == 0, periods == 0, slashes == 0 else { return }
            var colon = start
            while bytes[colon] != UInt8(ascii: ":") { colon += 1 }
            guard colon - start >= 1, colon - start <= 2, end - colon - 1 == 2,
                  let hour = Self.integer(bytes, start..<colon), let minute = Self.integer(bytes, colon + 1..<end),
                  hour <= 24, minute < 60 else { return }
            shape = .clock
            self.hour = Int(hour)
            self.minute = Int(minute)
            return
        }
        if slashes > 0 {
            guard commas == 0, periods == 0, slashes <= 2 else { return }
            var part = start
            var partStart = start
            while part <= end {
                if part == end || bytes[part] == UInt8(ascii: "/") {
                    guard part > partStart, part - partStart <= 4, let number = Self.integer(bytes, partStart..<part) else { return }
                    if partCount == 0 { firstPart = Int(number) } else if partCount == 1 { secondPart = Int(number) }
                    partCount += 1
                    partStart = part + 1
                }
                part += 1
            }
            shape = .slashed
            return
        }
        // Separators: commas group thousands (and lakhs), one period is a decimal point, a single
        // comma followed by other than three digits is a decimal comma, and several periods group
        // thousands (`1.300.000`).
        var decimalPoint: Int?
        if periods == 1 {
            var position = start
            while bytes[position] != UInt8(ascii: ".") { position += 1 }
            guard position == lastSeparator else { return }  // no comma after the decimal point
            decimalPoint = position
        } else if periods == 0 && commas == 1 && end - lastSeparator - 1 != 3 {
            decimalPoint = lastSeparator
        } else if periods > 1 && commas > 0 {
            return
        }
        let groupsEnd = decimalPoint ?? end
        if (commas > 0 || periods > 1) && decimalPoint != lastSeparator {
            guard groupOK, groupsEnd - lastSeparator - 1 == 3 else { return }
        } else if commas > 0 && decimalPoint == lastSeparator && commas + periods > 1 {
            guard groupOK else { return }
        }
        hasSeparators = (commas > 0 && decimalPoint != lastSeparator) || periods > 1 || (commas > 0 && periods == 1)
        var mantissa: Double = 0
        var count = 0
        for position in start..<groupsEnd where bytes[position] >= 0x30 && bytes[position] <= 0x39 {
            mantissa = mantissa * 10 + Double(bytes[position] - 0x30)
            count += 1
        }
        integerDigits = count
        if let point = decimalPoint {
            guard point + 1 < end else { return }
            var scale: Double = 1
            var fraction = 0
            var fractionInteger = 0
            for position in point + 1..<end {
                let byte = bytes[position]
                guard byte >= 0x30 && byte <= 0x39 else { return }
                scale /= 10
                mantissa += Double(byte - 0x30) * scale
                fraction += 1
                if fraction <= 6 { fractionInteger = fractionInteger * 10 + Int(byte - 0x30) }
            }
            shape = .decimal
            fractionDigits = fraction
            hour = count <= 2 ? Int(mantissa) : -1
            minute = fraction == 2 ? fractionInteger : -1
        } else {
            shape = .integer
        }
        value = count > 300 || !mantissa.isFinite ? nil : mantissa
    }

    /// The integer value of ASCII digits (nil beyond 15 digits or on another byte).
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        guard !range.isEmpty, range.count <= 15 else { return nil }
        var number: Double = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            number = number * 10 + Double(byte - 0x30)
        }
        return number
    }
}

