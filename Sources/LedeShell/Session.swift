import Foundation
import LedeCore

/// Where a command reads continuation lines from (`paste`): the script's next lines, or the
/// interactive shell's prompt.
public protocol LineSource: AnyObject {
    /// The next line, or nil at the end of input (or when Ctrl-C cancels it).
    func nextLine(prompt: String) -> String?
}

/// The state that commands share: the loaded document, the annotator chain (with run-time rule
/// annotators) and the settings. One session per interactive shell, per script run and per file
/// of `lede run SCRIPT FILE…`.
public final class Session {
    /// Every annotator the binary was built with.
    public let builtInRegistry: Registry
    /// The built-in annotators plus the rules and gazetteers defined in this session.
    public private(set) var registry: Registry
    /// The annotators the user asked for, in order (the pipeline adds what they require).
    public private(set) var chain: [String]
    /// Names of the rule and gazetteer annotators defined in this session.
    public private(set) var runtimeAnnotators: [String] = []
    /// The document as loaded; every full run starts from it.
    public private(set) var loadedDocument: Document?
    /// The document with the layers computed so far.
    public private(set) var currentDocument: Document?
    /// Where the document came from, for the prompt.
    public private(set) var documentName: String?
    /// True when the whole chain must run again before the next look at the document.
    public private(set) var needsFullRun = false
    /// Annotators added since the last run, to run on top of the current layers.
    public private(set) var pendingAnnotators: [String] = []
    /// The settings `set` changes.
    public var settings: Settings
    /// Option values of the annotators (`set option`, `set date`, `--option`, `--date`); a change
    /// makes the chain run again.
    public var options = AnnotatorOptionValues() {
        didSet { if options != oldValue { needsFullRun = currentDocument != nil } }
    }
    /// The environment (for `NO_COLOR`, `PAGER`, `HOME`).
    public let environment: [String: String]
    /// The commands run so far (what `history` shows when there is no line editor).
    public var commandHistory: [String] = []
    /// Where `paste` reads from.
    public var lineSource: LineSource?
    /// What a script run over several articles shares across their sessions (nil elsewhere).
    public var scriptRun: ScriptRun?
    /// The line editor's history, when there is one.
    public var editorHistory: (() -> [String])?
    /// Whether this is the interactive shell.
    public let isInteractive: Bool
    /// The command table, for `help` and completion.
    public let commands: CommandTable
    /// Reads files into documents.
    public var loader = DocumentLoader()
    /// The report of the last run.
    public private(set) var lastRun: RunReport?
    /// Set by `quit`.
    public var wantsToQuit = false
    /// Annotators already run on the current document.
    private var attempted = Set<String>()

    public init(registry: Registry, commands: CommandTable = .standard, settings: Settings = Settings(),
                environment: [String: String] = [:], isInteractive: Bool = false) {
        self.builtInRegistry = registry
        self.registry = registry
        self.chain = registry.names
        self.settings = settings
        self.environment = environment
        self.isInteractive = isInteractive
        self.commands = commands
    }

    // MARK: Documents

    /// Replaces the document; the chain runs before the next look at it. A document read from
    /// lede JSON keeps its layers until `run`.
    public func load(_ document: Document, name: String, keepLayers: Bool = false) {
        loadedDocument = document
        currentDocument = document
        documentName = name
        pendingAnnotators = []
        attempted = []
        needsFullRun = !(keepLayers && !document.layerNames.isEmpty)
        lastRun = nil
    }

    /// The document and what the session knows about its annotation, to go back to when
    /// opening another is interrupted.
    struct DocumentState {
        fileprivate let loaded: Document?, current: Document?, name: String?, pending: [String], attempted: Set<String>
        fileprivate let needsFullRun: Bool, lastRun: RunReport?
    }

    var documentState: DocumentState {
        DocumentState(loaded: loadedDocument, current: currentDocument, name: documentName, pending: pendingAnnotators,
                      attempted: attempted, needsFullRun: needsFullRun, lastRun: lastRun)
    }

    /// Puts back a state taken from `documentState`.
    func restore(_ state: DocumentState) {
        loadedDocument = state.loaded
        currentDocument = state.current
        documentName = state.name
        pendingAnnotators = state.pending
        attempted = state.attempted
        needsFullRun = state.needsFullRun
        lastRun = state.lastRun
    }

    /// Loads `document` and annotates it with `annotate`; when that is interrupted (Ctrl-C), the
    /// previous document comes back as it was.
    func load(_ document: Document, name: String, keepLayers: Bool = false, thenAnnotate annotate: () throws -> Void) throws {
        let previous = documentState
        load(document, name: name, keepLayers: keepLayers)
        do { try annotate() } catch let interrupted as Interrupted {
            restore(previous)
            throw interrupted
        }
    }

    /// The annotated document; runs the chain first when needed. Throws when none is loaded.
    public func annotatedDocument(output: CommandOutput? = nil) throws -> Document {
        guard currentDocument != nil else {
            throw CommandError("no document loaded; use open FILE, paste, or text \"…\"")
        }
        if needsFullRun || !incrementalAnnotators().isEmpty {
            let report = try run(full: needsFullRun)
            if let output { report.warnings.forEach(output.warn) }
        }
        guard let document = currentDocument else { throw CommandError("no document loaded") }
        return document
    }

