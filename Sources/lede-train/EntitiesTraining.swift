import Foundation
import LedeCore
import LedeEnglish
import LedeModels
import Entities
import Places
import Tagger

/// `lede-train entities`: the learned entity recognizer, from lede JSON documents with gold
/// `entities` (PERSON, ORG) and `places` layers, and from IOB2 files (Universal NER: PER → PERSON,
/// ORG → ORG, LOC → PLACE; OTH is not a name lede tags). Each text goes through the tokens,
/// sentences, pos and places annotators and the entities rules, as when lede annotates it.
func trainEntities(_ arguments: Arguments) throws {
    let pipeline = Pipeline(ordered: [TokensAnnotator(rules: English.tokenization), SentencesAnnotator(rules: English.tokenization),
                                      ParagraphsAnnotator(), PartOfSpeechAnnotator(), PlacesAnnotator()])
    func examples(_ paths: [String]) throws -> [EntityTrainer.Example] {
        var examples: [EntityTrainer.Example] = []
        for path in paths {
            for (text, names) in try goldDocuments(path) {
                var document = Document(id: path, text: text)
                let failures = pipeline.run(&document)
                if let failure = failures.first { throw UsageError("\(path): \(failure)") }
                examples.append(EntityTrainer.example(document, names: names))
            }
        }
        return examples
    }
    // Documents in lede JSON are cross-validated; the others (IOB2) are always trained on.
    let documents = try examples(arguments.train.filter { !$0.hasSuffix(".iob2") })
    let extra = try examples(arguments.train.filter { $0.hasSuffix(".iob2") })
    let all = documents + extra
    let names = all.reduce(0) { $0 + $1.nameCount }, unreachable = all.reduce(0) { $0 + $1.unreachableNames }
    print("\(documents.count) + \(extra.count) documents, \(names) names (\(unreachable) that no candidate has the tokens of)")
    let start = ContinuousClock.now
    // Cross-validation: each fold of the documents is held out once; the overrides of the rules
    // are counted on the held-out folds at each margin, and the smallest margin whose overrides
    // are right at least `overridePrecision` of the time is the one shipped.
    let margins: [Float] = [0, 4, 8, 12, 16, 20, 25, 30, 35, 40, 50, 60, 80, 100, 1e9]
    // The sieves that decided enough of the names to be judged on their own.
    var sieveNames: [String: Int] = [:]
    for example in documents { for sieve in example.sieves { sieveNames[sieve, default: 0] += 1 } }
    let sieves = sieveNames.filter { $0.value >= 100 }.keys.sorted()
    var counts: EntityTrainer.OverrideCounts?
    let folds = max(2, arguments.folds)
    for fold in 0..<folds {
        let heldOut = documents.indices.filter { $0 % folds == fold }.map { documents[$0] }
        let trained = documents.indices.filter { $0 % folds != fold }.map { documents[$0] } + extra
        let model = EntityTrainer.train(trained, development: heldOut, epochs: arguments.epochs, seed: arguments.seed,
                                        ensemble: arguments.ensemble, pruneBelow: arguments.prune) { epoch, score in
            if epoch == arguments.epochs {
                print(String(format: "fold %d of %d: held-out P %.1f  R %.1f  F1 %.1f", fold + 1, folds, score.precision * 100,
                             score.recall * 100, score.f1 * 100))
            }
        }
        let foldCounts = EntityTrainer.overrides(model, on: heldOut, margins: margins, sieves: sieves)
        if counts == nil { counts = foldCounts } else { counts?.add(foldCounts) }
    }
    guard let counts else { return }
    // For each change of class, the smallest margin at which the held-out overrides were right
    // often enough, counted on at least `minimumOverrides` of them; a change seen less often
    // takes the margin of all changes together.
    let minimumOverrides = 20
    func margin(_ rows: [EntityTrainer.OverrideCount]) -> Float? {
        rows.first { $0.precision >= arguments.overridePrecision && $0.overrides >= minimumOverrides }?.margin
    }
    let overall = margin(counts.byChange[0]) ?? 1e9
    print("overrides of the rules on the held-out folds, by margin:")
    for count in counts.byChange[0] {
        print(String(format: "  margin %5.0f  overrides %4d  right %4d  wrong %4d  (%3.0f%% right)  F1 %.1f", min(count.margin, 99_999),
                     count.overrides, count.right, count.wrong, count.precision * 100, count.f1 * 100))
    }
    /// The change of class `change` as its classes name it.
    func changeName(_ change: Int) -> String { "\(EntityTrainer.classNames[change / 4]) → \(EntityTrainer.classNames[change % 4])" }
    /// Prints the margin chosen for a change and what its overrides did at that margin.
    func report(_ label: String, _ rows: [EntityTrainer.OverrideCount], _ chosen: Float) {
        let at = rows.first { $0.margin >= chosen } ?? rows[rows.count - 1]
        print(String(format: "  %@: margin %.0f (%d overrides, %d right, %d wrong; F1 %.1f)", label, chosen, at.overrides,
                     at.right, at.wrong, at.f1 * 100))
    }
    /// Margins from the held-out counts: each change of class takes `forChange` of its rows; a
    /// sieve judged on its own takes `forSieve` of its rows and its change's margin, where that
    /// gives one (nil keeps the change's).
    func chooseMargins(forChange: ([EntityTrainer.OverrideCount]) -> Float,
                       forSieve: ([EntityTrainer.OverrideCount], Float) -> Float?) -> OverrideMargins {
        var chosen = OverrideMargins(byChange: [Float](repeating: .infinity, count: 16))
        for change in 0..<16 where change % 5 != 0 {
            chosen.byChange[change] = forChange(counts.byChange[change])
            report(changeName(change), counts.byChange[change], chosen.byChange[change])
        }
        for sieve in sieves {
            guard let rows = counts.bySieve[sieve] else { continue }
            var own = chosen.byChange
            for change in 0..<16 where change % 5 != 0 {
                guard let margin = forSieve(rows[change], own[change]) else { continue }
                own[change] = margin
                report("\(sieve) \(changeName(change))", rows[change], margin)
            }
            if own != chosen.byChange { chosen.bySieve[sieve] = own }
        }
        return chosen
    }
    // In news reports: a sieve whose overrides were right often enough at a smaller margin than
    // its change's gets that margin (the rules' weak guesses may give way sooner than their sure
    // decisions).
    let chosen = chooseMargins(forChange: { margin($0) ?? overall }) { rows, current in
        margin(rows).flatMap { $0 < current ? $0 : nil }
    }
    // Outside news reports the held-out folds are of the writing the recognizer learned from:
    // each change of class takes the margin at which the names found scored the best F1 (the
    // largest such margin on a tie), and a sieve its own where its overrides do better there.
    func bestByF1(_ rows: [EntityTrainer.OverrideCount]) -> EntityTrainer.OverrideCount {
        var best = rows[rows.count - 1]
        for row in rows.reversed() where row.f1 > best.f1 { best = row }
        return best
    }
    print("outside news reports, the margins of the best held-out F1:")
    let other = chooseMargins(forChange: { bestByF1($0).margin }) { rows, current in
        let best = bestByF1(rows)
        guard let atCurrent = rows.first(where: { $0.margin >= current }), best.f1 > atCurrent.f1 else { return nil }
        return best.margin
    }
    let model = EntityTrainer.train(all, development: [], epochs: arguments.epochs, seed: arguments.seed,
                                    ensemble: arguments.ensemble, pruneBelow: arguments.prune) { _, _ in }
    print("\(model.featureCount) features (\(Int((ContinuousClock.now - start).components.seconds)) s)")
    try write(EntityTrainer.files(model, overrideMargins: chosen, otherOverrideMargins: other), to: arguments.output.isEmpty ? "Plugins/Entities/Resources" : arguments.output)
}

