import LedeCore

/// `show LAYER [LABEL]`: every annotation of a layer.
struct ShowCommand: ShellCommand {
    let name = "show"
    let group = CommandGroup.looking
    let summary = "Every annotation of a layer, with attributes"
    let usage = "show LAYER [LABEL]"
    let details = """
        Offsets are Unicode scalar offsets, as in lede JSON.
        Examples:  show sentences        show entities PERSON        show casualties
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion {
        switch index {
        case 0: return .layers
        case 1: return .labels(layer: previous.first ?? "")
        default: return .none
        }
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(min: 1, max: 2)
        let document = try session.annotatedDocument(output: output)
        let layer = words[0].text
        guard document.hasLayer(layer) else { throw LayerViews.unknownLayer(layer, in: document, session: session) }
        let label = words.count > 1 ? words[1].text : nil
        let annotations = document.annotations(in: layer).filter { label == nil || $0.label == label }
        if let label, annotations.isEmpty, !document.annotations(in: layer).contains(where: { $0.label == label }) {
            let labels = LayerViews.labels(in: document, layer: layer)
            let suggestion = Suggestion.closest(to: label, in: labels).map { "; did you mean '\($0)'?" } ?? ""
            throw CommandError("no label '\(label)' in \(layer)\(suggestion) (labels: \(labels.joined(separator: ", ")))")
        }
        let offsets = document.scalarOffsets
        let rows = annotations.enumerated().map { index, annotation -> [String] in
            let scalars = offsets.scalarRange(ofBytes: annotation.range)
            var attributes = ""
            if !annotation.attributes.isEmpty {
                attributes = annotation.attributes.keys.sorted().map { "\($0)=\(Text.value(annotation.attributes[$0]))" }.joined(separator: " ")
            }
            return ["\(index + 1)", annotation.label, "\(scalars.lowerBound)-\(scalars.upperBound)", document.text(of: annotation), attributes]
        }
        TableView(header: ["#", "label", "offsets", "text", "attributes"], rows: rows).print(to: output, session: session)
    }
}

/// `entities [LABEL]`: people, organizations and groups, one row per name.
struct EntitiesCommand: ShellCommand {
    let name = "entities"
    let group = CommandGroup.looking
    let summary = "People, organizations and groups by name"
    let usage = "entities [LABEL] [--why]"
    let details = """
        --why lists every mention with the rule (sieve) that decided its label.
        Examples:  entities        entities PERSON        entities ORG --why
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion {
        index == 0 ? .labels(layer: LayerName.entities) : .words(["--why"])
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        var reader = ArgumentReader(arguments, for: self)
        let why = reader.flag("--why")
        let words = try reader.positional(max: 1)
        let document = try session.annotatedDocument(output: output)
        try LayerViews.require(LayerName.entities, in: document, session: session)
        let label = try LayerViews.label(words.first, of: LayerName.entities, in: document, session: session)
        if why {
            let mentions = document.annotations(in: LayerName.entities).filter { label == nil || $0.label == label }
            let rows = mentions.enumerated().map { index, mention in
                ["\(index + 1)", mention.label, Text.oneLine(document.text(of: mention)), Text.value(mention["canonical"]), Text.value(mention["sieve"])]
            }
            TableView(header: ["#", "label", "mention", "name", "sieve"], rows: rows, emptyMessage: "(no entities)")
                .print(to: output, session: session)
            return
        }
        let groups = DocumentIndex(document, catalog: session.catalog).groups(layer: LayerName.entities, label: label)
        let rows = groups.map { group in
            [group.label, group.name, "\(group.mentions.count)", group.forms.filter { $0 != group.name }.joined(separator: ", ")]
        }
        TableView(header: ["label", "name", "mentions", "also written"], rows: rows,
                  emptyMessage: label.map { "(no \($0) entities)" } ?? "(no entities)").print(to: output, session: session)
    }
}

/// `places`: places with their country.
struct PlacesCommand: ShellCommand {
    let name = "places"
    let group = CommandGroup.looking
    let summary = "Places and their countries"
    let usage = "places [LABEL]"

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion {
        index == 0 ? .labels(layer: LayerName.places) : .none
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(max: 1)
        let document = try session.annotatedDocument(output: output)
        try LayerViews.require(LayerName.places, in: document, session: session)
        let groups = DocumentIndex(document, catalog: session.catalog).groups(layer: LayerName.places,
            label: try LayerViews.label(words.first, of: LayerName.places, in: document, session: session))
        let rows = groups.map { group in
            [group.label, group.name, Text.value(group.mentions.first?["country"]), "\(group.mentions.count)"]
        }
        TableView(header: ["label", "place", "country", "mentions"], rows: rows, emptyMessage: "(no places)")
            .print(to: output, session: session)
    }
}

