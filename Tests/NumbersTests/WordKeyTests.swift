import Testing
@testable import Numbers

/// A token's key is its text with ASCII capitals lowered, read eight bytes at a time (inside a
/// text) or byte by byte (at the end of one): the same key either way.
@Suite struct WordKeyTests {
    /// The key of `word` at the start of a long text, or at its very end.
    func key(_ word: String, atEnd: Bool) -> WordKey? {
        let padding = String(repeating: " ", count: 40)
        let bytes = Array((atEnd ? padding + word : word + padding).utf8)
        let start = atEnd ? padding.utf8.count : 0
        return bytes.withUnsafeBufferPointer { WordKey($0, start..<start + word.utf8.count) }
    }

    @Test func aKeyIsTheLowercaseTextWhereverTheTokenIs() {
        let words = ["Million", "MILLION", "million", "@[`{", "Zürich", "ÉLAN", "twenty-FOUR", "AZaz09",
                     "abcdefghABCDEFGHijklmnop", "X", "Quarter-Of-A"]
        for word in words {
            let lowered = String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            let inside = key(word, atEnd: false)
            #expect(inside != nil)
            #expect(inside == key(word, atEnd: true), "\(word)")
            #expect(inside == key(lowered, atEnd: true), "\(word)")
            #expect(inside?.count == UInt8(word.utf8.count))
        }
        #expect(key("Million", atEnd: false) != key("Millions", atEnd: false))
        #expect(key(String(repeating: "a", count: 25), atEnd: false) == nil)
    }
}
