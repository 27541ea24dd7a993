import LedeModels
import Testing

@Suite struct PerceptronTrainerTests {
    static let bias: UInt64 = 0x0B1A_5000_0000_0001, a: UInt64 = 0xA0A0_0000_0000_0002
    static let b: UInt64 = 0xB0B0_0000_0000_0003, c: UInt64 = 0xC0C0_0000_0000_0004

    /// A trainer shown each of `examples` (a feature with a bias feature, and its class)
    /// `rounds` times, in order.
    func trainer(_ examples: [(UInt64, Int)], rounds: Int = 3) -> PerceptronTrainer {
        var trainer = PerceptronTrainer(classes: ["A", "B"])
        for _ in 0..<rounds {
            for (feature, truth) in examples {
                let features = [Self.bias, feature]
                trainer.update(features: features, truth: truth, guess: trainer.predict(features))
            }
        }
        return trainer
    }

    @Test func theMeanOfOneTrainerIsItsAveragedModel() {
        let one = trainer([(Self.a, 1), (Self.b, 0)])
        let averaged = one.averaged(), mean = PerceptronTrainer.mean(of: [one])
        #expect(averaged.featureCount == 3)
        #expect(mean.featureCount == averaged.featureCount)
        for feature in [Self.a, Self.b] {
            #expect(mean.predict([Self.bias, feature]) == averaged.predict([Self.bias, feature]))
        }
    }

    @Test func theMeanKeepsTheFeaturesOfEveryTrainerAndTheirVote() {
        let first = trainer([(Self.a, 1), (Self.b, 0)]), second = trainer([(Self.b, 0), (Self.a, 1)])
        let third = trainer([(Self.c, 1), (Self.b, 0)])
        let mean = PerceptronTrainer.mean(of: [first, second, third])
        #expect(mean.featureCount == 4)
        #expect(mean.predict([Self.bias, Self.a]) == 1)
        #expect(mean.predict([Self.bias, Self.b]) == 0)
        #expect(mean.predict([Self.bias, Self.c]) == 1)
        // Rows whose mean weights are all small are left out.
        #expect(PerceptronTrainer.mean(of: [first, second, third], threshold: 100).featureCount == 0)
    }
}
