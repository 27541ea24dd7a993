import LedeCore

/// `highlight [LAYER…]`: the article with its annotations in colour, and a legend.
struct HighlightCommand: ShellCommand {
    let name = "highlight"
    let group = CommandGroup.looking
    let summary = "The article with coloured spans and a legend"
    let usage = "highlight [LAYER…]"
    let details = """
        Without layers: entities, places, roles, quotes, numbers and your rules.
        Examples:  highlight quotes        highlight entities places        highlight casualties
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .layers }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional()
        let document = try session.annotatedDocument(output: output)
        var layers: [String]
        if words.isEmpty {
            layers = Self.defaultLayers(of: document, session: session)
            if layers.isEmpty { throw CommandError("nothing to highlight: no entities, places, roles, quotes, numbers or rules (try highlight sentences)") }
        } else {
            layers = []
            for word in words {
                guard document.hasLayer(word.text) else { throw LayerViews.unknownLayer(word.text, in: document, session: session) }
                layers.append(word.text)
            }
        }
        let renderer = HighlightRenderer(document: document, layers: layers, catalog: session.catalog,
                                         color: session.settings.color, width: session.outputWidth)
        output.write(renderer.legend() + "\n\n" + renderer.render())
    }

    /// Every layer but the structural ones.
    static func defaultLayers(of document: Document, session: Session) -> [String] {
        session.catalog.shownLayers(of: document)
    }
}

/// Draws a document's annotations on the terminal: ANSI styles per layer and label (inner spans
/// drawn over outer ones), or `[text]LABEL` markup without colour; wrapped to the width.
struct HighlightRenderer {
    let document: Document
    let layers: [String]
    let catalog: LayerCatalog
    let color: Bool
    let width: Int?

    func render() -> String {
        let annotations = layers.flatMap { document.annotations(in: $0) }
        var text = ""
        if color {
            for segment in SpanSegments(length: document.bytes.count, annotations: annotations).segments {
                let piece = TerminalText.visible(document.text(segment.range))
                if segment.annotations.isEmpty {
                    text += piece
                } else {
                    let codes = segment.annotations.map { Palette.style(catalog.spec($0.layer, in: document), label: $0.label).codes }
                    // Styles stop at line ends, so a wrapped or paged line never bleeds colour.
                    let on = "\u{1B}[0;" + codes.joined(separator: ";") + "m"
                    text += piece.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? "" : on + $0 + Style.reset }.joined(separator: "\n")
                }
            }
        } else {
            text = bracketed(annotations)
        }
        if !text.hasSuffix("\n") { text += "\n" }
        guard let width else { return text }
        return Wrap.ansi(text, width: width)
    }

    /// `[text]LABEL` markup: opening brackets outermost first, closing innermost first.
    private func bracketed(_ annotations: [Annotation]) -> String {
        var opens: [Int: [Annotation]] = [:], closes: [Int: [Annotation]] = [:]
        for annotation in annotations where !annotation.range.isEmpty {
            opens[annotation.range.lowerBound, default: []].append(annotation)
            closes[annotation.range.upperBound, default: []].append(annotation)
        }
        let points = Set(opens.keys).union(closes.keys).union([0, document.bytes.count]).sorted()
        var text = ""
        var previous = 0
        for point in points where point <= document.bytes.count {
            text += TerminalText.visible(document.text(previous..<point))
            for annotation in (closes[point] ?? []).sorted(by: { $0.range.count < $1.range.count }) { text += "]" + annotation.label }
            for _ in (opens[point] ?? []) { text += "[" }
            previous = point
        }
        return text
    }

    /// The layers and labels shown, each in its style, with counts.
    func legend() -> String {
        var parts: [String] = []
        for layer in layers {
            let labels = LayerViews.labels(in: document, layer: layer)
            let annotations = document.annotations(in: layer)
            let items = labels.map { label -> String in
                let count = annotations.filter { $0.label == label }.count
                let sample = color ? Palette.style(catalog.spec(layer, in: document), label: label).apply(label, enabled: true) : "[…]" + label
                return "\(sample) \(count)"
            }
            parts.append("\(layer): " + (items.isEmpty ? "none" : items.joined(separator: " ")))
        }
        return (color ? Style.bold.apply("Legend", enabled: true) : "Legend") + "  " + parts.joined(separator: " · ")
    }
}

/// Word wrapping that counts only visible characters (ANSI escapes have no width).
enum Wrap {
    static func ansi(_ text: String, width: Int) -> String {
        guard width > 10 else { return text }
        var result = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result += wrapLine(String(line), width: width)
            result += "\n"
        }
        if result.hasSuffix("\n\n"), !text.hasSuffix("\n\n") { result.removeLast() }
        return result
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        var output = ""
        var current = ""          // the line being built, escapes included
        var visible = 0           // its visible width
        var word = ""             // the word being read, escapes included
        var wordVisible = 0
        var inEscape = false
        func flushWord() {
            if visible > 0, visible + wordVisible > width {
                // Break before the word; drop the space that ended the line.
                while current.hasSuffix(" ") { current.removeLast() }
                output += current + "\n"
                current = ""
                visible = 0
                var trimmed = Substring(word)
                var trimmedWidth = wordVisible
                while trimmed.first == " " { trimmed = trimmed.dropFirst(); trimmedWidth -= 1 }
                word = String(trimmed)
                wordVisible = trimmedWidth
            }
            current += word
            visible += wordVisible
            word = ""
            wordVisible = 0
        }
        for character in line {
            if inEscape {
                word.append(character)
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" {
                inEscape = true
                word.append(character)
                continue
            }
            if character == " ", wordVisible > 0, word.last != " " { flushWord() }
            word.append(character)
            wordVisible += 1
        }
        flushWord()
        return output + current
    }
}