/// `roles`: who holds which title.
struct RolesCommand: ShellCommand {
    let name = "roles"
    let aliases = ["titles"]
    let group = CommandGroup.looking
    let summary = "Who holds which title, and where"
    let usage = "roles [--why]"

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .words(["--why"]) }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        var reader = ArgumentReader(arguments, for: self)
        let why = reader.flag("--why")
        _ = try reader.positional(max: 0)
        let document = try session.annotatedDocument(output: output)
        try LayerViews.require(LayerName.roles, in: document, session: session)
        let rows = document.annotations(in: LayerName.roles).map { role in
            [Text.value(role["person"]), Text.value(role["title"]).isEmpty ? document.text(of: role) : Text.value(role["title"]),
             Text.value(role["org"])] + (why ? [Text.value(role["sieve"])] : [])
        }
        TableView(header: ["person", "title", "of"] + (why ? ["sieve"] : []), rows: rows, emptyMessage: "(no roles)")
            .print(to: output, session: session)
    }
}

/// `quotes [--by NAME]`: who said what.
/// `what did NAME say`: the quotes of one speaker, as `quotes --by NAME` shows them.
struct WhatDidCommand: ShellCommand {
    let name = "what"
    let group = CommandGroup.looking
    let summary = "What someone said: their quotes (quotes --by NAME)"
    let usage = "what did NAME say[?]"
    let details = """
        Examples:  what did Araghchi say        what did "Masoud Pezeshkian" say?
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion {
        index == 0 ? .words(["did"]) : .speakers
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        var words = arguments.map(\.text)
        guard words.first?.lowercased() == "did" else { throw usageError() }
        words = withoutQuestionMark(Array(words.dropFirst()))
        if let last = words.last?.lowercased(), last == "say" || last == "said" { words.removeLast() }
        words.removeAll { $0.isEmpty }
        guard !words.isEmpty else { throw usageError("whose quotes?") }
        try QuotesCommand().run([CommandWord("--by"), CommandWord(words.joined(separator: " "), kind: .quoted)], in: session, output: output)
    }
}

struct QuotesCommand: ShellCommand {
    let name = "quotes"
    let group = CommandGroup.looking
    let summary = "Who said what: quotes, speakers, speech verbs"
    let usage = "quotes [LABEL] [--by NAME] [--why]"
    let details = """
        --why adds the rule (sieve) that chose each speaker.
        Examples:  quotes                 quotes DIRECT                quotes --by Araghchi --why
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion {
        if previous.last == "--by" { return .speakers }
        return .words(["DIRECT", "PARTIAL", "INDIRECT", "--by", "--why"])
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        var reader = ArgumentReader(arguments, for: self)
        let why = reader.flag("--why")
        let speaker = try reader.option("--by")
        let words = try reader.positional(max: 1)
        let document = try session.annotatedDocument(output: output)
        try LayerViews.require(LayerName.quotes, in: document, session: session)
        let label = try LayerViews.label(words.first, of: LayerName.quotes, in: document, session: session)
        var quotes = document.annotations(in: LayerName.quotes).filter { label == nil || $0.label == label }
        if let speaker {
            quotes = quotes.filter { NameMatch.score(query: speaker, candidate: $0["speaker"]?.stringValue ?? "") > 0 }
            if quotes.isEmpty {
                let speakers = DocumentIndex(document, catalog: session.catalog).speakers
                let suggestion = Suggestion.closest(to: speaker, in: speakers).map { "; did you mean '\($0)'?" } ?? ""
                throw CommandError("no quotes by '\(speaker)'\(suggestion) (speakers: \(speakers.isEmpty ? "none" : speakers.joined(separator: ", ")))")
            }
        }
        let rows = quotes.enumerated().map { index, quote in
            ["\(index + 1)", quote.label, Text.value(quote["speaker"]).isEmpty ? "?" : Text.value(quote["speaker"]),
             Text.value(quote["cue"])] + (why ? [Text.value(quote["sieve"])] : []) + [document.text(of: quote)]
        }
        TableView(header: ["#", "type", "speaker", "cue"] + (why ? ["sieve"] : []) + ["quote"], rows: rows, emptyMessage: "(no quotes)")
            .print(to: output, session: session)
    }
}

