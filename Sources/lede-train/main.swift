import Foundation
import LedeCore
import LedeModels
import Tagger
import Entities

/// `lede-train`: trains lede's learned models from open corpora and writes them where the
/// modules ship them.
///
///     lede-train pos --train A.conllu [B.conllu …] --dev DEV.conllu [--epochs N] [--seed S]
///                    [--prune W] [--output DIR]
///     lede-train entities --train A.json|A.iob2 … [--folds K] [--override-precision P]
///                    [--epochs N] [--seed S] [--ensemble N] [--prune W] [--output DIR]
///
/// Training is deterministic: the same corpora, epochs, seed and ensemble give the same files,
/// byte for byte.
struct Arguments {
    var task = ""
    var train: [String] = []
    var dev: [String] = []
    var epochs = 10
    var seed: UInt64 = 1
    var prune: Float = 0
    var output = ""
    /// entities: the folds of cross-validation, and how often the recognizer's overrides of the
    /// rules must be right on held-out documents.
    var folds = 4
    var overridePrecision = 0.9
    /// entities: how many perceptrons, each seeing the examples in its own order, are averaged.
    var ensemble = 1

    init(_ arguments: [String]) throws {
        var rest = arguments.makeIterator()
        guard let task = rest.next() else { throw UsageError("give a task: pos or entities") }
        self.task = task
        var list: WritableKeyPath<Arguments, [String]>?
        while let argument = rest.next() {
            switch argument {
            case "--train": list = \.train
            case "--dev": list = \.dev
            case "--epochs": epochs = Int(rest.next() ?? "") ?? 0; list = nil
            case "--seed": seed = UInt64(rest.next() ?? "") ?? 1; list = nil
            case "--prune": prune = Float(rest.next() ?? "") ?? 0; list = nil
            case "--output": output = rest.next() ?? output; list = nil
            case "--folds": folds = Int(rest.next() ?? "") ?? 0; list = nil
            case "--ensemble": ensemble = Int(rest.next() ?? "") ?? 0; list = nil
            case "--override-precision": overridePrecision = Double(rest.next() ?? "") ?? -1; list = nil
            default:
                guard let list, !argument.hasPrefix("--") else { throw UsageError("unknown argument \(argument)") }
                self[keyPath: list].append(argument)
            }
        }
        if train.isEmpty { throw UsageError("give --train FILE…") }
        if epochs < 1 { throw UsageError("--epochs must be at least 1") }
        if folds < 2 { throw UsageError("--folds must be at least 2") }
        if ensemble < 1 { throw UsageError("--ensemble must be at least 1") }
        if !(0...1).contains(overridePrecision) { throw UsageError("--override-precision must be between 0 and 1") }
    }
}

struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func readSentences(_ paths: [String]) throws -> [[CoNLLU.Word]] {
    var sentences: [[CoNLLU.Word]] = []
    for path in paths {
        let bytes = try FileReader.read(path, limit: 1 << 30)
        do { sentences += try CoNLLU.sentences(String(decoding: bytes, as: UTF8.self)) } catch {
            throw UsageError("\(path): \(error)")
        }
    }
    return sentences
}

func run() throws {
    let arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
    switch arguments.task {
    case "pos": try trainPartOfSpeech(arguments)
    case "entities": try trainEntities(arguments)
    default: throw UsageError("unknown task '\(arguments.task)' (tasks: pos, entities)")
    }
}

/// Writes a trained model's files into `directory`.
func write(_ files: [String: [UInt8]], to directory: String) throws {
    for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
        let path = directory + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        print("wrote \(path) (\(bytes.count) bytes)")
    }
}

func trainPartOfSpeech(_ arguments: Arguments) throws {
    let training = try readSentences(arguments.train)
    let development = try readSentences(arguments.dev)
    var trainer = PartOfSpeechTrainer(training: training)
    let trainSentences = trainer.prepare(training)
    let devSentences = trainer.prepare(development)
    print("training on \(trainSentences.count) sentences (\(trainSentences.reduce(0) { $0 + $1.wordCount }) words), dev \(devSentences.count) sentences")
    let start = ContinuousClock.now
    let trained = trainer.train(trainSentences, dev: devSentences, epochs: arguments.epochs, seed: arguments.seed,
                                pruneBelow: arguments.prune) { epoch, train, dev in
        print(String(format: "epoch %2d  train %.2f%%  dev UPOS %.2f%%", epoch, train * 100, dev * 100))
    }
    let accuracy = PartOfSpeechTrainer.accuracy(trained.model, on: devSentences)
    print(String(format: "dev: UPOS %.2f%%  XPOS %.2f%%  lemma %.2f%%  (%.0f s)", accuracy.universal * 100, accuracy.fine * 100,
                 accuracy.lemma * 100, Double((ContinuousClock.now - start).components.seconds)))
    try write(PartOfSpeechTrainer.files(trained), to: arguments.output.isEmpty ? "Plugins/Tagger/Resources" : arguments.output)
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("lede-train: \(error)\n".utf8))
    exit(error is UsageError ? 2 : 1)
}
