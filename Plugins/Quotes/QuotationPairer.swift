import LedeCore

/// A quotation: the marks around it and the content between them.
struct Quotation {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark.
    var close: Int
    /// How many quotations enclose this one.
    var depth: Int
}

/// Pairs quotation marks: curly marks by their shape, straight ones by what touches them;
/// single quotes apart from apostrophes; nested quotations; a quotation continued across
/// paragraphs (the paragraph ends inside it and the next opens with a mark). A mark left open
/// at the end of a paragraph that is not continued is dropped, so an unbalanced mark never
/// swallows the rest of the article. Work is linear in the number of marks.
struct QuotationPairer {
    /// Nesting deeper than this is ignored.
    static let maximumDepth = 8

    func pair(document: Document, tokens: [Token], paragraphs: [Range<Int>]) -> [Quotation] {
        var quotations: [Quotation] = []
        var stack: [QuotationMark] = []
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            var first = true
            for index in paragraph where tokens[index].kind == .quote {
                guard let mark = QuotationMark(index, tokens: tokens, document: document) else { continue }
                defer { first = false }
                // A paragraph continuing the quotation left open in the previous one.
                if first, index == paragraph.lowerBound, mark.role != .closing,
                   let open = stack.last, open.family == mark.family, open.token < paragraph.lowerBound {
                    continue
                }
                let closes = mark.role == .closing || (mark.role == .either && stack.contains { $0.family == mark.family })
                if closes {
                    guard let position = stack.lastIndex(where: { $0.family == mark.family }) else { continue }
                    let open = stack[position]
                    stack.removeSubrange(position...)
                    if index > open.token + 1 {
                        quotations.append(Quotation(open: open.token, close: index, depth: position))
                    }
                } else if stack.count < Self.maximumDepth {
                    stack.append(mark)
                }
            }
            // Marks still open: kept only if the next paragraph opens with a mark of their family.
            if !stack.isEmpty {
                let next = paragraphIndex + 1 < paragraphs.count ? paragraphs[paragraphIndex + 1] : nil
                let continues = next.flatMap { span -> QuotationMark? in
                    guard !span.isEmpty else { return nil }
                    return QuotationMark(span.lowerBound, tokens: tokens, document: document)
                }
                if let continues, continues.role != .closing, let last = stack.last, last.family == continues.family {
                    stack = [last]
                } else {
                    stack.removeAll()
                }
            }
        }
        return quotations.sorted { $0.open < $1.open }
    }
}