/// `numbers [LABEL]`: numbers, amounts, dates and times with their values.
struct NumbersCommand: ShellCommand {
    let name = "numbers"
    let group = CommandGroup.looking
    let summary = "Numbers, amounts, dates with value and unit"
    let usage = "numbers [LABEL]"

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion {
        index == 0 ? .labels(layer: LayerName.numbers) : .none
    }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(max: 1)
        let document = try session.annotatedDocument(output: output)
        try LayerViews.require(LayerName.numbers, in: document, session: session)
        let label = try LayerViews.label(words.first, of: LayerName.numbers, in: document, session: session)
        let rows = document.annotations(in: LayerName.numbers).filter { label == nil || $0.label == label }.map { number in
            [number.label, document.text(of: number), Text.value(number["value"]), Text.value(number["unit"]), Text.value(number["counts"])]
        }
        TableView(header: ["label", "text", "value", "unit", "counts"], rows: rows, emptyMessage: "(no numbers)")
            .print(to: output, session: session)
    }
}

/// `sentences [N]`: the sentences, numbered.
struct SentencesCommand: ShellCommand {
    let name = "sentences"
    let group = CommandGroup.looking
    let summary = "The sentences, numbered"
    let usage = "sentences [N]"

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(max: 1)
        let document = try session.annotatedDocument(output: output)
        try LayerViews.require(LayerName.sentences, in: document, session: session)
        let sentences = document.annotations(in: LayerName.sentences)
        if let word = words.first {
            guard let number = Int(word.text), number >= 1, number <= sentences.count else {
                throw CommandError("no sentence \(word.text) (there are \(sentences.count))")
            }
            output.line(TerminalText.visible(document.text(of: sentences[number - 1])))
            return
        }
        let rows = sentences.enumerated().map { ["\($0 + 1)", document.text(of: $1)] }
        TableView(header: ["#", "sentence"], rows: rows, emptyMessage: "(no sentences)").print(to: output, session: session)
    }
}

/// Shared checks of the looking commands.
enum LayerViews {
    /// Throws a helpful error when the document lacks `layer`.
    static func require(_ layer: String, in document: Document, session: Session) throws {
        guard !document.hasLayer(layer) else { return }
        if let producer = session.registry.producer(of: layer) {
            throw CommandError("there is no \(layer) layer: the annotator '\(producer.name)' is not in the chain (add \(producer.name))")
        }
        throw CommandError("there is no \(layer) layer: this lede was built without an annotator that produces it (annotators lists them)")
    }

    static func unknownLayer(_ layer: String, in document: Document, session: Session) -> CommandError {
        if let producer = session.registry.producer(of: layer) {
            return CommandError("there is no \(layer) layer: the annotator '\(producer.name)' is not in the chain (add \(producer.name))")
        }
        let layers = document.layerNames
        let suggestion = Suggestion.closest(to: layer, in: layers).map { "; did you mean '\($0)'?" } ?? ""
        return CommandError("no layer '\(layer)'\(suggestion) (layers: \(layers.joined(separator: ", ")))")
    }

    /// The label a user asked for (`entities person`), in capitals, or nil when none was
    /// given; throws with a did-you-mean when the layer declares its labels and this is not one.
    static func label(_ word: CommandWord?, of layer: String, in document: Document, session: Session) throws -> String? {
        guard let word else { return nil }
        let label = word.text.uppercased()
        let declared = session.catalog.spec(layer, in: document).labels.map(\.name)
        guard !declared.isEmpty, !declared.contains(label) else { return label }
        let suggestion = Suggestion.closest(to: label, in: declared).map { "; did you mean '\($0)'?" } ?? ""
        throw CommandError("\(layer) has no label '\(word.text)'\(suggestion) (labels: \(declared.joined(separator: ", ")))")
    }

    /// The labels used in a layer, in order of first use.
    static func labels(in document: Document, layer: String) -> [String] {
        var seen = Set<String>()
        return document.annotations(in: layer).map(\.label).filter { seen.insert($0).inserted }
    }
}
