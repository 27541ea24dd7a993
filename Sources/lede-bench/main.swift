// lede-bench CORPUS.jsonl [--min-bytes N] [--runs N] [--only tagger|pipeline [--without ANNOTATOR]]
//            [--option ANNOTATOR.NAME=VALUE …]
//
// Throughput of the tokenizer, the sentence splitter and every registered annotator on a JSON
// Lines corpus ({"id","text"} per line) repeated to at least --min-bytes (default 5 MB), on one
// core; the time of one 1,000-word article through every annotator; and the peak memory of the
// process. Each measurement has one warm-up run, then --runs timed runs (default 5); medians are
// reported. `--only tagger` or `--only pipeline` measures that alone and stops (for a profiler;
// `--only pipeline` also prints every run's time, which `make bench` compares with spaCy's in
// turns: scripts/paired-ratio.py).
import Foundation
import LedeCore
import LedeEnglish
import Tagger

struct Options {
    var corpus = ""
    var minimumBytes = 5_000_000
    var runs = 5
    var only: String?
    var without: String?
    /// Annotator options (`entities.recognizer=off`), by annotator.
    var annotatorOptions: [String: [String: String]] = [:]

    init(arguments: [String]) {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--min-bytes": minimumBytes = Int(rest.popFirst() ?? "") ?? minimumBytes
            case "--runs": runs = max(1, Int(rest.popFirst() ?? "") ?? runs)
            case "--only": only = rest.popFirst()
            case "--without": without = rest.popFirst()
            case "--option":
                let option = rest.popFirst() ?? ""
                guard let dot = option.firstIndex(of: "."), let equals = option.firstIndex(of: "="), dot < equals else {
                    FileHandle.standardError.write(Data("lede-bench: --option takes ANNOTATOR.NAME=VALUE, not '\(option)'\n".utf8))
                    exit(2)
                }
                annotatorOptions[String(option[..<dot]), default: [:]][String(option[option.index(after: dot)..<equals])] =
                    String(option[option.index(after: equals)...])
            default: corpus = argument
            }
        }
    }
}

func loadCorpus(_ path: String, minimumBytes: Int) -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("lede-bench: cannot read \(path)\n".utf8))
        exit(1)
    }
    var texts: [String] = []
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
           let text = object["text"] as? String {
            texts.append(text)
        }
    }
    guard !texts.isEmpty else {
        FileHandle.standardError.write(Data("lede-bench: no {\"text\": …} lines in \(path)\n".utf8))
        exit(1)
    }
    var corpus: [String] = []
    var size = 0
    while size < minimumBytes {
        for text in texts {
            corpus.append(text)
            size += text.utf8.count
        }
    }
    return corpus
}

/// `runs` timings of `body` in seconds, after one warm-up run.
func timings(runs: Int, _ body: () -> Void) -> [Double] {
    body()
    return (0..<runs).map { _ in
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// The median of `times` (nan when there are none).
func median(_ times: [Double]) -> Double {
    times.isEmpty ? .nan : times.sorted()[times.count / 2]
}

/// The median of `runs` timings of `body`, after one warm-up run.
func medianSeconds(runs: Int, _ body: () -> Void) -> Double {
    median(timings(runs: runs, body))
}

func report(_ name: String, seconds: Double, bytes: Int, words: Int) {
    let megabytes = Double(bytes) / 1_000_000
    let line = name.padding(toLength: 28, withPad: " ", startingAt: 0)
        + String(format: " %9.2f MB/s  %12.0f words/s  (%.3f s median)", megabytes / seconds, Double(words) / seconds, seconds)
    print(line)
}

let options = Options(arguments: CommandLine.arguments)
guard !options.corpus.isEmpty else {
    print("usage: lede-bench CORPUS.jsonl [--min-bytes N] [--runs N]")
    exit(2)
}
let texts = loadCorpus(options.corpus, minimumBytes: options.minimumBytes)
let documents = texts.map { Document(text: $0) }
let bytes = texts.reduce(0) { $0 + $1.utf8.count }
let words = texts.reduce(0) { $0 + $1.split(whereSeparator: { $0.isWhitespace }).count }
print("corpus: \(texts.count) documents, \(bytes) bytes, \(words) words; \(options.runs) runs after a warm-up, medians")
print("corpus copies: \(texts.count / max(1, loadCorpus(options.corpus, minimumBytes: 1).count))")

// Loading: English's lexicons (shared by every annotator, read once), then the tagger's model.
func milliseconds(_ work: () -> Void) -> Double {
    let start = ContinuousClock.now
    work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}
let lexiconMilliseconds = milliseconds { _ = try? English.check() }
let modelLoads = (0..<max(5, options.runs)).map { _ in milliseconds { _ = try? PartOfSpeechModel.loadShipped() } }.sorted()
print(String(format: "pos model load: %.1f ms median (English lexicons, loaded once for every annotator: %.1f ms)",
             modelLoads[modelLoads.count / 2], lexiconMilliseconds))

let tokenizer = Tokenizer()
var sink = 0
let tokenizerSeconds = medianSeconds(runs: options.runs) {
    for document in documents {
        sink &+= document.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0).count }
    }
}
report("tokenizer", seconds: tokenizerSeconds, bytes: bytes, words: words)

