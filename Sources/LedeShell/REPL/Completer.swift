import Foundation
import LedeCore

/// What Tab offers, worked out from the line so far: command names first, then whatever the
/// command's argument takes (annotators, layers, labels, files, names in the article…).
/// Kept apart from readline so that it can be tested directly.
public struct Completer {
    public let session: Session

    public init(session: Session) {
        self.session = session
    }

    /// The completions of the word being typed.
    public enum Result: Equatable {
        /// Replacements for the word, already filtered.
        case candidates([String])
        /// File names (readline's own completion).
        case files
    }

    /// `before` is the line before the word being completed; `word` is the word so far.
    public func complete(before: String, word: String) -> Result {
        let segment = before.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        // An opening quote just before the word (`--by "Ara`) belongs to the word, not before it.
        let words = (segment.hasSuffix("\"") ? String(segment.dropLast()) : segment)
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let commandName = words.first else {
            return .candidates(session.commands.names.filter { $0.hasPrefix(word) && $0 != "?" })
        }
        guard let command = session.commands.command(named: commandName) else { return .candidates([]) }
        let previous = Array(words.dropFirst()).map(Self.unquoted)
        let kind = command.completion(forArgument: previous.count, previous: previous)
        let document = session.currentDocument
        switch kind {
        case .none: return .candidates([])
        case .files: return .files
        case .commands: return .candidates(filter(session.commands.commands.map(\.name), word))
        case .annotators: return .candidates(filter(session.registry.names + ["all"], word))
        case .chainAnnotators: return .candidates(filter(session.chain, word))
        case .layers:
            var layers = document?.layerNames ?? []
            for layer in session.registry.layers where !layers.contains(layer) { layers.append(layer) }
            return .candidates(filter(layers, word))
        case .labels(let layer):
            guard let document else { return .candidates([]) }
            return .candidates(filter(LayerViews.labels(in: document, layer: layer), word))
        case .words(let options): return .candidates(filter(options, word))
        case .speakers:
            guard let document else { return .candidates([]) }
            return .candidates(Self.quotedNames(DocumentIndex(document, catalog: session.catalog).speakers, word: word,
                                                afterOpeningQuote: before.hasSuffix("\"")))
        case .names:
            guard let document else { return .candidates([]) }
            // The name is the rest of the line: match what was typed after the command name.
            let typed = segment.drop(while: { $0 == " " }).dropFirst(commandName.count).drop(while: { $0 == " " })
            return .candidates(restOfLine(DocumentIndex(document, catalog: session.catalog).names, typed: String(typed), word: word))
        }
    }

    /// Candidates that start with `word` (case-sensitively first; ignoring case when none does).
    private func filter(_ options: [String], _ word: String) -> [String] {
        var seen = Set<String>()
        let unique = options.filter { seen.insert($0).inserted }
        let exact = unique.filter { $0.hasPrefix(word) }
        if !exact.isEmpty || word.isEmpty { return exact }
        return unique.filter { $0.lowercased().hasPrefix(word.lowercased()) }
    }

    /// Names that continue what was typed (`typed` + `word`, ignoring case and accents), as
    /// replacements for `word` alone.
    private func restOfLine(_ names: [String], typed: String, word: String) -> [String] {
        let prefix = NameMatch.folded(Self.unquoted(typed + word))
        var result: [String] = []
        for name in names where NameMatch.folded(name).hasPrefix(prefix) {
            let typedCount = Self.unquoted(typed).count
            guard name.count >= typedCount else { continue }
            let replacement = String(name.dropFirst(typedCount))
            if !result.contains(replacement) { result.append(replacement) }
        }
        return result
    }

    /// Names whose start or any of whose words (a surname) starts with `word`, each as one
    /// argument: quoted when it has a space (`"Abbas Araghchi"`); after a quote the user opened,
    /// the name alone (readline closes the quote).
    static func quotedNames(_ names: [String], word: String, afterOpeningQuote: Bool) -> [String] {
        let prefix = NameMatch.folded(unquoted(word))
        var result: [String] = []
        for name in names {
            let folded = NameMatch.folded(name)
            guard folded.hasPrefix(prefix) || folded.split(separator: " ").contains(where: { $0.hasPrefix(prefix) }) else { continue }
            let completion = afterOpeningQuote ? name : CommandQuoting.quote(name)
            if !result.contains(completion) { result.append(completion) }
        }
        return result
    }

    static func unquoted(_ word: String) -> String {
        String(word.filter { $0 != "\"" && $0 != "'" })
    }
}
