import ArgumentParser
import LedeCore

/// `lede annotate`: runs a chain of annotators over files and prints each document.
public struct AnnotateCommand<Catalog: AnnotatorCatalog>: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "annotate",
            abstract: "Annotate files and print them as lede JSON, JSON Lines or text.",
            discussion: """
                Reads each FILE (or standard input for '-' or no file), runs the annotators named by
                --with (all of them by default, plus what they require) and prints each document.
                Offsets are Unicode scalar offsets. A file that cannot be read is reported on
                standard error and skipped; the exit status is then 1.
                """
        )
    }

    @Option(name: .long, help: ArgumentHelp("Annotators to run, comma-separated (default: all).", valueName: "names"))
    var with: String?

    @Option(name: .long, help: "Output format: json, jsonl or text.")
    var format: OutputFormat = .json

    @Option(name: .long, help: ArgumentHelp("Layers to print, comma-separated (default: all).", valueName: "layers"))
    var layers: String?

    @Argument(help: ArgumentHelp("Files to annotate; '-' is standard input.", valueName: "file"))
    var files: [String] = []

    public init() {}

    public func run() throws {
        let registry = Registry(catalog: Catalog.self)
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline(names: AnnotatorChain.names(from: with, registry: registry), registry: registry)
        } catch {
            throw UsageError(error.description)
        }
        let layerFilter = layers.map { Set($0.split(separator: ",").map { String($0).trimmed }) }
        let loader = DocumentLoader()
        var failed = false
        for path in files.isEmpty ? ["-"] : files {
            let loaded: DocumentLoader.Loaded
            do {
                loaded = try loader.load(path: path)
            } catch {
                StandardStreams.error("lede: \(error.description)")
                failed = true
                continue
            }
            if let warning = loaded.warning { StandardStreams.error("lede: warning: \(warning)") }
            var document = loaded.document
            for failure in pipeline.run(&document) {
                StandardStreams.error("lede: \(failure.description)")
                failed = true
            }
            switch format {
            case .json: StandardStreams.out(DocumentJSON.encode(document, layers: layerFilter, pretty: true) + "\n")
            case .jsonl: StandardStreams.out(DocumentJSON.encode(document, layers: layerFilter) + "\n")
            case .text: StandardStreams.out(TextRenderer().render(document, layers: layerFilter))
            }
        }
        if failed { throw ExitCode.failure }
    }
}

/// Parsing annotator lists as users write them.
enum AnnotatorChain {
    /// The names in a comma- or space-separated list, or every registered annotator for nil.
    static func names(from list: String?, registry: Registry) -> [String] {
        guard let list else { return registry.names }
        return list.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
