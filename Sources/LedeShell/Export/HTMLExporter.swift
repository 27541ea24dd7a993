import LedeCore

/// A page a browser opens: each article with its annotations as coloured spans (hover for the
/// label and attributes), a legend, a who-said-what table and the roles. Every piece of text is
/// escaped, and the page's Content-Security-Policy forbids scripts, so an article containing
/// markup shows it as text and runs nothing.
struct HTMLExporter: Exporter {
    let options: ExportOptions
    let name = "html"
    let summary = "HTML: the article with coloured spans and a legend, a who-said-what table"
    let fileExtension = "html"

    /// The layers drawn: entities, places, roles, quotes, numbers and custom layers.
    func layers(of document: Document) -> [String] {
        if let layers = options.layers { return document.layerNames.filter(layers.contains) }
        return document.layerNames.filter { ![LayerName.tokens, LayerName.sentences, LayerName.paragraphs].contains($0) }
    }

    func header() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>lede</title>
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
        </style>
        </head>
        <body>

        """
    }

    func footer() -> String { "</body>\n</html>\n" }

    func render(_ document: Document) throws -> String {
        let shown = layers(of: document)
        var html = "<article>\n<h1>\(HTML.escape(document.id))</h1>\n"
        html += legend(document, layers: shown)
        html += "<div class=\"text\">"
        let annotations = shown.flatMap { document.annotations(in: $0) }
        for segment in SpanSegments(length: document.bytes.count, annotations: annotations).segments {
            let text = HTML.escape(document.text(segment.range))
            guard !segment.annotations.isEmpty else {
                html += text
                continue
            }
            // Outer spans first; the innermost colour shows, quotes add an underline.
            var open = "", close = ""
            for annotation in segment.annotations {
                let color = Palette.cssColor(layer: annotation.layer, label: annotation.label)
                let style = annotation.layer == LayerName.quotes
                    ? "border-bottom: 2px solid #3a8f2a; background: \(color)"
                    : "background: \(color)"
                let title = ([annotation.layer + " " + annotation.label] + annotation.attributes.keys.sorted().compactMap { key in
                    let value = Text.value(annotation.attributes[key])
                    return value.isEmpty ? nil : "\(key): \(value)"
                }).joined(separator: "\n")
                open += "<span class=\"a \(HTML.className(annotation.layer))-\(HTML.className(annotation.label))\" style=\"\(style)\" title=\"\(HTML.escape(title))\">"
                close += "</span>"
            }
            html += open + text + close
        }
        html += "</div>\n"
        html += whoSaidWhat(document)
        html += roles(document)
        html += "</article>\n"
        return html
    }

    private func legend(_ document: Document, layers: [String]) -> String {
        var html = "<p class=\"legend\">"
        for layer in layers {
            for label in LayerViews.labels(in: document, layer: layer) {
                let count = document.annotations(in: layer).filter { $0.label == label }.count
                html += "<span class=\"key\" style=\"background: \(Palette.cssColor(layer: layer, label: label))\">"
                    + "\(HTML.escape(layer)) \(HTML.escape(label)) \(count)</span>"
            }
        }
        return html + "</p>\n"
    }

    private func whoSaidWhat(_ document: Document) -> String {
        let quotes = document.annotations(in: LayerName.quotes)
        guard !quotes.isEmpty else { return "" }
        var order: [String] = []
        var bySpeaker: [String: [Annotation]] = [:]
        for quote in quotes {
            let speaker = quote["speaker"]?.stringValue ?? "(unattributed)"
            if bySpeaker[speaker] == nil { order.append(speaker) }
            bySpeaker[speaker, default: []].append(quote)
        }
        var html = "<h2>Who said what</h2>\n<table class=\"quotes\">\n<tr><th>speaker</th><th>type</th><th>cue</th><th>quote</th></tr>\n"
        for speaker in order {
            for quote in bySpeaker[speaker] ?? [] {
                html += "<tr><td>\(HTML.escape(speaker))</td><td>\(HTML.escape(quote.label))</td>"
                    + "<td>\(HTML.escape(Text.value(quote["cue"])))</td><td>\(HTML.escape(document.text(of: quote)))</td></tr>\n"
            }
        }
        return html + "</table>\n"
    }

    private func roles(_ document: Document) -> String {
        let roles = document.annotations(in: LayerName.roles)
        guard !roles.isEmpty else { return "" }
        var html = "<h2>Roles</h2>\n<table class=\"roles\">\n<tr><th>person</th><th>title</th><th>of</th></tr>\n"
        for role in roles {
            html += "<tr><td>\(HTML.escape(Text.value(role["person"])))</td><td>\(HTML.escape(Text.value(role["title"])))</td>"
                + "<td>\(HTML.escape(Text.value(role["org"])))</td></tr>\n"
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
