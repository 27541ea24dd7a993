import LedeCore

/// `rule NAME /PATTERN/FLAGS [LABEL]`: a PCRE2 rule annotator added to the chain.
struct RuleCommand: ShellCommand {
    let name = "rule"
    let group = CommandGroup.extending
    let summary = "Add a PCRE2 rule annotator (layer NAME)"
    let usage = "rule NAME /PATTERN/FLAGS [LABEL] [--into entities]"
    let takesPatterns = true
    let details = """
        Like spaCy's EntityRuler or CoreNLP's RegexNER, without compiling anything. Matches are
        annotations in the layer NAME, labelled LABEL (NAME in capitals unless given); a named
        group (?<value>…) becomes the attribute value. Defining NAME again replaces the rule.
        Patterns match within a paragraph; flags: i, m, s, x. With --into entities the matches
        are entities too (LABEL: PERSON, ORG or NORP) and win over the entities and places they
        overlap; roles and quotes see them.
        Examples:  rule casualties /\\b(?<count>\\d[\\d,]*) (?:people|civilians)\\b/i
                   rule weapons /\\b(?:missiles?|drones?)\\b/i WEAPON
                   rule banks /\\bJP ?Morgan\\b/ ORG --into entities
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .none }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        var reader = ArgumentReader(arguments, for: self)
        let into = try MentionTargets.parse(try reader.option("--into"), command: self)
        let words = try reader.positional(min: 2, max: 3)
        let name = try RuleNames.check(words[0].text, command: self)
        guard let flags = words[1].patternFlags else { throw usageError("the pattern goes between slashes") }
        let label = words.count > 2 ? words[2].text : nil
        if let label, !GazetteerAnnotator.isValidLabel(Substring(label)) {
            throw usageError("the label '\(Text.oneLine(label))' holds white space or a control character; a label is one word")
        }
        let rule: RuleAnnotator
        do { rule = try RuleAnnotator(name: name, label: label, pattern: words[1].text, flags: flags, into: into) } catch {
            throw PatternError.error(error, pattern: words[1])
        }
        try MentionTargets.check(labels: [rule.label], into: into, in: session, command: self)
        if try session.define(rule) { output.warn("rule \(name) replaces the earlier \(name)") }
        if session.isInteractive {
            output.line("rule \(name): /\(words[1].text)/\(flags) → layer \(name)\(into.map { " and \($0.layer)" } ?? ""), label \(rule.label)")
        }
    }
}

/// `gazetteer NAME FILE`: a term-list annotator added to the chain.
struct GazetteerCommand: ShellCommand {
    let name = "gazetteer"
    let group = CommandGroup.extending
    let summary = "Add a term-list annotator to the chain"
    let usage = "gazetteer NAME FILE [-i] [--into entities]"
    let details = """
        Every occurrence of a term, token for token, becomes an annotation in the layer NAME; the
        longest term wins. A line may give its own label after a TAB; '#' starts a comment.
        With --into entities the terms are entities too (labels PERSON, ORG or NORP) and win over
        the entities and places they overlap; roles and quotes see them.
        Examples:  gazetteer weapons Examples/scripts/weapons.txt --ignore-case
                   gazetteer firms firms.tsv --into entities      (a line: JP Morgan<TAB>ORG)
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { index == 1 ? .files : .none }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        var reader = ArgumentReader(arguments, for: self)
        let ignoreCase = reader.flag("--ignore-case") || reader.flag("-i")
        let into = try MentionTargets.parse(try reader.option("--into"), command: self)
        let words = try reader.positional(min: 2, max: 2)
        let name = try RuleNames.check(words[0].text, command: self)
        let path = Paths.expand(words[1].text, environment: session.environment)
        let gazetteer: GazetteerAnnotator
        do { gazetteer = try GazetteerAnnotator.load(name: name, path: path, ignoreCase: ignoreCase, into: into) } catch {
            throw CommandError(error.description)
        }
        try MentionTargets.check(labels: gazetteer.labels, into: into, in: session, command: self)
        if try session.define(gazetteer) { output.warn("gazetteer \(name) replaces the earlier \(name)") }
        if session.isInteractive {
            output.line("gazetteer \(name): \(gazetteer.termCount) terms → layer \(name)\(into.map { " and \($0.layer)" } ?? "")")
        }
    }
}

/// Names of run-time annotators: a word that can name a layer, a brat type and a CSS class.
enum RuleNames {
    static func check(_ name: String, command: any ShellCommand) throws -> String {
        let allowed = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, allowed else {
            throw command.usageError("'\(name)' cannot name a rule: use letters, digits, '_' and '-', starting with a letter")
        }
        return name
    }
}

/// `--into LAYER` of `rule` and `gazetteer`: the built-in layers a user's matches can correct.
enum MentionTargets {
    /// The target named, or nil when the option was not given.
    static func parse(_ value: String?, command: any ShellCommand) throws -> MentionOverride? {
        guard let value else { return nil }
        guard let target = MentionOverride.targets[value] else {
            let names = MentionOverride.targets.keys.sorted().joined(separator: ", ")
            throw command.usageError("--into takes \(names), not '\(Text.oneLine(value))'")
        }
        return target
    }

    /// Throws unless every label is one the target layer declares (its exports and the
    /// annotators that read it know no others).
    static func check(labels: [String], into target: MentionOverride?, in session: Session, command: any ShellCommand) throws {
        guard let target, let spec = session.catalog.declared[target.layer] else { return }
        for label in labels where !spec.declares(label: label) {
            let known = spec.labels.map(\.name).joined(separator: ", ")
            throw command.usageError("--into \(target.layer) takes the labels \(known), not '\(Text.oneLine(label))'")
        }
    }
}