let registry = Registry(catalog: RegisteredAnnotators.self)
/// The corpus cut into batches as `lede annotate` cuts its input (`Pipeline.batchDocuments`,
/// `Pipeline.batchBytes`).
let batches: [[Document]] = {
    var batches: [[Document]] = [[]]
    var size = 0
    for document in documents {
        if let last = batches.last, !last.isEmpty, last.count >= Pipeline.batchDocuments || size >= Pipeline.batchBytes {
            batches.append([])
            size = 0
        }
        batches[batches.count - 1].append(document)
        size += document.bytes.count
    }
    return batches
}()
if options.only == "pipeline" {
    let names = registry.names.filter { $0 != options.without }
    guard let times = pipelineTimings(names) else {
        FileHandle.standardError.write(Data("lede-bench: the pipeline could not be made\n".utf8))
        exit(1)
    }
    report("full pipeline, one run", seconds: median(times), bytes: bytes, words: words)
    // Every run's time, for a rate over all of them (what `make bench` compares with spaCy's).
    print(String(format: "full pipeline, every run: %.3f s in %d runs", times.reduce(0, +), times.count))
    exit(sink == 42 ? 1 : 0)
}
/// The median time of the pipeline of `names` over the corpus (nan when it cannot be made).
@MainActor func timePipeline(_ names: [String], oneByOne: Bool = false) -> Double {
    median(pipelineTimings(names, oneByOne: oneByOne) ?? [])
}
/// Each run's time of the pipeline of `names` over the corpus, batch by batch (`oneByOne`:
/// document by document); nil when the pipeline cannot be made.
@MainActor func pipelineTimings(_ names: [String], oneByOne: Bool = false) -> [Double]? {
    guard let pipeline = try? Pipeline(names: names, registry: registry).configured(options.annotatorOptions) else { return nil }
    return timings(runs: options.runs) {
        if oneByOne {
            for var document in documents {
                pipeline.run(&document)
                sink &+= document.layerNames.count
            }
            return
        }
        for var batch in batches {
            sink &+= pipeline.run(batch: &batch).count
            sink &+= batch.count
        }
    }
}
report("tokens + sentences", seconds: timePipeline(["tokens", "sentences"]), bytes: bytes, words: words)

// The part-of-speech tagger alone, on documents already split into tokens and sentences.
if let tagger = registry.annotator(named: "pos"), let structure = try? Pipeline(names: ["tokens", "sentences"], registry: registry) {
    let prepared = documents.map { document in
        var document = document
        structure.run(&document)
        return document
    }
    let seconds = medianSeconds(runs: options.runs) {
        for var document in prepared {
            try? tagger.annotate(&document)
            sink &+= document.layerNames.count
        }
    }
    report("tagger (pos) alone", seconds: seconds, bytes: bytes, words: words)
}
if options.only == "tagger" { exit(sink == 42 ? 1 : 0) }

// Each annotator's share: the full pipeline run step by step, timing each step.
let full = (try? Pipeline(names: registry.names, registry: registry).configured(options.annotatorOptions)) ?? Pipeline(ordered: [])
var perAnnotator = Array(repeating: [Double](), count: full.annotators.count)
for run in 0...options.runs {
    var totals = Array(repeating: 0.0, count: full.annotators.count)
    for var batch in batches {
        for (index, annotator) in full.annotators.enumerated() {
            let start = ContinuousClock.now
            for position in batch.indices { try? annotator.annotate(&batch[position]) }
            let elapsed = ContinuousClock.now - start
            totals[index] += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
    }
    if run > 0 { for index in totals.indices { perAnnotator[index].append(totals[index]) } }
}
let medians = perAnnotator.map { $0.sorted()[$0.count / 2] }
let fullSeconds = medians.reduce(0, +)
report("full pipeline (1 core)", seconds: fullSeconds, bytes: bytes, words: words)
for (index, annotator) in full.annotators.enumerated() {
    print("  " + annotator.name.padding(toLength: 26, withPad: " ", startingAt: 0)
        + String(format: " %6.1f %%  %9.2f MB/s", 100 * medians[index] / fullSeconds, Double(bytes) / 1_000_000 / medians[index]))
}
let fullRun = timePipeline(registry.names)
report("full pipeline, one run", seconds: fullRun, bytes: bytes, words: words)
report("  one document at a time", seconds: timePipeline(registry.names, oneByOne: true), bytes: bytes, words: words)
print("lede words/s: \(Int(Double(words) / fullRun))")

// One article of about 1,000 words through every annotator.
var article = ""
var articleWords = 0
for text in texts where articleWords < 1_000 {
    article += text + "\n\n"
    articleWords += text.split(whereSeparator: { $0.isWhitespace }).count
}
var articleTimes: [Double] = []
for run in 0...max(20, options.runs) {
    var document = Document(text: article)
    let start = ContinuousClock.now
    full.run(&document)
    let elapsed = ContinuousClock.now - start
    sink &+= document.layerNames.count
    if run > 0 { articleTimes.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15) }
}
articleTimes.sort()
print(String(format: "one article of %d words, every annotator: %.2f ms median", articleWords, articleTimes[articleTimes.count / 2]))

// Peak resident memory of this process (the single-core runs above).
if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
   let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) {
    let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    print(String(format: "peak memory: %.1f MB", Double(kilobytes) / 1024))
}
if sink == 42 { print("") }
