/// Reads CoNLL-U treebanks (Universal Dependencies): sentences of words with their form,
/// universal part of speech, language-specific tag and lemma. Multiword token lines (`1-2`)
/// and empty nodes (`1.1`) are skipped: their words are on the lines that follow.
public enum CoNLLU {
    /// One word of a treebank sentence.
    public struct Word: Sendable, Hashable {
        public let form: String
        public let upos: String
        public let xpos: String
        public let lemma: String

        public init(form: String, upos: String, xpos: String, lemma: String) {
            self.form = form
            self.upos = upos
            self.xpos = xpos
            self.lemma = lemma
        }
    }

    /// A line that is not CoNLL-U.
    public struct Failure: Error, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// The sentences of a CoNLL-U text.
    public static func sentences(_ text: String) throws(Failure) -> [[Word]] {
        var sentences: [[Word]] = []
        var current: [Word] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty {
                if !current.isEmpty { sentences.append(current) }
                current = []
                continue
            }
            if trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 5 else { throw Failure(line: lineNumber, reason: "a word line needs at least five columns") }
            if fields[0].contains("-") || fields[0].contains(".") { continue }
            current.append(Word(form: String(fields[1]), upos: String(fields[3]), xpos: String(fields[4]), lemma: String(fields[2])))
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}
