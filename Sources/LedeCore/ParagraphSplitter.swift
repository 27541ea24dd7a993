/// Splits text into paragraphs: blocks separated by blank lines, or, in a text with no blank
/// line at all, single lines. Each paragraph is trimmed of surrounding white space.
public struct ParagraphSplitter: Sendable {
    public init() {}

    /// Paragraph byte ranges of `bytes`.
    public func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let separatedByBlankLines = hasBlankLine(bytes)
        var paragraphs: [Range<Int>] = []
        var lineStart = 0
        var blockStart: Int?
        var blockEnd = 0
        var index = 0
        let count = bytes.count
        func close() {
            if let start = blockStart { paragraphs.append(start..<blockEnd) }
            blockStart = nil
        }
        while index <= count {
            if index == count || bytes[index] == UInt8(ascii: "\n") {
                if let content = trimmed(bytes, lineStart..<index) {
                    if blockStart == nil { blockStart = content.lowerBound }
                    blockEnd = content.upperBound
                    if !separatedByBlankLines { close() }
                } else {
                    close()
                }
                lineStart = index + 1
            }
            index += 1
        }
        close()
        return paragraphs
    }

    func hasBlankLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawNewline = false
        var firstContent = true
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if sawNewline && !firstContent { return true }
                sawNewline = true
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") {
                sawNewline = false
                firstContent = false
            }
        }
        return false
    }

    /// The line without leading and trailing white space, or nil when it is blank.
    func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == 0x0B || byte == 0x0C
    }
}
