/// Text from an article made safe to print on a terminal: control characters shown, never sent.
///
/// An article may hold ESC, OSC, BEL or C1 controls that a terminal would obey (set the window
/// title, write the clipboard with OSC 52, clear the screen). They are shown in caret notation as
/// `cat -v` does (`^[`, `^G`, `^?`), C1 controls as `<U+009B>`; line breaks and tabs stay.
enum TerminalText {
    /// `text` with its control characters made visible.
    static func visible(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x0A, 0x09: result.unicodeScalars.append(scalar)
            case 0x0D where pending == "\n": continue
            case 0x00..<0x20: result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F: result += "^?"
            case 0x80..<0xA0: result += "<U+00" + String(scalar.value, radix: 16, uppercase: true) + ">"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `text` holds a control character other than a line break or a tab.
    static func needsEscaping(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20, byte != 0x0A, byte != 0x09 { return true }
            if byte == 0x7F { return true }
            if previous == 0xC2, byte >= 0x80, byte < 0xA0 { return true }
            previous = byte
        }
        return false
    }
}
