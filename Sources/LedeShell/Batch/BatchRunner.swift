import Foundation
import LedeCore

/// Annotates many documents in parallel and writes them in input order.
///
/// `jobs` worker threads take items from a queue, a batch at a time (up to
/// `Pipeline.batchDocuments` documents and about `Pipeline.batchBytes` of text, which the
/// pipeline runs one annotator after another, keeping each annotator's tables in cache); results
/// wait in a reordering buffer until every earlier document is written. The reader stops when
/// two batches per job are in flight, so memory follows the jobs, not the size of the input.
final class BatchRunner: @unchecked Sendable {
    let pipeline: Pipeline
    let exporter: any Exporter
    let loader: DocumentLoader
    let jobs: Int
    /// Where each document goes: standard output, or files in a folder.
    let outputDirectory: String?
    let progress: ProgressBar?
    /// The input files, which the output never overwrites.
    let protectedFiles: Set<OutputFiles.Identity>
    /// The stack of each worker thread.
    let stackSize: Int

    private let condition = NSCondition()
    private var queue: [BatchItem] = []
    private var inputDone = false
    private var finished: [Int: Outcome] = [:]
    private var nextToWrite = 0
    private var inFlight = 0
    private var inFlightBytes = 0
    private var itemBytes: [Int: Int] = [:]
    private(set) var failures: [BatchFailure] = []
    private(set) var written = 0
    /// Whether the exporter's header went to standard output. It goes with the first document,
    /// so that a batch of one document gets that document's header (an HTML page its headline).
    private var headerWritten = false
    /// Whether the input is one document (one text file).
    private var singleDocument = false
    /// Documents of this many bytes or more are rendered when written, in pieces of about a
    /// megabyte: their JSON, an annotation per token, is some fifty times their text, and held
    /// whole it would be most of the batch's memory.
    static let renderedAheadLimit = 1 << 16
    /// Documents written without a layer because one of their annotators failed (each was warned of).
    private(set) var incomplete = 0
    private var names = OutputNames()
    /// The exporter, when it gathers the batch into one file (a DocBin) instead of writing each document.
    private let collector: (any DocumentCollector)?

    private enum Outcome {
        case document(Document, rendered: [UInt8]?, warnings: [String], annotatorFailed: Bool, inputBytes: Int)
        /// A long document, annotated section by section when its turn to be written comes.
        case long(Document, warnings: [String])
        case failure(BatchFailure)
    }
    /// Whether an annotator failed on a section of the long document being written.
    private var sectionFailed = false

    init(pipeline: Pipeline, exporter: any Exporter, loader: DocumentLoader, jobs: Int,
         outputDirectory: String?, progress: ProgressBar?, protectedFiles: Set<OutputFiles.Identity> = [],
         stackSize: Int = 8 << 20) {
        self.pipeline = pipeline
        self.exporter = exporter
        self.collector = exporter as? any DocumentCollector
        self.loader = loader
        self.jobs = max(1, jobs)
        self.outputDirectory = outputDirectory
        self.progress = progress
        self.protectedFiles = protectedFiles
        self.stackSize = stackSize
    }

