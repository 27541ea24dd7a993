@testable import Entities
import Testing

/// The recognizer keeps keys for every token of a document: their size bounds the memory a long
/// document needs.
@Suite struct EntityContextTests {
    @Test func aTokensKeysTakeFortyBytes() {
        #expect(MemoryLayout<EntityContext.Keys>.stride == 40)
    }

    @Test func narrowKeysReadBackWhatFits() {
        var keys = EntityContext.Keys()
        keys.form = 0x1_2345_6789
        keys.upos = 300
        #expect(keys.form == 0x2345_6789)
        #expect(keys.upos == 300 & 0xFF)
    }
}
