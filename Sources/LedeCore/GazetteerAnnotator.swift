/// An annotator made at run time from a list of terms (a gazetteer): every occurrence of a term,
/// token for token, becomes an annotation in the layer named after it. The longest term wins
/// where several start at the same token.
///
/// A term file has one term per line, optionally followed by a tab and a label; `#` starts a
/// comment line. Terms are tokenized with lede's tokenizer, so "U.S." or "COVID-19" match as the
/// text writes them whatever the spacing. Terms are kept in a trie of tokens, so the work at a
/// token is bounded by the longest term, however many terms share their first words.
public struct GazetteerAnnotator: Annotator {
    public let name: String
    /// The label of terms that give none (the gazetteer's name in capitals unless given).
    public let label: String
    /// Whether case is ignored.
    public let ignoreCase: Bool
    /// How many terms were loaded.
    public let termCount: Int
    /// The built-in layer its terms also go into, where they win over what they overlap.
    public let into: MentionOverride?
    public var requires: [String] { [LayerName.tokens] + (into?.requires ?? []) }
    public var modifies: [String] { into?.clears ?? [] }
    /// Every label its terms give.
    public var labels: [String] { trie.termLabels }
    /// Its layer: a mention layer whose labels are those the terms give.
    public var layers: [LayerSpec] {
        [LayerSpec(name: name, kind: .mention, title: name, labels: trie.termLabels.map { LabelSpec($0) })]
    }
    public var summary: String {
        "Gazetteer of \(termCount) term\(termCount == 1 ? "" : "s") → layer \(name)\(into.map { " and \($0.layer)" } ?? "")"
    }

    /// The trie of term tokens.
    private let trie: TokenTrie

    /// The largest term file read.
    public static let maximumFileBytes = 256 * 1024 * 1024

    /// A term file that cannot be used.
    public struct LoadError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// A gazetteer of `terms`, each with an optional label of its own.
    public init(name: String, label: String? = nil, terms: [(term: String, label: String?)], ignoreCase: Bool = false,
                into: MentionOverride? = nil) {
        self.name = name
        self.into = into
        let defaultLabel = label ?? name.uppercased()
        self.label = defaultLabel
        self.ignoreCase = ignoreCase
        let tokenizer = Tokenizer()
        var trie = TokenTrie()
        var count = 0
        for (term, termLabel) in terms {
            let text = ignoreCase ? term.lowercased() : term
            let bytes = Array(text.utf8)
            let words = tokenizer.tokenize(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
            guard !words.isEmpty else { continue }
            trie.insert(words, label: termLabel ?? defaultLabel)
            count += 1
        }
        self.trie = trie
        self.termCount = count
    }

    /// Whether `label` can label annotations: no white space or control characters, which would
    /// break the columns of CoNLL, brat and TSV output.
    public static func isValidLabel(_ label: Substring) -> Bool {
        !label.isEmpty && !label.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control }
    }

    /// Reads a term file.
    public static func load(name: String, path: String, label: String? = nil, ignoreCase: Bool = false,
                            into: MentionOverride? = nil) throws(LoadError) -> GazetteerAnnotator {
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path, limit: maximumFileBytes, refusingBinary: true) } catch {
            throw LoadError(path: path, reason: error.reason)
        }
        let text: String
        do { text = try TextDecoding.decode(bytes).text } catch { throw LoadError(path: path, reason: error.description) }
        var terms: [(term: String, label: String?)] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            let term = fields[0].trimmingSpaces
            if term.isEmpty || term.hasPrefix("#") { continue }
            var termLabel: String?
            if fields.count > 1 {
                let given = fields[1].trimmingSpaces
                if !given.isEmpty {
                    guard isValidLabel(given) else {
                        throw LoadError(path: "\(path):\(index + 1)",
                                        reason: "the label '\(given.debugDescription.dropFirst().dropLast())' holds white space or a control character; a label is one word")
                    }
                    termLabel = String(given)
                }
            }
            terms.append((String(term), termLabel))
        }
        if terms.isEmpty { throw LoadError(path: path, reason: "holds no terms (one per line, optionally TAB and a label)") }
        return GazetteerAnnotator(name: name, label: label, terms: terms, ignoreCase: ignoreCase, into: into)
    }

    public func annotate(_ document: inout Document) throws {
        let tokens = document.tokens
        let words = ignoreCase ? document.tokenTexts.map { $0.lowercased() } : document.tokenTexts
        var found: [Annotation] = []
        var index = 0
        while index < words.count {
            if let match = trie.longestMatch(in: words, from: index) {
                let range = tokens[index].range.lowerBound..<tokens[index + match.length - 1].range.upperBound
                found.append(Annotation(layer: name, label: match.label, range: range))
                index += match.length
            } else {
                index += 1
            }
        }
        document.setLayer(name, found)
        into?.apply(found, rule: name, to: &document)
    }
}

/// A trie whose edges are words: one hash table from (node, word) to the child node.
struct TokenTrie: Sendable {
    private struct Edge: Hashable, Sendable {
        let node: Int32
        let word: String
    }
    private var edges: [Edge: Int32] = [:]
    /// The label of the term that ends at each node (nil: no term ends there). Node 0 is the root.
    private var labels: [String?] = [nil]

    /// Every label, in the order first given.
    private(set) var termLabels: [String] = []

    mutating func insert(_ words: [String], label: String) {
        if !termLabels.contains(label) { termLabels.append(label) }
        var node: Int32 = 0
        for word in words {
            let edge = Edge(node: node, word: word)
            if let child = edges[edge] {
                node = child
            } else {
                let child = Int32(labels.count)
                labels.append(nil)
                edges[edge] = child
                node = child
            }
        }
        // The first definition of a term keeps its label.
        if labels[Int(node)] == nil { labels[Int(node)] = label }
    }

    /// The longest term that starts at `start`: its length in words and its label.
    func longestMatch(in words: [String], from start: Int) -> (length: Int, label: String)? {
        var node: Int32 = 0
        var best: (length: Int, label: String)?
        var index = start
        while index < words.count, let child = edges[Edge(node: node, word: words[index])] {
            node = child
            index += 1
            if let label = labels[Int(node)] { best = (index - start, label) }
        }
        return best
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
