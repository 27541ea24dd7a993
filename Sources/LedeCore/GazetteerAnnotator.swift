import Foundation

/// An annotator made at run time from a list of terms (a gazetteer): every occurrence of a term,
/// token for token, becomes an annotation in the layer named after it. The longest term wins
/// where several start at the same token.
///
/// A term file has one term per line, optionally followed by a tab and a label; `#` starts a
/// comment line. Terms are tokenized with lede's tokenizer, so "U.S." or "COVID-19" match as the
/// text writes them whatever the spacing.
public struct GazetteerAnnotator: Annotator {
    public let name: String
    /// The label of terms that give none (the gazetteer's name in capitals unless given).
    public let label: String
    /// Whether case is ignored.
    public let ignoreCase: Bool
    /// How many terms were loaded.
    public let termCount: Int
    public let requires = [LayerName.tokens]
    public var produces: [String] { [name] }
    public var summary: String { "Gazetteer of \(termCount) term\(termCount == 1 ? "" : "s") → layer \(name)" }

    private struct Entry: Sendable {
        let tokens: [String]
        let label: String
    }
    /// Terms by their first token, longest first.
    private let entries: [String: [Entry]]

    /// A term file that cannot be used.
    public struct LoadError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// A gazetteer of `terms`, each with an optional label of its own.
    public init(name: String, label: String? = nil, terms: [(term: String, label: String?)], ignoreCase: Bool = false) {
        self.name = name
        let defaultLabel = label ?? name.uppercased()
        self.label = defaultLabel
        self.ignoreCase = ignoreCase
        let tokenizer = Tokenizer()
        var entries: [String: [Entry]] = [:]
        var count = 0
        for (term, termLabel) in terms {
            let text = ignoreCase ? term.lowercased() : term
            let bytes = Array(text.utf8)
            let words = tokenizer.tokenize(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
            guard let first = words.first else { continue }
            entries[first, default: []].append(Entry(tokens: words, label: termLabel ?? defaultLabel))
            count += 1
        }
        for key in entries.keys { entries[key]?.sort { $0.tokens.count > $1.tokens.count } }
        self.entries = entries
        self.termCount = count
    }

    /// Reads a term file.
    public static func load(name: String, path: String, label: String? = nil, ignoreCase: Bool = false) throws(LoadError) -> GazetteerAnnotator {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw LoadError(path: path, reason: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(path: path, reason: "cannot be read")
        }
        let text: String
        do { text = try TextDecoding.decode(data).text } catch { throw LoadError(path: path, reason: error.description) }
        var terms: [(term: String, label: String?)] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let termLabel = fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil
            terms.append((fields[0], termLabel))
        }
        if terms.isEmpty { throw LoadError(path: path, reason: "holds no terms (one per line, optionally TAB and a label)") }
        return GazetteerAnnotator(name: name, label: label, terms: terms, ignoreCase: ignoreCase)
    }

    public func annotate(_ document: inout Document) throws {
        let tokens = document.tokens
        let bytes = document.bytes
        let words = tokens.map { token -> String in
            let word = String(decoding: bytes[token.range], as: UTF8.self)
            return ignoreCase ? word.lowercased() : word
        }
        var found: [Annotation] = []
        var index = 0
        while index < words.count {
            var matched = 0
            if let candidates = entries[words[index]] {
                for entry in candidates where index + entry.tokens.count <= words.count {
                    if zip(entry.tokens, words[index...]).allSatisfy({ $0 == $1 }) {
                        let range = tokens[index].range.lowerBound..<tokens[index + entry.tokens.count - 1].range.upperBound
                        found.append(Annotation(layer: name, label: entry.label, range: range))
                        matched = entry.tokens.count
                        break
                    }
                }
            }
            index += max(1, matched)
        }
        document.setLayer(name, found)
    }
}