/// The texts of a gold file and their names (byte ranges and labels).
func goldDocuments(_ path: String) throws -> [(String, [EntityTrainer.Name])] {
    let bytes = try FileReader.read(path, limit: 1 << 30)
    if path.hasSuffix(".iob2") { return iobDocuments(String(decoding: bytes, as: UTF8.self)) }
    let document: Document
    do { document = try DocumentJSON.decode(bytes) } catch { throw UsageError("\(path): \(error)") }
    var names: [EntityTrainer.Name] = []
    for annotation in document.annotations(in: LayerName.entities) where annotation.label == "PERSON" || annotation.label == "ORG" {
        names.append((annotation.range, annotation.label))
    }
    for annotation in document.annotations(in: LayerName.places) { names.append((annotation.range, "PLACE")) }
    return [(document.text, names)]
}

/// IOB2 files (CoNLL columns: index, word, tag): one text per `# newdoc`, a sentence per line,
/// words joined by spaces.
func iobDocuments(_ text: String) -> [(String, [EntityTrainer.Name])] {
    let labels = ["PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"]
    var documents: [(String, [EntityTrainer.Name])] = []
    var bytes: [UInt8] = [], names: [EntityTrainer.Name] = []
    var open: (start: Int, end: Int, label: String)?
    func closeName() {
        if let name = open, let label = labels[name.label] { names.append((name.start..<name.end, label)) }
        open = nil
    }
    func closeDocument() {
        closeName()
        if !bytes.isEmpty { documents.append((String(decoding: bytes, as: UTF8.self), names)) }
        bytes = []
        names = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("# newdoc") { closeDocument(); continue }
        if line.hasPrefix("#") { continue }
        let columns = line.split(separator: "\t")
        guard columns.count >= 3 else {
            closeName()
            if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
            continue
        }
        let tag = columns[2]
        if tag.hasPrefix("B-") || tag == "O" || (tag.hasPrefix("I-") && open == nil) { closeName() }
        if let last = bytes.last, last != 0x0A { bytes.append(0x20) }
        let start = bytes.count
        bytes.append(contentsOf: columns[1].utf8)
        if tag != "O" {
            let label = String(tag.dropFirst(2))
            if open == nil { open = (start, bytes.count, label) } else { open?.end = bytes.count }
        }
    }
    closeDocument()
    return documents
}
