import LedeModels
import Testing

/// The model file: what is written reads back, and a damaged file is refused with a reason.
@Suite struct ModelFileTests {
    /// Features are well-mixed 64-bit hashes, as `FeatureHasher` makes them.
    static let (a, b, c, unknown): (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9,
                                                                      0x94D0_49BB_1331_11EB, 0xD6E8_FEB8_6659_FD93)
    static let model = LinearModel(classes: ["A", "B", "C"], rows: [
        (feature: a, weights: [1, -2, 0.5]),
        (feature: b, weights: [-1, 3, 0]),
        (feature: c, weights: [0, 0, 4]),
    ])

    @Test func aModelReadsBackAndPredictsAlike() throws {
        let bytes = ModelFile.encode(Self.model)
        let read = try ModelFile.decode(bytes)
        #expect(read.classes == ["A", "B", "C"])
        #expect(read.featureCount == 3)
        for features in [[Self.a], [Self.b], [Self.c], [Self.a, Self.b], [Self.unknown]] {
            #expect(read.predict(features) == Self.model.predict(features))
        }
        #expect(read.predict([Self.a]) == 0)
        #expect(read.predict([Self.b]) == 1)
        #expect(read.predict([Self.c]) == 2)
        #expect(read.predict([Self.a, Self.b]) == 1)
        #expect(ModelFile.encode(read) == bytes)
    }

    func reason(_ bytes: [UInt8]) -> String? {
        do {
            _ = try ModelFile.decode(bytes)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func aDamagedFileIsRefusedWithAReason() {
        let bytes = ModelFile.encode(Self.model)
        #expect(reason([])?.contains("not a lede model file") == true)
        #expect(reason(Array("hello, world".utf8))?.contains("not a lede model file") == true)
        #expect(reason(Array(bytes.prefix(12)))?.contains("ends early") == true)
        #expect(reason(Array(bytes.dropLast()))?.contains("bytes of weights") == true)
        #expect(reason(bytes + [0])?.contains("bytes of weights") == true)
        var header = bytes
        for index in 8..<12 { header[index] = 0xFF }
        #expect(reason(header)?.contains("header is corrupt") == true)
    }

    @Test func everyTruncationOfAFileIsRefusedNeverACrash() {
        let bytes = ModelFile.encode(Self.model)
        for length in 0..<bytes.count {
            #expect(reason(Array(bytes.prefix(length))) != nil)
        }
    }
}
