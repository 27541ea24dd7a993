extension Document {
    /// The lines that read as headings, as token ranges: a headline, a section's title, a
    /// caption; at most twelve words, not ending as a sentence does (a full stop, a question or
    /// exclamation mark, a colon, a semicolon, an ellipsis or a closing quotation mark). A
    /// heading capitalizes its words whether they are names or not.
    public func headingLines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = 0, lineWords = 0
        for index in tokens.indices {
            if tokens[index].kind == .word { lineWords += 1 }
            guard index + 1 == tokens.count || lineBreak(between: tokens[index], and: tokens[index + 1]) else { continue }
            let last = tokens[index]
            let endsSentence = last.kind == .quote
                || (last.kind == .punctuation && word(at: index, isOneOf: ".", "!", "?", ":", ";", "…"))
            if lineWords <= 12, !endsSentence { lines.append(lineStart..<index + 1) }
            lineStart = index + 1
            lineWords = 0
        }
        return lines
    }
}
