import Foundation
import LedeCore

/// `annotators`: what can be put in the chain.
struct AnnotatorsListCommand: ShellCommand {
    let name = "annotators"
    let group = CommandGroup.chain
    let summary = "The annotators; * marks those in the chain"
    let usage = "annotators"

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        _ = try ArgumentReader(arguments, for: self).positional(max: 0)
        let chain = Set(session.resolvedChain)
        let rows = session.registry.annotators.map { annotator in
            [(chain.contains(annotator.name) ? "* " : "  ") + annotator.name, annotator.summary,
             annotator.requires.isEmpty ? "-" : annotator.requires.joined(separator: ","),
             annotator.produces.joined(separator: ",")]
        }
        TableView(header: ["name", "summary", "requires", "produces"], rows: rows).print(to: output, session: session)
    }
}

/// `pipeline`: the chain as it runs.
struct PipelineCommand: ShellCommand {
    let name = "pipeline"
    let aliases = ["chain"]
    let group = CommandGroup.chain
    let summary = "The chain in running order, with its layers"
    let usage = "pipeline"

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        _ = try ArgumentReader(arguments, for: self).positional(max: 0)
        let asked = Set(session.chain)
        let document = session.currentDocument
        var rows: [[String]] = []
        for (position, name) in session.resolvedChain.enumerated() {
            let annotator = session.registry.annotator(named: name)
            let produces = annotator?.produces ?? []
            let counts = produces.map { layer in
                document.flatMap { $0.hasLayer(layer) ? "\(layer) \($0.annotations(in: layer).count)" : nil } ?? layer
            }
            let why = asked.contains(name) ? (session.runtimeAnnotators.contains(name) ? "rule" : "") : "required"
            rows.append(["\(position + 1)", name, why, counts.joined(separator: ", ")])
        }
        TableView(header: ["#", "annotator", "", "layers"], rows: rows).print(to: output, session: session)
        if session.needsFullRun || !session.pendingAnnotators.isEmpty, session.currentDocument != nil {
            output.line("(the chain changed since the last run; the next command runs it)")
        }
    }
}

/// `use A B C`: replaces the chain.
struct UseCommand: ShellCommand {
    let name = "use"
    let group = CommandGroup.chain
    let summary = "Set the chain to these annotators"
    let usage = "use NAME…"
    let details = """
        Example:  use quotes      runs quotes and what it needs (tokens, sentences, entities…)
                  use all         every annotator again
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .annotators }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let names = try ArgumentReader(arguments, for: self).positional(min: 1).flatMap {
            $0.text.split(separator: ",").map(String.init)
        }
        try session.use(names == ["all"] ? session.registry.names : names)
        if session.isInteractive { output.line("chain: \(session.resolvedChain.joined(separator: " → "))") }
    }
}

/// `add NAME`: appends an annotator.
struct AddCommand: ShellCommand {
    let name = "add"
    let group = CommandGroup.chain
    let summary = "Add an annotator to the chain"
    let usage = "add NAME…"

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .annotators }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        for word in try ArgumentReader(arguments, for: self).positional(min: 1) { try session.add(word.text) }
        if session.isInteractive { output.line("chain: \(session.resolvedChain.joined(separator: " → "))") }
    }
}

/// `drop NAME`: removes an annotator.
struct DropCommand: ShellCommand {
    let name = "drop"
    let aliases = ["remove"]
    let group = CommandGroup.chain
    let summary = "Remove an annotator from the chain"
    let usage = "drop NAME…"

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { .chainAnnotators }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        for word in try ArgumentReader(arguments, for: self).positional(min: 1) {
            let requiredBy = try session.drop(word.text)
            if !requiredBy.isEmpty {
                output.warn("'\(word.text)' still runs: \(requiredBy.joined(separator: ", ")) require\(requiredBy.count == 1 ? "s" : "") it")
            }
        }
        if session.isInteractive { output.line("chain: \(session.resolvedChain.joined(separator: " → "))") }
    }
}

/// `run`: runs the chain now.
struct RunCommand: ShellCommand {
    let name = "run"
    let group = CommandGroup.chain
    let summary = "Run the chain now"
    let usage = "run"

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        _ = try ArgumentReader(arguments, for: self).positional(max: 0)
        let report = try session.run(full: true)
        report.warnings.forEach(output.warn)
        if session.isInteractive {
            output.line("ran \(report.annotators.joined(separator: " → ")): \(report.summary)")
        }
    }
}
