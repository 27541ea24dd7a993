import LedeCore

/// Keyword-in-context lines: the left context right-aligned, the match, the right context, so
/// that matches line up in a column (as concordancers print them).
struct KeywordInContext {
    let document: Document
    /// The width of a whole line.
    let width: Int
    let color: Bool

    /// One line for the match at `range`, with `prefix` (a sentence number) in front.
    func line(for range: Range<Int>, prefix: String, style: Style = .boldYellow) -> String {
        let available = max(30, width - prefix.count - 1)
        var match = Text.oneLine(document.text(range))
        let matchLimit = max(10, available / 2)
        if match.count > matchLimit {
            match = String(match.prefix(matchLimit / 2 - 1)) + "…" + String(match.suffix(matchLimit / 2 - 1))
        }
        let side = max(5, (available - match.count) / 2)
        let bytes = document.bytes
        let leftStart = max(0, range.lowerBound - side * 4)
        let rightEnd = min(bytes.count, range.upperBound + side * 4)
        var left = Text.oneLine(document.text(leftStart..<range.lowerBound))
        var right = Text.oneLine(document.text(range.upperBound..<rightEnd))
        if left.count > side {
            left = "…" + String(left.suffix(side - 1))
        }
        if left.count < side { left = String(repeating: " ", count: side - left.count) + left }
        if right.count > side { right = String(right.prefix(side - 1)) + "…" }
        let highlighted = color ? style.on + match + Style.reset : "[" + match + "]"
        // Nothing is added around the match: the text reads as written ("ECB's", "-6.3").
        return prefix + " " + left + highlighted + right
    }
}
