import LedeCore
import Testing

@Suite struct TokenizerTests {
    func texts(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func numbersKeepSeparatorsAndDecimals() {
        #expect(texts("more than 1,300 wounded, 3.5 percent") == ["more", "than", "1,300", "wounded", ",", "3.5", "percent"])
    }
}
