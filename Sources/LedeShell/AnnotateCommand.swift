import ArgumentParser
import Foundation
import LedeCore

/// `lede annotate`: runs a chain of annotators over many documents, in parallel, and writes them
/// in input order in any export format.
public struct AnnotateCommand<Catalog: AnnotatorCatalog>: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "annotate",
            abstract: "Annotate files (or JSON Lines records) and write them as JSON, JSONL, text, CoNLL, brat, spaCy (JSON or DocBin), CSV or HTML.",
            discussion: """
                Reads each FILE (or standard input for '-' or no file), runs the annotators named by \
                --with (all of them by default, plus what they require) and writes each document, in \
                input order. With --input jsonl, every line of the input is a document \
                {"id": …, "text": …}. Documents run in parallel (--jobs). A document that cannot be \
                read or parsed is reported with its id and skipped; the others are still written, \
                and the exit status is then 1. Offsets are Unicode scalar offsets.
                """
        )
    }

    @Option(name: .long, help: ArgumentHelp("Annotators to run, comma-separated (default: all).", valueName: "names"))
    var with: String?

    @Option(name: .long, help: ArgumentHelp("Annotators to leave out of those run, comma-separated (as spaCy's exclude).", valueName: "names"))
    var without: String?

    @Option(name: .long, help: "Output format: json, jsonl, text, conll, brat, spacy, docbin, csv or html.")
    var format: OutputFormat = .json

    @Option(name: .long, help: ArgumentHelp("Layers to write, comma-separated (default: all; csv: one table, quotes by default).", valueName: "layers"))
    var layers: String?

    @Option(name: .long, help: "Input format: text (a document per file) or jsonl (a {\"id\",\"text\"} record per line).")
    var input: InputFormat = .text

    @Option(name: .long, help: ArgumentHelp("Documents annotated in parallel (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Write a file per document into this folder instead of standard output (needed for brat).", valueName: "dir"))
    var outputDir: String?

    @Option(name: .long, help: ArgumentHelp("The file a docbin is written to (one file for the whole batch).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The articles' date, to resolve relative dates (the numbers annotator's date option).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("A file of rule and gazetteer lines (as in a script) to run on every document after the built-in annotators; with --into entities they correct the entities.", valueName: "file"))
    var rules: String?

    @Option(name: .customLong("option"), help: ArgumentHelp("An annotator option, repeatable: annotator.name=value.", valueName: "annotator.name=value"))
    var annotatorOptions: [String] = []

    @Flag(name: .long, help: ArgumentHelp("json, jsonl: write the tokens and the layers of one annotation per token (pos) as one table of columns, \"tokens\": {\"start\": […], \"end\": […], \"kind\": […], \"pos\": […], \"pos.lemma\": […], …}, instead of an annotation per token (about a third of the size)."))
    var tokenTable = false

    @Flag(name: .long, help: "No progress bar (it is shown only when standard error is a terminal).")
    var quiet = false

    @Argument(help: ArgumentHelp("Files to annotate; '-' is standard input.", valueName: "file"))
    var files: [String] = []

    public init() {}

    public func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if format == .brat, outputDir == nil { throw ValidationError("--format brat writes two files per document; give --output-dir DIR") }
        if format == .docbin, output == nil { throw ValidationError("--format docbin writes one binary file for the batch; give --output FILE") }
        if format != .docbin, output != nil {
            throw ValidationError("--output is for --format docbin; the other formats write to standard output, or a file per document with --output-dir")
        }
        if format == .docbin, outputDir != nil { throw ValidationError("--format docbin writes one file (--output), not a folder") }
        if tokenTable, format != .json, format != .jsonl { throw ValidationError("--token-table is for --format json and jsonl") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    public func run() throws {
        var registry = Registry(catalog: Catalog.self)
        var ruleNames: [String] = []
        if let rules { (registry, ruleNames) = try RulesFile.load(rules, into: registry) }
        let pipeline: Pipeline
        do {
            let names = try AnnotatorChain.names(from: with, without: without, registry: registry) + ruleNames
            let chain = try Pipeline(names: names, registry: registry)
            pipeline = try optionValues(pipeline: chain, registry: registry).configure(chain)
        } catch let error as PipelineError {
            throw UsageError(error.description)
        } catch {
            throw UsageError(String(describing: error))
        }
        let layerFilter = layers.map { Set($0.split(separator: ",").map { String($0).trimmed }) }
        let knownLayers = registry.layers
        for layer in (layerFilter ?? []).sorted() where !knownLayers.contains(layer) {
            let suggestion = Suggestion.closest(to: layer, in: knownLayers).map { "; did you mean '\($0)'?" } ?? ""
            throw UsageError("--layers: no annotator makes a layer '\(layer)'\(suggestion) (layers: \(knownLayers.joined(separator: ", ")))")
        }
        var exporter: any Exporter
        let exportOptions = ExportOptions(layers: layerFilter, catalog: LayerCatalog(registry: registry), tokenTable: tokenTable)
        do { exporter = try Exporters.named(format.rawValue, options: exportOptions) } catch {
            throw UsageError(error.message)
        }
        // Several documents as lede JSON on one stream: one JSON array, not values one after another.
        if format == .json, outputDir == nil, files.count > 1 || input == .jsonl {
            exporter = JSONExporter(pretty: true, options: exportOptions, inArray: true)
        }
        if let outputDir, let problem = Self.makeFolders(outputDir) {
            throw UsageError("--output-dir \(outputDir): cannot create it (\(problem))")
        }
        var jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        if jobs > WorkerThreads.maximumCount {
            StandardStreams.error("lede: warning: --jobs \(jobs) is more than this machine can use; running \(WorkerThreads.maximumCount)")
            jobs = WorkerThreads.maximumCount
        }
        let total = input == .text ? max(1, files.count) : nil
        let progress = !quiet && Terminal.isTerminal(2) ? ProgressBar(total: total) : nil
        let loader = DocumentLoader()
        let protected = Set(files.filter { $0 != "-" }.compactMap(OutputFiles.Identity.init(path:)))
        let runner = BatchRunner(pipeline: pipeline, exporter: exporter, loader: loader, jobs: jobs,
                                 outputDirectory: outputDir, progress: progress, protectedFiles: protected)
        do {
            try runner.run(BatchInput(paths: files, format: input, maximumLineBytes: loader.maximumBytes * 2))
        } catch {
            StandardStreams.error("lede: \(error)")
            throw ExitCode.failure
        }
        if let output, let collector = exporter as? any DocumentCollector {
            do { try OutputFiles.write([ExportedFile(path: output, bytes: collector.collected())], protecting: protected) } catch {
                StandardStreams.error("lede: \(output): \(error)")
                throw ExitCode.failure
            }
        }
        let failures = runner.failures
        if !failures.isEmpty {
            let count = runner.written + failures.count
            var summary = "lede: \(failures.count) of \(count) document\(count == 1 ? "" : "s") failed:"
            for failure in failures.prefix(20) { summary += "\n  \(failure.id): \(failure.message)" }
            if failures.count > 20 { summary += "\n  … and \(failures.count - 20) more" }
            StandardStreams.error(summary)
            throw ExitCode.failure
        }
        if runner.incomplete > 0 {
            let count = runner.written
            StandardStreams.error("lede: \(runner.incomplete) of \(count) document\(count == 1 ? "" : "s") written without a layer that an annotator failed to make (see the warnings above)")
            throw ExitCode.failure
        }
    }
}

extension AnnotateCommand {
    /// `--option annotator.name=value` and `--date` as option values by annotator name; `--date`
    /// goes to every annotator of the chain that takes a `date` option.
    func optionValues(pipeline: Pipeline, registry: Registry) throws -> AnnotatorOptionValues {
        try AnnotatorOptionArguments(date: date, options: annotatorOptions).values(registry: registry, chain: pipeline)
    }

    /// Creates `path` and the folders above it that are missing; returns why it could not.
    static func makeFolders(_ path: String) -> String? {
        var folder = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            folder += "/" + component
            var status = stat()
            if stat(folder, &status) == 0 {
                if status.st_mode & S_IFMT != S_IFDIR { return "\(folder.hasPrefix("./") ? String(folder.dropFirst(2)) : folder) is not a directory" }
                continue
            }
            if mkdir(folder, 0o777) != 0, errno != EEXIST { return FileReader.systemMessage(errno) }
        }
        return nil
    }
}

/// Parsing annotator lists as users write them.
enum AnnotatorChain {
    /// The names in a comma- or space-separated list, or every registered annotator for nil.
    static func names(from list: String?, registry: Registry) -> [String] {
        guard let list else { return registry.names }
        return split(list)
    }

    /// The names of `list` (every registered annotator for nil) without those of `excluded`
    /// (an annotator another one requires is still run: the pipeline adds it back). Throws
    /// for an excluded name that no annotator has.
    static func names(from list: String?, without excluded: String?, registry: Registry) throws(PipelineError) -> [String] {
        let names = names(from: list, registry: registry)
        guard let excluded else { return names }
        let left = split(excluded)
        for name in left where registry.annotator(named: name) == nil {
            throw PipelineError.unknownAnnotator(name, suggestion: Suggestion.closest(to: name, in: registry.names), available: registry.names)
        }
        return names.filter { !left.contains($0) }
    }

    private static func split(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
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
