/// A long text cut into sections of at most a given number of bytes, each ending where a
/// paragraph does when one ends in its second half, else at a line break, else after a sentence,
/// else at a space, else between two characters: what lede annotates one after another when a
/// document is too long to annotate whole in bounded memory (a book, a transcript of a day).
public enum DocumentSections {
    /// Documents longer than this are annotated in sections (`lede annotate` in the formats that
    /// write a document in pieces: JSON, JSON Lines, text, CSV, CoNLL, spaCy JSON): some 90,000
    /// words, where a news article has a few hundred to a few thousand.
    public static let documentLimit = 1 << 19
    /// The most bytes of a section: some 22,000 words, a long chapter. Annotating it takes some
    /// 30 MB at the peak, more in a text of many kinds of words.
    public static let sectionLimit = 1 << 17

    /// The byte ranges of the sections of `bytes` (UTF-8), in order and covering every byte,
    /// each of at most `limit` bytes (at least 16).
    public static func ranges(of bytes: [UInt8], limit: Int = sectionLimit) -> [Range<Int>] {
        let limit = max(16, limit)
        var ranges: [Range<Int>] = []
        var start = 0
        bytes.withUnsafeBufferPointer { bytes in
            while bytes.count - start > limit {
                let end = cut(bytes, from: start, limit: limit)
                ranges.append(start..<end)
                start = end
            }
        }
        if start < bytes.count || ranges.isEmpty { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// Where the section that starts at `start` ends: after the last paragraph break in the
    /// second half of its `limit` bytes, else after the last line break there, else after a
    /// sentence's end and its space, else after a space, else before a character's first byte.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        let end = start + limit, half = start + limit / 2
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        /// The last position in the second half after which `breaks` holds.
        func last(where breaks: (Int) -> Bool) -> Int? {
            var position = end
            while position > half {
                if breaks(position) { return position }
                position -= 1
            }
            return nil
        }
        if let paragraph = last(where: { bytes[$0 - 1] == newline && bytes[$0 - 2] == newline }) { return paragraph }
        if let line = last(where: { bytes[$0 - 1] == newline }) { return line }
        if let sentence = last(where: { position in
            let mark = bytes[position - 2]
            return bytes[position - 1] == space && (mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?"))
        }) { return sentence }
        if let word = last(where: { bytes[$0 - 1] == space }) { return word }
        var position = end
        while position > start + 1 && bytes[position] & 0xC0 == 0x80 { position -= 1 }
        return position
    }
}
