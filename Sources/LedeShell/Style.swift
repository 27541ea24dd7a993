/// ANSI styles for terminal output, applied only when colours are on.
public struct Style: Sendable, Hashable {
    /// The SGR parameters, such as `1;36`.
    public let codes: String

    public init(_ codes: String) { self.codes = codes }

    public static let bold = Style("1")
    public static let dim = Style("2")
    public static let red = Style("31")
    public static let green = Style("32")
    public static let yellow = Style("33")
    public static let blue = Style("34")
    public static let magenta = Style("35")
    public static let cyan = Style("36")
    public static let boldRed = Style("1;31")
    public static let boldGreen = Style("1;32")
    public static let boldYellow = Style("1;33")
    public static let reverse = Style("7")

    /// The escape sequence that turns the style on.
    public var on: String { "\u{1B}[\(codes)m" }
    /// The escape sequence that resets every style.
    public static let reset = "\u{1B}[0m"

    /// `text` in this style when `enabled`, else unchanged.
    public func apply(_ text: String, enabled: Bool) -> String {
        enabled && !text.isEmpty ? on + text + Style.reset : text
    }
}

/// The colours of layers and labels, shared by `highlight`, the HTML export and legends.
public enum Palette {
    /// The terminal style of an annotation.
    public static func style(layer: String, label: String) -> Style {
        switch layer {
        case "entities":
            switch label {
            case "PERSON": return Style("1;36")
            case "ORG": return Style("1;35")
            default: return Style("33")
            }
        case "places": return Style("1;34")
        case "roles": return Style("1;33")
        case "quotes":
            switch label {
            case "INDIRECT": return Style("3;32")
            case "PARTIAL": return Style("4;32")
            default: return Style("32")
            }
        case "numbers": return Style("1;31")
        case "sentences", "paragraphs", "tokens": return Style("4")
        default:
            let custom = ["1;92", "1;95", "1;96", "1;93", "1;94", "1;91"]
            return Style(custom[stableHash(layer) % custom.count])
        }
    }

    /// The CSS colour of an annotation in HTML.
    public static func cssColor(layer: String, label: String) -> String {
        switch layer {
        case "entities":
            switch label {
            case "PERSON": return "#7fd3e6"
            case "ORG": return "#e2a8f0"
            default: return "#f5e08a"
            }
        case "places": return "#9cc3ff"
        case "roles": return "#ffd27f"
        case "quotes": return "#b8e8a8"
        case "numbers": return "#ffab9e"
        default:
            let custom = ["#c6f0c2", "#f7c6e0", "#c2f0ee", "#f0e6c2", "#d4d0f7", "#f7d0c6"]
            return custom[stableHash(layer) % custom.count]
        }
    }

    /// A hash that does not change between runs (Swift's `hashValue` is seeded per process).
    static func stableHash(_ text: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash % 1_000_003)
    }
}
