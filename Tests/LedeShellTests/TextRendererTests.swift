import LedeCore
import Testing
@testable import LedeShell

/// The text listing's lines: each annotation's text on one line, shown as a terminal can show it.
@Suite struct TextRendererTests {
    let renderer = TextRenderer()

    @Test func aTextIsShownOnOneLineWithItsControlsMadeVisibleAndShortened() {
        // Plain text, ASCII or not, is kept as it is.
        #expect(renderer.oneLine("Zoë’s café", limit: 80) == "Zoë’s café")
        #expect(renderer.oneLine("", limit: 80) == "")
        // Line breaks and tabs join the pieces with a space; other controls are shown.
        #expect(renderer.oneLine("one\ntwo\tthree", limit: 80) == "one two three")
        #expect(renderer.oneLine("bell\u{7}", limit: 80) == "bell^G")
        #expect(renderer.oneLine("next\u{85}line", limit: 80) == "next<U+0085>line")
        // U+00A0 and the pound sign share the C1 controls' first byte and stay as they are.
        #expect(renderer.oneLine("£5\u{A0}m", limit: 80) == "£5\u{A0}m")
        // Longer than the limit: its start and end around an ellipsis, counted in characters.
        let long = String(repeating: "é", count: 50) + String(repeating: "x", count: 50)
        #expect(renderer.oneLine(long, limit: 20) == String(repeating: "é", count: 9) + " … " + String(repeating: "x", count: 8))
    }
}
