import LedeCore

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

/// The colours of layers and labels, shared by `highlight`, `who`, the HTML export and legends,
/// chosen from what the layer's declaration says the label names: people, organizations, groups,
/// places and quantities each have a colour; statements are green (their labels plain, then
/// underlined, then in italics); relations bold yellow; a layer whose labels name none of these
/// (a rule, a custom module) gets a colour of its own, the same in every run.
public enum Palette {
    /// The terminal style of a label of a layer.
    public static func style(_ spec: LayerSpec, label: String) -> Style {
        switch spec.kind {
        case .structure: return Style("4")
        case .statement: return Style(["32", "4;32", "3;32"][min(2, spec.labels.firstIndex { $0.name == label } ?? 0)])
        case .relation: return Style("1;33")
        case .mention:
            switch spec.label(label)?.category {
            case .person: return Style("1;36")
            case .organization: return Style("1;35")
            case .group: return Style("33")
            case .place: return Style("1;34")
            case .quantity: return Style("1;31")
            case nil:
                let custom = ["1;92", "1;95", "1;96", "1;93", "1;94", "1;91"]
                return Style(custom[stableHash(spec.name) % custom.count])
            }
        }
    }

    /// The CSS colour of a label of a layer in HTML.
    public static func cssColor(_ spec: LayerSpec, label: String) -> String {
        switch spec.kind {
        case .structure: return "#e8e8e8"
        case .statement: return "#b8e8a8"
        case .relation: return "#ffd27f"
        case .mention:
            switch spec.label(label)?.category {
            case .person: return "#7fd3e6"
            case .organization: return "#e2a8f0"
            case .group: return "#f5e08a"
            case .place: return "#9cc3ff"
            case .quantity:
                // Each kind of number a colour of its own, warm hues apart from the names'.
                let kinds = ["#ffab9e", "#ffd08a", "#f6b3c9", "#e6c79c", "#ffc4a8", "#f0a3a3", "#f7e0a0", "#e9b8d8", "#ffbf80", "#d9b38c"]
                return kinds[(spec.labels.firstIndex { $0.name == label } ?? stableHash(label)) % kinds.count]
            case nil:
                let custom = ["#c6f0c2", "#f7c6e0", "#c2f0ee", "#f0e6c2", "#d4d0f7", "#f7d0c6"]
                return custom[stableHash(spec.name) % custom.count]
            }
        }
    }

    /// A hash that does not change between runs (Swift's `hashValue` is seeded per process).
    static func stableHash(_ text: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash % 1_000_003)
    }
}
