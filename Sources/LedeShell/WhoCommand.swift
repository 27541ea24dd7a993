import LedeCore

/// `who NAME`: everything the article says about one person (or organization): every mention,
/// their roles, what they said, and the places and numbers in their sentences.
struct WhoCommand: ShellCommand {
    let name = "who"
    let group = CommandGroup.looking
    let summary = "A person: mentions, roles, quotes, places, numbers"
    let usage = "who NAME"
    let details = """
        NAME may be part of the name (a surname) and ignores case and accents.
        Examples:  who Araghchi        who "Masoud Pezeshkian"        who IRNA
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .names }

    /// Someone the document talks about.
    struct Person {
        var name: String
        var label: String
        var mentions: [Annotation] = []
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let query = try ArgumentReader(arguments, for: self).positional(min: 1).map(\.text).joined(separator: " ")
        let document = try session.annotatedDocument(output: output)
        let index = DocumentIndex(document)
        let person = try resolve(query, in: index)
        let color = session.settings.color
        let width = session.outputWidth ?? 100

        // Roles and quotes credited to the person.
        let roles = document.annotations(in: LayerName.roles).filter {
            NameMatch.score(query: $0["person"]?.stringValue ?? "", candidate: person.name) == 2
        }
        let quotes = document.annotations(in: LayerName.quotes).filter {
            NameMatch.score(query: $0["speaker"]?.stringValue ?? "", candidate: person.name) == 2
        }
        // Their sentences: where they are named or quoted.
        var sentenceSet = Set<Int>()
        for mention in person.mentions { index.sentenceIndices(overlapping: mention.range).forEach { sentenceSet.insert($0) } }
        for quote in quotes { index.sentenceIndices(overlapping: quote.range).forEach { sentenceSet.insert($0) } }
        let sentenceRanges = sentenceSet.sorted().map { index.sentences[$0].range }
        func inTheirSentences(_ annotation: Annotation) -> Bool {
            sentenceRanges.contains { $0.overlaps(annotation.range) }
        }

        let heading = Style.bold.apply(Text.oneLine(person.name), enabled: color)
        output.line("\(heading)  \(person.label) · \(person.mentions.count) mention\(person.mentions.count == 1 ? "" : "s") · \(quotes.count) quote\(quotes.count == 1 ? "" : "s")")

        output.line()
        output.line(Style.bold.apply("Roles", enabled: color))
        if roles.isEmpty {
            output.line("  (none found)")
        } else {
            var seen = Set<String>()
            for role in roles {
                let title = Text.oneLine(Text.value(role["title"]).isEmpty ? document.text(of: role) : Text.value(role["title"]))
                let org = Text.oneLine(Text.value(role["org"]))
                let line = org.isEmpty ? title : "\(title), \(org)"
                if seen.insert(line).inserted { output.line("  " + line) }
            }
        }

        output.line()
        let byLabel = Dictionary(grouping: quotes, by: \.label)
        let counts = ["DIRECT", "INDIRECT", "PARTIAL"].compactMap { label in byLabel[label].map { "\($0.count) \(label.lowercased())" } }
        output.line(Style.bold.apply("Quotes", enabled: color) + (counts.isEmpty ? "" : "  " + counts.joined(separator: " · ")))
        if quotes.isEmpty { output.line("  (none found)") }
        let cueWidth = (quotes.map { Text.value($0["cue"]).count }.max() ?? 0) + 2
        let quoteWidth = max(30, width - 13 - cueWidth)
        for quote in quotes {
            let cue = Text.oneLine(Text.value(quote["cue"]))
            let text = Text.truncate(Text.oneLine(document.text(of: quote)), quoteWidth)
            let shown = quote.label == "INDIRECT" ? text : "“" + text + "”"
            output.line("  " + quote.label.padding(10) + cue.padding(cueWidth) + Palette.style(layer: LayerName.quotes, label: quote.label).apply(shown, enabled: color))
        }

        output.line()
        let places = document.annotations(in: LayerName.places).filter(inTheirSentences)
        var placeCounts: [(String, Int)] = []
        for place in places {
            let name = index.referent(place)
            if let position = placeCounts.firstIndex(where: { $0.0 == name }) { placeCounts[position].1 += 1 } else { placeCounts.append((name, 1)) }
        }
        output.line(Style.bold.apply("Places in their sentences", enabled: color))
        output.line(placeCounts.isEmpty ? "  (none)" : "  " + placeCounts.map { $0.1 > 1 ? "\($0.0) ×\($0.1)" : $0.0 }.joined(separator: ", "))

        output.line()
        let numbers = document.annotations(in: LayerName.numbers).filter(inTheirSentences)
        output.line(Style.bold.apply("Numbers in their sentences", enabled: color))
        if numbers.isEmpty { output.line("  (none)") }
        for number in numbers {
            var line = "  " + number.label.padding(9) + Text.oneLine(document.text(of: number))
            let value = Text.value(number["value"])
            if !value.isEmpty { line += "  = \(value)" }
            let counts = Text.value(number["counts"])
            if !counts.isEmpty { line += " \(counts)" }
            output.line(line)
        }

        output.line()
        output.line(Style.bold.apply("Mentions", enabled: color))
        let kwic = KeywordInContext(document: document, width: width - 2, color: color)
        let numberWidth = String(index.sentences.count).count + 1
        let lines = person.mentions.map { mention in
            "  " + kwic.line(for: mention.range, prefix: (index.sentenceIndex(at: mention.range.lowerBound).map { "s\($0 + 1)" } ?? "-").padding(numberWidth),
                             style: Palette.style(layer: mention.layer, label: mention.label))
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
        for group in index.groups(layer: LayerName.entities) where group.label != "NORP" {
            let position = person(named: group.name, label: group.label)
            people[position].mentions += group.mentions
        }
        for quote in index.document.annotations(in: LayerName.quotes) {
            if let speaker = quote["speaker"]?.stringValue, !speaker.isEmpty { _ = person(named: speaker, label: "SPEAKER") }
        }
        for role in index.document.annotations(in: LayerName.roles) {
            if let holder = role["person"]?.stringValue, !holder.isEmpty { _ = person(named: holder, label: "PERSON") }
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
