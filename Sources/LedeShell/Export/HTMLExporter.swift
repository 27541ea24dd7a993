import LedeCore

/// A page a browser opens: each article with its annotations as coloured spans (hover for the
/// label and attributes), a legend whose keys switch a layer's colours off and on, a
/// who-said-what table and the roles. Speakers are marked in the text, and each quote links to
/// its speaker's mention: hovering a quote names the speaker, clicking it shows where the speaker
/// is (`:target`). A page of one article takes its headline as title. Every piece of text is
/// escaped, and the page's Content-Security-Policy forbids scripts (the toggles and links are
/// plain HTML and CSS), so an article containing markup shows it as text and runs nothing.
struct HTMLExporter: Exporter {
    let options: ExportOptions
    let name = "html"
    let summary = "HTML: the article with coloured spans and a legend, a who-said-what table"
    let fileExtension = "html"

    /// The layers drawn: entities, places, roles, quotes, numbers and custom layers.
    func layers(of document: Document) -> [String] {
        if let layers = options.layers { return document.layerNames.filter(layers.contains) }
        return options.catalog.shownLayers(of: document)
    }

    func header() -> String { header(title: "lede") }

    func header(for document: Document) -> String { header(title: Self.headline(of: document) ?? document.id) }

    /// The first line of text that is not blank, as the article's headline.
    static func headline(of document: Document) -> String? {
        document.text.split(whereSeparator: \.isNewline).lazy
            .map { String($0).trimmed }.first { !$0.isEmpty }.map { String($0.prefix(300)) }
    }

