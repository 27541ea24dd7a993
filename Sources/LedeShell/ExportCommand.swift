import Foundation
import LedeCore

/// `export FORMAT FILE`: writes the annotated document.
struct ExportCommand: ShellCommand {
    let name = "export"
    let aliases = ["save"]
    let group = CommandGroup.output
    let summary = "Write json, jsonl, conll, brat, spacy, csv, html…"
    let usage = "export FORMAT FILE [LAYER…]"
    let details = """
        Formats: json (lede JSON), jsonl, text, conll (BIO tags), brat (FILE.txt + FILE.ann),
        spacy (Doc.to_json, loads with Doc.from_json), csv (one table: quotes unless a LAYER is
        named), html (coloured spans, legend, who said what). LAYERs limit what is written.
        Files are replaced atomically: an interrupted export leaves the old file whole. {name}
        in FILE is the article's name without its extension. In a script run over several
        articles, a second export to the same FILE adds that article to it (one CSV header).
        Examples:  export html article.html        export csv roles.csv roles        export json -
                   export json out/{name}.json
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion {
        switch index {
        case 0: return .words(Exporters.names)
        case 1: return .files
        default: return .layers
        }
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(min: 2)
        let layers = words.count > 2 ? Set(words.dropFirst(2).map(\.text)) : nil
        let exporter: any Exporter
        do { exporter = try Exporters.named(words[0].text, options: ExportOptions(layers: layers, catalog: session.catalog)) } catch {
            throw CommandError(error.message)
        }
        let document = try session.annotatedDocument(output: output)
        if let layers {
            for layer in layers.sorted() where !document.hasLayer(layer) {
                throw LayerViews.unknownLayer(layer, in: document, session: session)
            }
        }
        let path = Paths.expand(ArticleName.substitute(words[1].text, session: session), environment: session.environment)
        if path == "-" || OutputFiles.descriptor(named: path) == 1 {
            guard exporter.isStreamable else { throw CommandError("\(exporter.name) writes files; give a file name") }
            // Over several articles, one header on standard output.
            let headed = exporter.canAppend && session.scriptRun.map { !$0.headedFormats.insert(exporter.name).inserted } ?? false
            output.write((headed ? "" : exporter.header(for: document)) + (try exporter.render(document)) + exporter.footer())
            return
        }
        if let run = session.scriptRun, run.exportedFiles.contains(path) {
            // A later article of the same script run: added to the file this run wrote.
            guard exporter.canAppend else {
                throw CommandError("\(path) already holds an earlier article of this run, and \(exporter.name) holds one document; "
                                   + "write one file per article (\(words[1].text.contains("{name}") ? "" : "a path with {name}, ")or use jsonl)")
            }
            if let reason = OutputFiles.append(try exporter.render(document), to: path) { throw CommandError("\(path): cannot write (\(reason))") }
            return
        }
        let files = try exporter.files(for: document, path: path)
        let protected = Set([session.loadedDocument?.source].compactMap { $0 }.compactMap(OutputFiles.Identity.init(path:)))
        do { try OutputFiles.write(files, protecting: protected) } catch { throw CommandError(error.message) }
        session.scriptRun?.exportedFiles.insert(path)
        if session.isInteractive { output.line("wrote \(files.map(\.path).joined(separator: ", "))") }
    }
}

/// `{name}` in a command's words: the article's name without its extension (`report` for
/// `news/report.txt`), so a script run over many articles writes a file for each.
enum ArticleName {
    static func substitute(_ text: String, session: Session) -> String {
        guard text.contains("{name}") else { return text }
        var name = session.documentName ?? "article"
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return text.replacing("{name}", with: name)
    }
}

/// `echo TEXT…`: prints its words (with `{name}`, the article's name), for scripts.
struct EchoCommand: ShellCommand {
    let name = "echo"
    let aliases = ["print"]
    let group = CommandGroup.output
    let summary = "Print a line of text ({name}: the article's name)"
    let usage = "echo TEXT…"
    let details = """
        For scripts that print for several articles.
        Examples:  echo Quotes of {name}:
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .none }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        output.line(ArticleName.substitute(arguments.map(\.text).joined(separator: " "), session: session))
    }
}