    /// Runs the batch over `input`; returns when every document is written. Throws when the
    /// worker threads cannot be started (nothing is read then).
    func run(_ input: BatchInput) throws(WorkerThreads.StartFailure) {
        let (workers, failure) = WorkerThreads.start(count: jobs, stackSize: stackSize) { [self] in work() }
        if let failure {
            condition.lock()
            inputDone = true
            condition.broadcast()
            condition.unlock()
            workers.join()
            throw failure
        }
        singleDocument = input.format == .text && input.paths.count <= 1
        let window = jobs * 2 * Pipeline.batchDocuments, byteWindow = jobs * 2 * Pipeline.batchBytes
        var items = input
        while let item = items.next() {
            let bytes = item.estimatedBytes
            condition.lock()
            while inFlight >= window || (inFlight > 0 && inFlightBytes + bytes > byteWindow) { condition.wait() }
            inFlight += 1
            inFlightBytes += bytes
            itemBytes[item.index] = bytes
            queue.append(item)
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        inputDone = true
        condition.broadcast()
        condition.unlock()
        workers.join()
        if outputDirectory == nil {
            if !headerWritten { StandardStreams.out(exporter.header()) }
            StandardStreams.out(exporter.footer())
        }
        progress?.finish()
    }

    /// A worker: takes a batch of items at a time until the input is done.
    private func work() {
        while true {
            condition.lock()
            while queue.isEmpty && !inputDone { condition.wait() }
            if queue.isEmpty {
                condition.unlock()
                return
            }
            var batch: [BatchItem] = []
            var bytes = 0
            while let item = queue.first, batch.count < Pipeline.batchDocuments, batch.isEmpty || bytes < Pipeline.batchBytes {
                queue.removeFirst()
                batch.append(item)
                bytes += itemBytes[item.index] ?? 0
            }
            condition.unlock()
            for (index, outcome) in process(batch) { deliver(index, outcome) }
        }
    }

    /// Loads the items, annotates the documents that loaded as one batch, and renders them.
    private func process(_ items: [BatchItem]) -> [(Int, Outcome)] {
        var outcomes: [(Int, Outcome)] = []
        var documents: [Document] = []
        var loaded: [(index: Int, label: String, warnings: [String])] = []
        for item in items {
            do {
                let (document, warnings) = try item.load(with: loader)
                if collector == nil && exporter.writesLongDocumentsInSections && document.bytes.count > DocumentSections.documentLimit {
                    outcomes.append((item.index, .long(document, warnings: warnings)))
                    continue
                }
                documents.append(document)
                loaded.append((item.index, item.label, warnings))
            } catch {
                outcomes.append((item.index, .failure(error)))
            }
        }
        let failures = pipeline.run(batch: &documents)
        for (position, var document) in documents.enumerated() {
            let (index, label, loadWarnings) = loaded[position]
            var warnings = loadWarnings + failures[position].map(\.description)
            warnings += document.warnings.map { "\(document.id): \($0)" }
            document.clearWarnings()
            // A large document is written in pieces when its turn comes, not held as one text.
            do {
                let rendered = outputDirectory == nil && document.bytes.count < Self.renderedAheadLimit && collector == nil
                    ? try exporter.renderBytes(document) : nil
                outcomes.append((index, .document(document, rendered: rendered, warnings: warnings, annotatorFailed: !failures[position].isEmpty,
                                                  inputBytes: document.bytes.count)))
            } catch {
                outcomes.append((index, .failure(BatchFailure(id: label, message: String(describing: error)))))
            }
        }
        // Documents are freed as they are written; the batch's array is not kept.
        documents.removeAll()
        return outcomes.sorted { $0.0 < $1.0 }
    }

    /// Stores an outcome and writes every outcome that is next in input order.
    private func deliver(_ index: Int, _ outcome: Outcome) {
        condition.lock()
        defer { condition.unlock() }
        finished[index] = outcome
        while let ready = finished.removeValue(forKey: nextToWrite) {
            write(ready)
            inFlightBytes -= itemBytes.removeValue(forKey: nextToWrite) ?? 0
            nextToWrite += 1
            inFlight -= 1
            condition.broadcast()
        }
    }

    private func write(_ outcome: Outcome) {
        switch outcome {
        case .failure(let failure):
            report(failure)
        case .document(let document, let rendered, let warnings, let annotatorFailed, let bytes):
            if !warnings.isEmpty { progress?.clearLine() }
            for warning in warnings { StandardStreams.error("lede: warning: \(warning)") }
            if let collector {
                collector.collect(document)
            } else if !emit(document, rendered: rendered) {
                return
            }
            written += 1
            if annotatorFailed { incomplete += 1 }
            progress?.advance(bytes: bytes, failed: false)
        case .long(let document, let warnings):
            if !warnings.isEmpty { progress?.clearLine() }
            for warning in warnings { StandardStreams.error("lede: warning: \(warning)") }
            sectionFailed = false
            guard emit(document, rendered: nil, inSections: DocumentSections.ranges(of: document.bytes)) else { return }
            written += 1
            if sectionFailed { incomplete += 1 }
            progress?.advance(bytes: document.bytes.count, failed: false)
        }
    }

    /// One section of a long document annotated, its failures and warnings reported.
    private func annotateSection(_ section: Document) -> Document {
        var section = section
        let failures = pipeline.run(&section)
        let warnings = failures.map(\.description) + section.warnings.map { "\(section.id): \($0)" }
        if !warnings.isEmpty { progress?.clearLine() }
        for warning in warnings { StandardStreams.error("lede: warning: \(warning)") }
        section.clearWarnings()
        if !failures.isEmpty { sectionFailed = true }
        return section
    }

    /// Writes one document: to standard output (the header before the first), or as its files in
    /// the output folder; a long one, not yet annotated, section by section as it is written
    /// (`sections`). Returns false when it could not (the failure is reported).
    private func emit(_ document: Document, rendered: [UInt8]?, inSections sections: [Range<Int>]? = nil) -> Bool {
        do {
            guard let outputDirectory else {
                if !headerWritten {
                    StandardStreams.out(singleDocument ? exporter.header(for: document) : exporter.header())
                    headerWritten = true
                }
                if written > 0 { StandardStreams.out(exporter.separator) }
                if let rendered {
                    StandardStreams.out(rendered)
                } else if let sections {
                    try exporter.render(document, sections: sections, annotate: annotateSection) { StandardStreams.out($0) }
                } else {
                    try exporter.render(document) { StandardStreams.out($0) }
                }
                return true
            }
            let path = outputDirectory + "/" + names.name(for: document.id, removing: [".txt", ".json", ".text"]) + "." + exporter.fileExtension
            let files: [ExportedFile]
            if let sections {
                let exporter = self.exporter
                files = [ExportedFile(path: path) { [self] write in
                    write(exporter.header(for: document))
                    try exporter.render(document, sections: sections, annotate: { annotateSection($0) }, into: write)
                    write(exporter.footer())
                }]
            } else {
                files = try exporter.files(for: document, path: path)
            }
            try OutputFiles.write(files, protecting: protectedFiles)
            return true
        } catch {
            report(BatchFailure(id: document.id, message: String(describing: error)))
            return false
        }
    }

    private func report(_ failure: BatchFailure) {
        failures.append(failure)
        progress?.clearLine()
        StandardStreams.error("lede: \(failure.id): \(failure.message)")
        progress?.advance(bytes: 0, failed: true)
    }
}

/// A progress bar on standard error: documents done, failures and throughput, redrawn at most
/// ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let total: Int?
    private var done = 0
    private var failed = 0
    private var bytes = 0
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var drawn = false

    init(total: Int?) {
        self.total = total
    }

    /// Called under the runner's lock.
    func advance(bytes count: Int, failed isFailure: Bool) {
        done += 1
        bytes += count
        if isFailure { failed += 1 }
        let now = ContinuousClock.now
        if now - lastDraw >= .milliseconds(100) || done == total {
            lastDraw = now
            draw()
        }
    }

    private func draw() {
        let elapsed = max(0.001, Double((ContinuousClock.now - start).components.attoseconds) / 1e18 + Double((ContinuousClock.now - start).components.seconds))
        let rate = Double(bytes) / 1_000_000 / elapsed
        var line = "\r\u{1B}[K"
        if let total, total > 0 {
            let width = 30
            let filled = min(width, done * width / total)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] \(done)/\(total)"
        } else {
            line += "\(done) documents"
        }
        line += String(format: "  %.1f MB/s", rate)
        if failed > 0 { line += "  \(failed) failed" }
        StandardStreams.errorText(line)
        drawn = true
    }

    /// Erases the bar so that a message can be printed.
    func clearLine() {
        if drawn { StandardStreams.errorText("\r\u{1B}[K") }
        drawn = false
    }

    func finish() {
        clearLine()
    }
}