    private func header(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>
        body { font: 16px/1.6 Georgia, serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #222; }
        h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 2em; }
        .text { white-space: pre-wrap; }
        .a { border-radius: 2px; }
        .legend span.key { display: inline-block; margin: 0 .8em .3em 0; padding: 0 .4em; border-radius: 3px; font: 13px sans-serif; }
        table { border-collapse: collapse; font: 14px/1.4 sans-serif; width: 100%; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #ddd; padding: .3em .5em; }
        th { background: #f4f4f4; }
        article { border-bottom: 3px double #ccc; padding-bottom: 2em; }
        .legend input { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .legend label.key { display: inline-block; margin: 0 .8em .3em 0; padding: 0 .4em; border-radius: 3px; font: 13px sans-serif; cursor: pointer; }
        .legend input:not(:checked) + label.key { opacity: .45; text-decoration: line-through; }
        .legend input:focus-visible + label.key { outline: 2px solid #555; }
        .speaker { outline: 1px dashed #3a8f2a; outline-offset: 1px; }
        .speaker:target { outline: 3px solid #3a8f2a; }
        a.said { color: inherit; text-decoration: none; }
        </style>
        </head>
        <body>

        """
    }

    func footer() -> String { "</body>\n</html>\n" }

    func render(_ document: Document) throws -> String {
        let shown = layers(of: document)
        let key = String(UInt32(truncatingIfNeeded: Palette.stableHash(document.id)), radix: 36)
        var html = "<article id=\"a-\(key)\">\n<h1>\(HTML.escape(Self.headline(of: document) ?? document.id))</h1>\n"
        html += "<p class=\"source\">\(HTML.escape(document.id))</p>\n"
        html += legend(document, layers: shown, key: key)
        // Each quote's speaker: the mention it was resolved from, marked with an id to link to.
        let offsets = document.scalarOffsets
        var speakerMentions: [Range<Int>: String] = [:]
        var speakerOf: [Range<Int>: (id: String, name: String)] = [:]
        for layer in options.catalog.layers(of: document, kind: .statement) where shown.contains(layer) {
            for quote in document.annotations(in: layer) {
                guard let range = Exporters.speakerMention(of: quote, in: document), !range.isEmpty else { continue }
                let scalars = offsets.scalarRange(ofBytes: range)
                let id = "s-\(key)-\(scalars.lowerBound)-\(scalars.upperBound)"
                speakerMentions[range] = id
                speakerOf[quote.range] = (id, quote["speaker"]?.stringValue ?? document.text(range))
            }
        }
        let marks = speakerMentions.keys.map { Annotation(layer: "", label: "", range: $0) }
        html += "<div class=\"text\">"
        let annotations = shown.flatMap { document.annotations(in: $0) } + marks
        var marked = Set<Range<Int>>()
        for segment in SpanSegments(length: document.bytes.count, annotations: annotations).segments {
            let text = HTML.escape(document.text(segment.range))
            guard !segment.annotations.isEmpty else {
                html += text
                continue
            }
            // Outer spans first; the innermost colour shows, quotes add an underline; the
            // innermost quote of the segment links to its speaker.
            var open = "", close = ""
            let linkedQuote = segment.annotations.last { speakerOf[$0.range] != nil && shown.contains($0.layer) }
            for annotation in segment.annotations {
                if annotation.layer.isEmpty {
                    // A speaker's mention; its first piece carries the id the quotes link to.
                    let id = speakerMentions[annotation.range] ?? ""
                    let first = marked.insert(annotation.range).inserted
                    open += first ? "<span class=\"speaker\" id=\"\(id)\">" : "<span class=\"speaker\">"
                    close = "</span>" + close
                    continue
                }
                let spec = options.catalog.spec(annotation.layer, in: document)
                let color = Palette.cssColor(spec, label: annotation.label)
                let style = spec.kind == .statement
                    ? "border-bottom: 2px solid #3a8f2a; background: \(color)"
                    : "background: \(color)"
                let title = ([annotation.layer + " " + annotation.label] + annotation.attributes.keys.sorted().compactMap { key in
                    let value = Text.value(annotation.attributes[key])
                    return value.isEmpty ? nil : "\(key): \(value)"
                }).joined(separator: "\n")
                let layerClass = HTML.className(annotation.layer)
                open += "<span class=\"a L-\(layerClass) \(layerClass)-\(HTML.className(annotation.label))\" style=\"\(style)\" title=\"\(HTML.escape(title))\">"
                close = "</span>" + close
                if let linkedQuote, annotation.range == linkedQuote.range, annotation.layer == linkedQuote.layer,
                   let speaker = speakerOf[annotation.range] {
                    open += "<a class=\"said\" href=\"#\(speaker.id)\" title=\"\(HTML.escape("said by " + speaker.name))\">"
                    close = "</a>" + close
                }
            }
            html += open + text + close
        }
        html += "</div>\n"
        for layer in options.catalog.layers(of: document, kind: .statement) where shown.contains(layer) {
            html += statements(document, layer: layer)
        }
        for layer in options.catalog.layers(of: document, kind: .relation) where shown.contains(layer) {
            html += relations(document, layer: layer)
        }
        html += "</article>\n"
        return html
    }

    /// The legend: a key a label, with its count; clicking a layer's key switches its colours
    /// off and on (a checkbox and a CSS rule: no script).
    private func legend(_ document: Document, layers: [String], key: String) -> String {
        var html = "<style>\n"
        for layer in layers {
            let name = HTML.className(layer)
            html += "#a-\(key) .legend:has(#t-\(key)-\(name):not(:checked)) ~ .text .L-\(name) "
                + "{ background: none !important; border-bottom: none !important; }\n"
        }
        html += "</style>\n<div class=\"legend\"><span>Legend:</span> "
        for layer in layers {
            let name = HTML.className(layer)
            html += "<input type=\"checkbox\" id=\"t-\(key)-\(name)\" checked>"
            html += "<label class=\"key\" for=\"t-\(key)-\(name)\" title=\"show or hide \(HTML.escape(layer))\">"
            let spec = options.catalog.spec(layer, in: document)
            var keys: [String] = []
            for label in LayerViews.labels(in: document, layer: layer) {
                let count = document.annotations(in: layer).filter { $0.label == label }.count
                keys.append("<span style=\"background: \(Palette.cssColor(spec, label: label))\">"
                    + "\(HTML.escape(layer)) \(HTML.escape(label)) \(count)</span>")
            }
            html += keys.joined(separator: " ") + "</label>"
        }
        return html + "</div>\n"
    }

    /// A statement layer (quotes) as a who-said-what table: grouped by agent, with the layer's columns.
    private func statements(_ document: Document, layer: String) -> String {
        let spec = options.catalog.spec(layer, in: document)
        let annotations = document.annotations(in: layer)
        guard !annotations.isEmpty else { return "" }
        let agent = spec.attribute(playing: .agent)
        let columns = spec.columns.filter { $0.name != agent?.name }
        var order: [String] = []
        var byAgent: [String: [Annotation]] = [:]
        for annotation in annotations {
            let name = agent.flatMap { annotation[$0.name]?.stringValue } ?? "(unattributed)"
            if byAgent[name] == nil { order.append(name) }
            byAgent[name, default: []].append(annotation)
        }
        let heading = layer == LayerName.quotes ? "Who said what" : spec.title
        var html = "<h2>\(HTML.escape(heading))</h2>\n<table class=\"\(HTML.className(layer))\">\n<tr>"
        html += ([agent?.name ?? "who", "type"] + columns.map(\.name) + ["text"]).map { "<th>\(HTML.escape($0))</th>" }.joined()
        html += "</tr>\n"
        for name in order {
            for annotation in byAgent[name] ?? [] {
                let cells = [name, annotation.label] + columns.map { Text.value(annotation[$0.name]) } + [document.text(of: annotation)]
                html += "<tr>" + cells.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
            }
        }
        return html + "</table>\n"
    }

    /// A relation layer (roles) as a table of its columns.
    private func relations(_ document: Document, layer: String) -> String {
        let spec = options.catalog.spec(layer, in: document)
        let annotations = document.annotations(in: layer)
        guard !annotations.isEmpty else { return "" }
        var html = "<h2>\(HTML.escape(spec.title))</h2>\n<table class=\"\(HTML.className(layer))\">\n<tr>"
        html += spec.columns.map { "<th>\(HTML.escape($0.name))</th>" }.joined() + "</tr>\n"
        for annotation in annotations {
            html += "<tr>" + spec.columns.map { "<td>\(HTML.escape(Text.value(annotation[$0.name])))</td>" }.joined() + "</tr>\n"
        }
        return html + "</table>\n"
    }
}

/// Escaping for HTML text and attribute values.
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A word safe in a class attribute.
    static func className(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }
}
