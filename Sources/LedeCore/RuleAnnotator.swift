/// An annotator made at run time from a PCRE2 pattern, as spaCy's EntityRuler or CoreNLP's
/// RegexNER: every match becomes an annotation in the layer named after the rule.
///
/// Patterns are matched paragraph by paragraph. PCRE2's match limit bounds the work at each start
/// position: a paragraph where it is hit is skipped with a warning on the document. A time budget
/// bounds the whole document (checked at every start position PCRE2 tries): when it runs out the
/// rule stops, keeps what it found, and leaves a warning. Ctrl-C stops it too.
public struct RuleAnnotator: Annotator {
    public let name: String
    /// The label of every annotation (the rule's name in capitals unless given).
    public let label: String
    /// The compiled pattern.
    public let regex: Regex
    /// The built-in layer its matches also go into, where they win over what they overlap.
    public let into: MentionOverride?
    public var requires: [String] { [LayerName.paragraphs] + (into?.requires ?? []) }
    public var modifies: [String] { into?.clears ?? [] }
    /// Its layer; each named capture group of the pattern is an attribute of the matches.
    public var layers: [LayerSpec] {
        [LayerSpec(name: name, kind: .mention, title: name, labels: [LabelSpec(label, "a match of /\(regex.pattern)/")],
                   attributes: regex.namedGroups.map { AttributeSpec($0.name, .string, "the text of the group (?<\($0.name)>…)") })]
    }
    public var summary: String {
        "Rule /\(regex.pattern)/\(flagLetters) → layer \(name)\(into.map { " and \($0.layer)" } ?? ""), label \(label)"
    }
    /// The most time the rule may spend on one document.
    public let timeLimit: Duration

    /// The default time budget per document.
    public static let defaultTimeLimit = Duration.seconds(2)

    /// Compiles `pattern` with the flag letters written after it (`i`, `m`, `s`, `x`).
    /// With `into`, matches also go into that built-in layer (`MentionOverride`).
    public init(name: String, label: String? = nil, pattern: String, flags: String = "", into: MentionOverride? = nil,
                timeLimit: Duration = RuleAnnotator.defaultTimeLimit) throws(RegexError) {
        self.name = name
        self.label = label ?? name.uppercased()
        self.regex = try Regex(pattern, options: try Regex.Options(flags: flags))
        self.into = into
        self.timeLimit = timeLimit
    }

    private var flagLetters: String {
        var letters = ""
        if regex.options.contains(.caseless) { letters += "i" }
        if regex.options.contains(.multiline) { letters += "m" }
        if regex.options.contains(.dotAll) { letters += "s" }
        if regex.options.contains(.extended) { letters += "x" }
        return letters
    }

    public func annotate(_ document: inout Document) throws {
        var paragraphs = document.annotations(in: LayerName.paragraphs).map(\.range)
        if paragraphs.isEmpty { paragraphs = [0..<document.bytes.count] }
        var found: [Annotation] = []
        var skipped = 0
        var firstError: RegexError?
        var stopped: (reason: MatchStopped, paragraph: Int)?
        let layer = name, label = label, regex = regex, namedGroups = regex.namedGroups
        let budget = MatchBudget(duration: timeLimit)
        document.bytes.withUnsafeBufferPointer { all in
            for (number, paragraph) in paragraphs.enumerated() {
                let slice = UnsafeBufferPointer(rebasing: all[paragraph.clamped(to: 0..<all.count)])
                do {
                    try regex.forEachMatch(in: slice, budget: budget) { match in
                        if !match.range.isEmpty {
                            let range = (match.range.lowerBound + paragraph.lowerBound)..<(match.range.upperBound + paragraph.lowerBound)
                            var attributes = Attributes()
                            for group in namedGroups where group.number <= match.groups.count {
                                guard let captured = match.groups[group.number - 1] else { continue }
                                attributes[group.name] = .string(String(decoding: slice[captured], as: UTF8.self))
                            }
                            found.append(Annotation(layer: layer, label: label, range: range, attributes: attributes))
                        }
                        return true
                    }
                } catch let reason as MatchStopped {
                    stopped = (reason, number)
                    return
                } catch {
                    skipped += 1
                    if firstError == nil { firstError = error as? RegexError }
                }
            }
        }
        if let stopped, stopped.reason == .cancelled { throw stopped.reason }
        document.setLayer(name, found)
        into?.apply(found, rule: name, to: &document)
        if skipped > 0 {
            let reason = firstError.map { $0.message } ?? "match error"
            document.addWarning("rule '\(name)': \(reason) in \(skipped) paragraph\(skipped == 1 ? "" : "s"), skipped")
        }
        if let stopped {
            document.addWarning("rule '\(name)': stopped after \(timeLimit) in paragraph \(stopped.paragraph + 1) of "
                + "\(paragraphs.count): \(stopped.reason); the \(found.count) match\(found.count == 1 ? "" : "es") before it are kept")
        }
    }
}