    /// Annotators of the chain that must run on top of the current layers: those added since the
    /// last run, and those whose layers are missing (a lede JSON document without sentences, say),
    /// each tried once per document.
    func incrementalAnnotators() -> [any Annotator] {
        guard let document = currentDocument, let pipeline = try? configuredPipeline() else { return [] }
        return pipeline.annotators.filter { annotator in
            pendingAnnotators.contains(annotator.name)
                || (!attempted.contains(annotator.name) && !annotator.produces.allSatisfy(document.hasLayer))
        }
    }

    /// The chain as a pipeline, with the session's option values.
    func configuredPipeline() throws(CommandError) -> Pipeline {
        do { return try options.configure(try Pipeline(names: chain, registry: registry)) } catch {
            throw CommandError(String(describing: error))
        }
    }

    /// Runs the whole chain (`full`) or, on top of the current layers, what `incrementalAnnotators`
    /// names: one pipeline run, which Ctrl-C stops between annotators (the document then stays as
    /// it was before the run).
    @discardableResult
    public func run(full: Bool = true) throws -> RunReport {
        guard let loaded = loadedDocument, let current = currentDocument else {
            throw CommandError("no document loaded; use open FILE, paste, or text \"…\"")
        }
        let pipeline = full ? try configuredPipeline() : Pipeline(ordered: incrementalAnnotators())
        var document = full ? loaded : current
        let clock = ContinuousClock()
        let start = clock.now
        let failures: [AnnotatorFailure]
        do { failures = try pipeline.run(&document, shouldStop: { Interrupt.isSet }) } catch { throw Interrupted() }
        let elapsed = clock.now - start
        if full { attempted = [] }
        attempted.formUnion(pipeline.names)
        let warnings = failures.map { "annotator '\($0.annotator)' failed: \($0.message)" } + document.warnings
        document.clearWarnings()
        currentDocument = document
        needsFullRun = false
        pendingAnnotators = []
        let report = RunReport(annotators: pipeline.names, duration: elapsed, document: document, warnings: warnings)
        lastRun = report
        return report
    }

    // MARK: The chain

    /// Replaces the chain with `names` (checked against the registry).
    public func use(_ names: [String]) throws {
        do { _ = try Pipeline(names: names, registry: registry) } catch { throw CommandError(error.description) }
        chain = names
        needsFullRun = true
    }

    /// Adds an annotator to the chain; it runs on top of the current layers.
    public func add(_ name: String) throws {
        do { _ = try Pipeline(names: [name], registry: registry) } catch { throw CommandError(error.description) }
        if !chain.contains(name) { chain.append(name) }
        markPending(name)
    }

    /// Removes an annotator from the chain, and the layers only it produced.
    /// Returns the names that still run because another annotator of the chain requires them.
    @discardableResult
    public func drop(_ name: String) throws -> [String] {
        guard chain.contains(name) else {
            let suggestion = Suggestion.closest(to: name, in: chain).map { "; did you mean '\($0)'?" } ?? ""
            throw CommandError("'\(name)' is not in the chain\(suggestion) (chain: \(chain.joined(separator: " ")))")
        }
        chain.removeAll { $0 == name }
        pendingAnnotators.removeAll { $0 == name }
        let remaining = (try? Pipeline(names: chain, registry: registry))?.names ?? chain
        if remaining.contains(name) {
            return chain.filter { other in
                (try? Pipeline(names: [other], registry: registry))?.names.contains(name) ?? false
            }
        }
        if let annotator = registry.annotator(named: name), var document = currentDocument {
            for layer in annotator.produces { document.removeLayer(layer) }
            currentDocument = document
        }
        return []
    }

    /// Adds (or replaces) a rule or gazetteer annotator and puts it in the chain.
    /// Adds a rule or gazetteer annotator to the chain; true when it replaced one of that name.
    @discardableResult
    public func define(_ annotator: any Annotator) throws -> Bool {
        if builtInRegistry.annotator(named: annotator.name) != nil {
            throw CommandError("'\(annotator.name)' is a built-in annotator; give the rule another name")
        }
        if let producer = builtInRegistry.producer(of: annotator.name) {
            throw CommandError("the layer '\(annotator.name)' belongs to the annotator '\(producer.name)'; give the rule another name")
        }
        let replaced = runtimeAnnotators.contains(annotator.name)
        registry.register(annotator)
        if !replaced { runtimeAnnotators.append(annotator.name) }
        if !chain.contains(annotator.name) { chain.append(annotator.name) }
        markPending(annotator.name)
        return replaced
    }

    private func markPending(_ name: String) {
        guard currentDocument != nil, !needsFullRun else { return }
        if !pendingAnnotators.contains(name) { pendingAnnotators.append(name) }
    }

    /// The declarations of the layers, the run-time rules' included.
    public var catalog: LayerCatalog { LayerCatalog(registry: registry) }

    /// The chain as it runs: requirements added, in dependency order.
    public var resolvedChain: [String] {
        (try? Pipeline(names: chain, registry: registry))?.names ?? chain
    }

    // MARK: Output

    /// The width to lay out output in, or nil for no limit.
    public var outputWidth: Int? {
        if let width = settings.width { return width }
        return Terminal.size(of: 1)?.columns
    }
}

/// What a run of the chain did.
public struct RunReport {
    public let annotators: [String]
    public let duration: Duration
    public let document: Document
    public let warnings: [String]

    /// Milliseconds, for messages.
    public var milliseconds: Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// A one-line summary: the layers and their sizes.
    public var summary: String {
        let layers = document.layerNames.filter { $0 != LayerName.tokens && $0 != LayerName.paragraphs }
            .map { "\($0) \(document.annotations(in: $0).count)" }
        return layers.joined(separator: " · ") + String(format: " (%.1f ms)", milliseconds)
    }
}
