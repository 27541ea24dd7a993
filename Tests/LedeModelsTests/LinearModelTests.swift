import LedeModels
import Testing

/// The linear model's look-ups and scores: every class's score is the sum of the weights of the
/// features present, whatever the number of classes; a feature is found only by its whole hash;
/// the best class is the first of the highest score.
@Suite struct LinearModelTests {
    /// Random well-mixed feature hashes and rows of whole weights whose largest is ±127, so that
    /// the 8-bit rows hold them exactly (scale 1) and the expected scores are exact sums.
    static func rows(count: Int, classes: Int, seed: UInt64) -> [(feature: UInt64, weights: [Float])] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var weights = (0..<classes).map { _ in Float(Int(random.next() % 255) - 127) }
            weights[Int(random.next() % UInt64(classes))] = random.next() % 2 == 0 ? 127 : -127
            return (feature: random.next() | 1, weights: weights)
        }
    }

    /// The scores `model` gives `features`, one per class.
    static func scores(_ model: LinearModel, _ features: [UInt64]) -> [Float] {
        var vectors = [SIMD4<Float>](repeating: SIMD4(), count: model.vectorsPerPrediction)
        var scratch = LinearModel.Scratch()
        vectors.withUnsafeMutableBufferPointer { vectors in
            features.withUnsafeBufferPointer { model.add($0, to: vectors, at: 0, scratch: &scratch) }
        }
        return (0..<model.classes.count).map { vectors[$0 / 4][$0 % 4] }
    }

    @Test(arguments: [1, 3, 4, 5, 8, 9, 16, 17, 24, 25, 30, 52, 53, 60])
    func scoresAreTheSumsOfTheRowsPresent(classCount: Int) throws {
        let rows = Self.rows(count: 3_000, classes: classCount, seed: UInt64(classCount))
        let model = try ModelFile.decode(ModelFile.encode(LinearModel(classes: (0..<classCount).map { "c\($0)" }, rows: rows)))
        #expect(model.featureCount == rows.count)
        var random = SplitMix64(seed: 99)
        for _ in 0..<200 {
            // Some known features (one of them perhaps twice) and some unknown ones.
            var features = (0..<8).map { _ in rows[Int(random.next() % UInt64(rows.count))].feature }
            features += (0..<4).map { _ in random.next() | 1 }
            var expected = [Float](repeating: 0, count: classCount)
            for feature in features {
                guard let row = rows.first(where: { $0.feature == feature }) else { continue }
                for index in 0..<classCount { expected[index] += row.weights[index] }
            }
            #expect(Self.scores(model, features) == expected)
            let best = expected.indices.max { expected[$0] < expected[$1] || (expected[$0] == expected[$1] && $0 > $1) } ?? 0
            #expect(model.predict(features) == best)
        }
    }

    @Test func aFeatureIsFoundOnlyByItsWholeHash() {
        let rows = Self.rows(count: 1_000, classes: 5, seed: 7)
        let model = LinearModel(classes: ["a", "b", "c", "d", "e"], rows: rows)
        var scratch = LinearModel.Scratch()
        for row in rows {
            #expect(model.contains(row.feature, scratch: &scratch))
            // The same slot (the table has 2,048) and the same top byte, other bits changed:
            // another feature, whether the bits are high or low ones.
            #expect(!model.contains(row.feature ^ 1 << 40, scratch: &scratch))
            #expect(!model.contains(row.feature ^ 1 << 30, scratch: &scratch))
            #expect(!model.contains(row.feature ^ 1 << 20, scratch: &scratch))
        }
        #expect(Self.scores(model, rows.map { $0.feature ^ 1 << 40 }) == [0, 0, 0, 0, 0])
    }

    @Test func theBestClassIsTheFirstOfTheHighestScore() {
        let model = LinearModel(classes: (0..<9).map { "c\($0)" }, rows: [])
        func best(_ values: [Float], limit: Int? = nil) -> Int {
            var vectors = [SIMD4<Float>](repeating: SIMD4(repeating: 1000), count: 4)
            for (index, value) in values.enumerated() { vectors[1 + index / 4][index % 4] = value }
            return vectors.withUnsafeBufferPointer { model.best($0, from: 1, limit: limit) }
        }
        #expect(best([0, 3, 3, 1, 2, 3, 0, 0, 3]) == 1)
        #expect(best([0, 1, 2, 3, 4, 5, 6, 7, 8]) == 8)
        #expect(best([8, 7, 6, 5, 4, 3, 2, 1, 0]) == 0)
        // Past `limit` (and past the last class, where the vectors go on) nothing counts.
        #expect(best([0, 1, 2, 3, 4, 5, 6, 7, 8], limit: 3) == 2)
        #expect(best([-.infinity, -.infinity, -5, -.infinity, -1, -2, -3, -4, -9]) == 4)
        #expect(best([Float](repeating: -.infinity, count: 9)) == 0)
    }

    @Test func aFileWithARepeatedFeatureIsRefused() {
        let model = LinearModel(classes: ["a", "b"], rows: Self.rows(count: 3, classes: 2, seed: 1))
        var bytes = ModelFile.encode(model)
        // The header (8 + 4 + 4 bytes), the two labels (2 + 1 bytes each), then the hashes.
        let hashes = 16 + 6
        #expect(throws: Never.self) { try ModelFile.decode(bytes) }
        for offset in 0..<8 { bytes[hashes + 8 + offset] = bytes[hashes + offset] }
        let reason: String?
        do {
            _ = try ModelFile.decode(bytes)
            reason = nil
        } catch {
            reason = error.reason
        }
        #expect(reason?.contains("repeated or empty feature hash") == true)
    }
}
