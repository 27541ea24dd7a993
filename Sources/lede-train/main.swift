import Foundation
import LedeCore
import LedeModels
import Tagger

/// `lede-train`: trains lede's learned models from open corpora and writes them where the
/// modules ship them.
///
///     lede-train pos --train A.conllu [B.conllu …] --dev DEV.conllu [--epochs N] [--seed S]
///                    [--prune W] [--output DIR]
///
/// Training is deterministic: the same corpora, epochs and seed give the same files, byte for byte.
struct Arguments {
    var task = ""
    var train: [String] = []
    var dev: [String] = []
    var epochs = 10
    var seed: UInt64 = 1
    var prune: Float = 0
    var output = "Plugins/Tagger/Resources"

    init(_ arguments: [String]) throws {
        var rest = arguments.makeIterator()
        guard let task = rest.next() else { throw UsageError("give a task: pos") }
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
            default:
                guard let list, !argument.hasPrefix("--") else { throw UsageError("unknown argument \(argument)") }
                self[keyPath: list].append(argument)
            }
        }
        if train.isEmpty { throw UsageError("give --train FILE…") }
        if epochs < 1 { throw UsageError("--epochs must be at least 1") }
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
    guard arguments.task == "pos" else { throw UsageError("unknown task '\(arguments.task)' (tasks: pos)") }
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
    for (name, bytes) in PartOfSpeechTrainer.files(trained).sorted(by: { $0.key < $1.key }) {
        let path = arguments.output + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        print("wrote \(path) (\(bytes.count) bytes)")
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("lede-train: \(error)\n".utf8))
    exit(error is UsageError ? 2 : 1)
}
