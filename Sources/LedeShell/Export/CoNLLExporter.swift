import LedeCore

/// CoNLL: one token per line with its BIO tag (`B-PERSON`, `I-PERSON`, `O`), a blank line after
/// each sentence and `-DOCSTART-` before each document, as CoNLL-2003 named-entity data, with
/// the document's id after it in the token column (`-DOCSTART- (article-7)`; readers that look
/// for lines starting with `-DOCSTART-` still find it).
///
/// The tags come from the entity-like layers (entities, places, numbers and rule layers, or the
/// chosen layers); where spans overlap, the earlier and then the longer one wins. When the
/// document has parts of speech (and `--layers` does not leave them out), each token's Penn tag
/// is a column between the token and its tag, as in CoNLL-2003.
struct CoNLLExporter: Exporter {
    let options: ExportOptions
    let name = "conll"
    let summary = "CoNLL: a token per line with a BIO tag, blank lines between sentences"
    let fileExtension = "conll"

    func render(_ document: Document) throws -> String {
        lines(of: document, startingDocument: true)
    }

    /// A long document's sentences, section after section, under one `-DOCSTART-`.
    var writesLongDocumentsInSections: Bool { true }

    func render(_ document: Document, sections: [Range<Int>], annotate: (Document) -> Document, into write: (String) -> Void) throws {
        document.annotateSections(sections, with: annotate, offsetAttributes: [:]) { section in
            write(lines(of: section.document, startingDocument: section.index == 0))
        }
    }

    /// The lines of `document`'s tokens, each sentence followed by a blank line; after a
    /// `-DOCSTART-` line when `startingDocument` (a section after the first goes on without one).
    private func lines(of document: Document, startingDocument: Bool) -> String {
        let spans = Exporters.nonOverlapping(document, layers: Exporters.entityLikeLayers(of: document, options: options)
                                                .filter { $0 != LayerName.partOfSpeech })
        let wantsTags = options.layers.map { $0.contains(LayerName.partOfSpeech) } ?? true
        let partsOfSpeech = wantsTags ? document.annotations(in: LayerName.partOfSpeech) : []
        var partOfSpeechIndex = 0
        var sentenceEnds = document.annotations(in: LayerName.sentences).map(\.range.upperBound)
        sentenceEnds.reverse()
        let start = "-DOCSTART- (\(Self.column(document.id)))"
        var lines: [String] = startingDocument ? [partsOfSpeech.isEmpty ? "\(start)\tO" : "\(start)\t-X-\tO", ""] : []
        var spanIndex = 0
        var inside: Annotation?
        var lineInSentence = 0
        for token in document.tokens {
            while let end = sentenceEnds.last, end <= token.range.lowerBound {
                sentenceEnds.removeLast()
                if lineInSentence > 0 { lines.append("") }
                lineInSentence = 0
            }
            while spanIndex < spans.count, spans[spanIndex].range.upperBound <= token.range.lowerBound { spanIndex += 1 }
            var tag = "O"
            if spanIndex < spans.count, spans[spanIndex].range.overlaps(token.range) {
                let span = spans[spanIndex]
                tag = (inside == span ? "I-" : "B-") + Self.column(span.label)
                inside = span
            } else {
                inside = nil
            }
            var line = Self.column(document.text(token.range))
            if !partsOfSpeech.isEmpty {
                while partOfSpeechIndex < partsOfSpeech.count, partsOfSpeech[partOfSpeechIndex].range.lowerBound < token.range.lowerBound {
                    partOfSpeechIndex += 1
                }
                let tagged = partOfSpeechIndex < partsOfSpeech.count && partsOfSpeech[partOfSpeechIndex].range == token.range
                line += "\t" + (tagged ? Self.column(partsOfSpeech[partOfSpeechIndex]["xpos"]?.stringValue ?? "_") : "_")
            }
            lines.append(line + "\t" + tag)
            lineInSentence += 1
        }
        if lineInSentence > 0 { lines.append("") }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// A value that fits in one column: white space and control characters become `_`.
    static func column(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control ? "_" : $0
        }))
    }
}
