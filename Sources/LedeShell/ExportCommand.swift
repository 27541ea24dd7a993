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
        Files are replaced atomically: an interrupted export leaves the old file whole.
        Examples:  export html article.html        export csv roles.csv roles        export json -
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
        let path = Paths.expand(words[1].text, environment: session.environment)
        if path == "-" || OutputFiles.descriptor(named: path) == 1 {
            guard exporter.isStreamable else { throw CommandError("\(exporter.name) writes files; give a file name") }
            output.write(exporter.header() + (try exporter.render(document)) + exporter.footer())
            return
        }
        let files = try exporter.files(for: document, path: path)
        let protected = Set([session.loadedDocument?.source].compactMap { $0 }.compactMap(OutputFiles.Identity.init(path:)))
        do { try OutputFiles.write(files, protecting: protected) } catch { throw CommandError(error.message) }
        if session.isInteractive { output.line("wrote \(files.map(\.path).joined(separator: ", "))") }
    }
}
