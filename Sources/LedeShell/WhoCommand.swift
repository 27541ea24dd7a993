import LedeCore

/// `who NAME`: everything the article says about one person (or organization): every mention,
/// their roles, what they said, and the places and numbers in their sentences.
struct WhoCommand: ShellCommand {
    let name = "who"
    let group = CommandGroup.looking
    let summary = "A person: mentions, roles, quotes, places, numbers"
    let usage = "who [is] NAME"
    let details = """
        NAME may be part of the name (a surname) and ignores case and accents; a question reads
        as well ("who is Araghchi?").
        Examples:  who Araghchi        who "Masoud Pezeshkian"        who is IRNA?
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .names }

    /// The name in the words of a question: "is"/"was" before it and a question mark after it
    /// are dropped (`who is Araghchi?` asks for `Araghchi`).
    static func name(asked words: [String], by command: any ShellCommand) throws -> String {
        var words = words
        if words.count > 1, ["is", "was", "are", "were"].contains(words[0].lowercased()) { words.removeFirst() }
        words = withoutQuestionMark(words)
        guard !words.isEmpty else { throw command.usageError() }
        return words.joined(separator: " ")
    }

    /// Someone the document talks about.
    struct Person {
        var name: String
        var label: String
        var mentions: [Annotation] = []
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let query = try Self.name(asked: ArgumentReader(arguments, for: self).positional(min: 1).map(\.text), by: self)
        let document = try session.annotatedDocument(output: output)
        let catalog = session.catalog
        let index = DocumentIndex(document, catalog: catalog)
        let person = try resolve(query, in: index)
        let color = session.settings.color
        let width = session.outputWidth ?? 100
        func isTheirs(_ annotation: Annotation) -> Bool {
            NameMatch.score(query: catalog.agent(of: annotation, in: document) ?? "", candidate: person.name) == 2
        }
        // Facts about the person (roles) and what they said (quotes): the relation and statement
        // layers whose agent they are.
        let relationLayers = catalog.layers(of: document, kind: .relation)
        let statementLayers = catalog.layers(of: document, kind: .statement)
        let statements = statementLayers.flatMap { document.annotations(in: $0).filter(isTheirs) }
        // Their sentences: where they are named or quoted.
        var sentenceSet = Set<Int>()
        for mention in person.mentions { index.sentenceIndices(overlapping: mention.range).forEach { sentenceSet.insert($0) } }
        for statement in statements { index.sentenceIndices(overlapping: statement.range).forEach { sentenceSet.insert($0) } }
        let sentenceRanges = sentenceSet.sorted().map { index.sentences[$0].range }
        func inTheirSentences(_ annotation: Annotation) -> Bool {
            sentenceRanges.contains { $0.overlaps(annotation.range) }
        }

        let heading = Style.bold.apply(Text.oneLine(person.name), enabled: color)
        output.line("\(heading)  \(person.label) · \(person.mentions.count) mention\(person.mentions.count == 1 ? "" : "s") · \(statements.count) quote\(statements.count == 1 ? "" : "s")")

        for layer in relationLayers {
            let spec = catalog.spec(layer, in: document)
            let facts = document.annotations(in: layer).filter(isTheirs)
            output.line()
            output.line(Style.bold.apply(spec.title, enabled: color))
            if facts.isEmpty { output.line("  (none found)") }
            var seen = Set<String>()
            for fact in facts {
                let values = spec.columns.filter { $0.role != .agent }.map { Text.oneLine(Text.value(fact[$0.name])) }.filter { !$0.isEmpty }
                let line = values.isEmpty ? Text.oneLine(document.text(of: fact)) : values.joined(separator: ", ")
                if seen.insert(line).inserted { output.line("  " + line) }
            }
        }

        for layer in statementLayers {
            let spec = catalog.spec(layer, in: document)
            let theirs = document.annotations(in: layer).filter(isTheirs)
            output.line()
            let byLabel = Dictionary(grouping: theirs, by: \.label)
            let counts = spec.labels.map(\.name).compactMap { label in byLabel[label].map { "\($0.count) \(label.lowercased())" } }
            output.line(Style.bold.apply(spec.title, enabled: color) + (counts.isEmpty ? "" : "  " + counts.joined(separator: " · ")))
            if theirs.isEmpty { output.line("  (none found)") }
            let detail = spec.columns.first { $0.role != .agent }
            func detailValue(_ statement: Annotation) -> String {
                Text.oneLine(Text.value(detail.flatMap { statement[$0.name] }))
            }
            let detailWidth = (theirs.map { detailValue($0).count }.max() ?? 0) + 2
            let labelWidth = (spec.labels.map(\.name.count).max() ?? 8) + 2
            let textWidth = max(30, width - 3 - labelWidth - detailWidth)
            for statement in theirs {
                let value = detailValue(statement)
                let text = Text.truncate(Text.oneLine(document.text(of: statement)), textWidth)
                output.line("  " + statement.label.padding(labelWidth) + value.padding(detailWidth)
                    + Palette.style(spec, label: statement.label).apply(text, enabled: color))
            }
        }

        // Every other mention layer (places, numbers, rules, custom modules): what stands in their sentences.
        let personLayers = Set(person.mentions.map(\.layer))
        for layer in catalog.layers(of: document, kind: .mention) where !personLayers.contains(layer) {
            let spec = catalog.spec(layer, in: document)
            if spec.labels.contains(where: { $0.category == .person || $0.category == .organization }) { continue }
            let found = document.annotations(in: layer).filter(inTheirSentences)
            output.line()
            output.line(Style.bold.apply("\(spec.title) in their sentences", enabled: color))
            if found.isEmpty {
                output.line("  (none)")
            } else if spec.attribute(playing: .name) != nil {
                // Named things (places): each once, with how often.
                var counts: [(String, Int)] = []
                for annotation in found {
                    let name = index.referent(annotation)
                    if let position = counts.firstIndex(where: { $0.0 == name }) { counts[position].1 += 1 } else { counts.append((name, 1)) }
                }
                output.line("  " + counts.map { $0.1 > 1 ? "\($0.0) ×\($0.1)" : $0.0 }.joined(separator: ", "))
            } else {
                let labelWidth = (spec.labels.map(\.name.count).max() ?? 7) + 2
                for annotation in found {
                    var line = "  " + annotation.label.padding(labelWidth) + Text.oneLine(document.text(of: annotation))
                    var columns = spec.columns
                    if let valueIndex = columns.firstIndex(where: { $0.role == .value }) {
                        let value = Text.value(annotation[columns.remove(at: valueIndex).name])
                        if !value.isEmpty { line += "  = \(value)" }
                    }
                    let rest = columns.map { Text.oneLine(Text.value(annotation[$0.name])) }.filter { !$0.isEmpty }
                    if !rest.isEmpty { line += " " + rest.joined(separator: " ") }
                    output.line(line)
                }
            }
        }

        output.line()
        output.line(Style.bold.apply("Mentions", enabled: color))
        let kwic = KeywordInContext(document: document, width: width - 2, color: color)
        let numberWidth = String(index.sentences.count).count + 1
        let lines = person.mentions.map { mention in
            "  " + kwic.line(for: mention.range, prefix: (index.sentenceIndex(at: mention.range.lowerBound).map { "s\($0 + 1)" } ?? "-").padding(numberWidth),
                             style: Palette.style(catalog.spec(mention.layer, in: document), label: mention.label))
        }
        if lines.isEmpty { output.line("  (named only as a speaker or role holder)") }
        Limited.lines(lines, settings: session.settings, output: output)
    }

    /// The person (or organization) `query` names. Several equally good candidates are an error
    /// listing them; none is an error with a suggestion.
    func resolve(_ query: String, in index: DocumentIndex) throws -> Person {
        var people: [Person] = []
        func person(named name: String, label: String) -> Int {
            if let position = people.firstIndex(where: { NameMatch.score(query: $0.name, candidate: name) == 2 }) { return position }
            people.append(Person(name: name, label: label))
            return people.count - 1
        }
        // People and organizations named in the mention layers, then the agents of statements
        // and relations (a speaker named only as such).
        for layer in index.namingLayers {
            let spec = index.catalog.spec(layer, in: index.document)
            for group in index.groups(layer: layer) {
                guard let category = spec.label(group.label)?.category, category == .person || category == .organization else { continue }
                let position = person(named: group.name, label: group.label)
                people[position].mentions += group.mentions
            }
        }
        for layer in index.catalog.layers(of: index.document, kind: .statement) {
            for statement in index.document.annotations(in: layer) {
                if let speaker = index.catalog.agent(of: statement, in: index.document), !speaker.isEmpty { _ = person(named: speaker, label: "SPEAKER") }
            }
        }
        for layer in index.catalog.layers(of: index.document, kind: .relation) {
            for fact in index.document.annotations(in: layer) {
                if let holder = index.catalog.agent(of: fact, in: index.document), !holder.isEmpty { _ = person(named: holder, label: "PERSON") }
            }
        }
        // Mentions written shorter than the name they refer to ("Araghchi" for "Abbas Araghchi")
        // count for the one person whose name contains them.
        var merged: [Person] = []
        for candidate in people {
            let containers = people.filter { $0.name != candidate.name && NameMatch.score(query: candidate.name, candidate: $0.name) == 1 }
            if containers.count == 1, let target = merged.firstIndex(where: { $0.name == containers[0].name }) {
                merged[target].mentions += candidate.mentions
            } else if containers.count == 1 {
                var container = containers[0]
                container.mentions = []
                merged.append(container)
                merged[merged.count - 1].mentions += candidate.mentions
            } else if let existing = merged.firstIndex(where: { $0.name == candidate.name }) {
                merged[existing].mentions += candidate.mentions
                if merged[existing].label == "SPEAKER" { merged[existing].label = candidate.label }
            } else {
                merged.append(candidate)
            }
        }
        for position in merged.indices {
            merged[position].mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
            var seen = Set<Range<Int>>()
            merged[position].mentions = merged[position].mentions.filter { seen.insert($0.range).inserted }
        }
        let scored = merged.map { ($0, NameMatch.score(query: query, candidate: $0.name)) }.filter { $0.1 > 0 }
        if let exact = scored.first(where: { $0.1 == 2 }) { return exact.0 }
        if scored.count == 1 { return scored[0].0 }
        if scored.count > 1 {
            throw CommandError("'\(query)' could be \(scored.map { $0.0.name }.joined(separator: ", ")); say which (who \"\(scored[0].0.name)\")")
        }
        let names = merged.map(\.name)
        if names.isEmpty {
            throw CommandError("nobody is named in this document (no entities, speakers or roles; see pipeline)")
        }
        let suggestion = Suggestion.closest(to: query, in: names + merged.compactMap { $0.name.split(separator: " ").last.map(String.init) })
            .map { "; did you mean '\($0)'?" } ?? ""
        throw CommandError("nobody called '\(query)' in this document\(suggestion) (people: \(names.prefix(12).joined(separator: ", ")))")
    }
}
