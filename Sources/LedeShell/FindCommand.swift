import LedeCore

/// `find /PATTERN/FLAGS`: every match of a PCRE2 pattern, keyword-in-context.
struct FindCommand: ShellCommand {
    let name = "find"
    let aliases = ["grep"]
    let group = CommandGroup.looking
    let summary = "PCRE2 matches in their context (KWIC)"
    let usage = "find /PATTERN/FLAGS"
    let takesPatterns = true
    let details = """
        The pattern is PCRE2 with Unicode properties; flags: i (ignore case), m, s, x. Words without
        slashes are found as they are written, ignoring case. Each line starts with the number of
        the sentence (see `sentences N`). Ctrl-C stops a long search.
        Examples:  find /\\bsaid\\b|\\btold\\b/       find /\\d+ people/i        find Geneva
        """

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(min: 1)
        let regex = try Self.compile(words, command: self)
        let document = try session.annotatedDocument(output: output)
        var matches: [Range<Int>] = []
        var limited = 0, emptyMatches = 0
        var paragraphs = document.annotations(in: LayerName.paragraphs).map(\.range)
        if paragraphs.isEmpty { paragraphs = [0..<document.bytes.count] }
        let budget = MatchBudget(duration: Self.timeLimit)
        var stopped = false
        try document.bytes.withUnsafeBufferPointer { all in
            for paragraph in paragraphs {
                try Interrupt.check()
                let slice = UnsafeBufferPointer(rebasing: all[paragraph])
                do {
                    try regex.forEachMatch(in: slice, budget: budget) { match in
                        // An empty match (`//`, `/x*/` between letters) finds nothing to show.
                        guard !match.range.isEmpty else { emptyMatches += 1; return true }
                        matches.append((match.range.lowerBound + paragraph.lowerBound)..<(match.range.upperBound + paragraph.lowerBound))
                        return true
                    }
                } catch let error as RegexError where error.isLimit {
                    limited += 1
                } catch MatchStopped.cancelled {
                    throw Interrupted()
                } catch MatchStopped.timeLimit {
                    stopped = true
                    break
                }
            }
        }
        if stopped {
            output.warn("the search stopped after \(Self.timeLimit): the pattern backtracks too much (a possessive or atomic group may help); the matches before it are shown")
        }
        if limited > 0 {
            output.warn("the pattern hit PCRE2's match limit in \(limited) paragraph\(limited == 1 ? "" : "s"); those were skipped (a possessive or atomic group may help)")
        }
        if matches.isEmpty {
            output.line(emptyMatches > 0 ? "/\(regex.pattern)/ matches only empty text: nothing to show" : "no match for /\(regex.pattern)/")
            return
        }
        let index = DocumentIndex(document, catalog: session.catalog)
        let kwic = KeywordInContext(document: document, width: session.outputWidth ?? 100, color: session.settings.color)
        let numberWidth = String(index.sentences.count).count + 1
        var lines: [String] = []
        for match in matches {
            let sentence = index.sentenceIndex(at: match.lowerBound).map { "s\($0 + 1)" } ?? "-"
            lines.append(kwic.line(for: match, prefix: sentence.padding(numberWidth)))
        }
        output.line("\(matches.count) match\(matches.count == 1 ? "" : "es")")
        Limited.lines(lines, settings: session.settings, output: output)
    }

    /// The pattern of `find` or `rule`: a `/pattern/flags` word, or words found literally.
    /// The most time one search may take.
    static let timeLimit = Duration.seconds(10)

    /// The regex of a `/pattern/flags` word, nil for any other word; a pattern that does not
    /// compile is an error with PCRE2's message and position.
    static func compilePattern(_ word: CommandWord) throws(CommandError) -> Regex? {
        guard let flags = word.patternFlags else { return nil }
        do { return try Regex(word.text, options: try Regex.Options(flags: flags)) } catch {
            throw PatternError.error(error, pattern: word)
        }
    }

    static func compile(_ words: [CommandWord], command: any ShellCommand) throws -> Regex {
        if words.count == 1, let pattern = try compilePattern(words[0]) { return pattern }
        if words.contains(where: { $0.patternFlags != nil }) { throw command.usageError("give one /pattern/") }
        let literal = words.map(\.text).joined(separator: " ")
        do { return try Regex("\\Q" + literal.replacing("\\E", with: "\\E\\\\E\\Q") + "\\E", options: .caseless) } catch {
            throw CommandError("cannot search for '\(literal)': \(error.message)")
        }
    }
}

/// A pattern PCRE2 rejected, reported with its message and position.
enum PatternError {
    /// The most characters of a pattern a message shows.
    static let shownLength = 60

    static func error(_ error: RegexError, pattern word: CommandWord) -> CommandError {
        guard let offset = error.offset else {
            return CommandError("bad pattern /\(excerpt(word.text, around: nil))/: \(error.message)", column: nil)
        }
        return CommandError("bad pattern /\(excerpt(word.text, around: offset))/: \(error.message) at position \(offset)",
                            column: word.text.count <= shownLength ? word.column + offset : nil)
    }

    /// A long pattern cut to `shownLength` characters around the error position.
    static func excerpt(_ pattern: String, around offset: Int?) -> String {
        let characters = Array(Text.oneLine(pattern))
        guard characters.count > shownLength else { return String(characters) }
        let center = min(max(offset ?? 0, shownLength / 2), characters.count - shownLength / 2)
        let lower = max(0, center - shownLength / 2), upper = min(characters.count, lower + shownLength)
        return (lower > 0 ? "…" : "") + String(characters[lower..<upper]) + (upper < characters.count ? "…" : "") + " (\(characters.count) characters)"
    }
}

/// Line output cut to the `rows` setting, with a note.
enum Limited {
    static func lines(_ lines: [String], settings: Settings, output: CommandOutput) {
        let limit = settings.rows ?? lines.count
        for line in lines.prefix(limit) { output.line(line) }
        if lines.count > limit {
            output.line(Style.dim.apply("… \(lines.count - limit) more (set rows all shows every line)", enabled: settings.color))
        }
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
