import Foundation
import LedeCore

/// `open FILE`: loads a text file (or a lede JSON document, with its layers).
struct OpenCommand: ShellCommand {
    let name = "open"
    let aliases = ["load"]
    let group = CommandGroup.loading
    let summary = "Load and annotate a file (text or lede JSON)"
    let usage = "open FILE"
    let details = """
        Loads FILE as UTF-8 text and runs the annotator chain on it. A .json file written by
        `export json` (or `lede annotate --format json`) is loaded with its annotations as they are;
        `run` annotates it afresh.
        Examples:  open Examples/articles/iran-us.txt
                   open "my article.txt"
        """

    func completion(forArgument index: Int, previous: [String]) -> ArgumentCompletion { index == 0 ? .files : .none }

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let path = try ArgumentReader(arguments, for: self).positional(min: 1, max: 1)[0].text
        let expanded = Paths.expand(path, environment: session.environment)
        let name = (path as NSString).lastPathComponent
        let opened: DocumentLoader.Opened
        do { opened = try session.loader.open(path: expanded) } catch {
            throw CommandError(path == expanded ? error.description : "\(path): \(error.reason)")
        }
        let loaded: DocumentLoader.Loaded
        switch opened {
        case .json(var document):
            for warning in document.warnings { output.warn("\(path): \(warning)") }
            document.clearWarnings()
            // Its layers are kept; the chain adds only the layers it lacks.
            var annotated = document
            try session.load(document, name: name, keepLayers: true) { annotated = try session.annotatedDocument(output: output) }
            if session.isInteractive {
                let layers = annotated.layerNames.filter { $0 != LayerName.tokens && $0 != LayerName.paragraphs }
                    .map { "\($0) \(annotated.annotations(in: $0).count)" }.joined(separator: " · ")
                output.line("\(name): lede JSON, \(Text.count(annotated.text.count)) characters; \(layers.isEmpty ? "no layers" : layers) (run annotates it afresh)")
            }
            return
        case .text(let text):
            loaded = text
        }
        if let warning = loaded.warning { output.warn(warning) }
        var document = loaded.document
        document.id = path
        try session.load(document, name: name) { try LoadSummary.runAndReport(session: session, output: output, name: name) }
    }
}

/// `paste`: reads an article typed or pasted at the prompt, up to a line with a single `.`.
struct PasteCommand: ShellCommand {
    let name = "paste"
    let group = CommandGroup.loading
    let summary = "Read an article typed or pasted, up to a '.' line"
    let usage = "paste"
    let details = """
        Reads lines until one that holds only a '.', then annotates them as the document. In a
        script, the lines after `paste` are the article. Ctrl-C cancels.
        """

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        _ = try ArgumentReader(arguments, for: self).positional(max: 0)
        guard let source = session.lineSource else { throw CommandError("paste needs lines to read (none here)") }
        if session.isInteractive { output.line("paste the article, then a line with a single '.' (Ctrl-C cancels)") }
        var lines: [String] = []
        reading: while let chunk = source.nextLine(prompt: "paste> ") {
            // A bracketed paste may deliver several lines at once.
            for line in chunk.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
                if trimmed == "." { break reading }
                lines.append(String(trimmed))
            }
        }
        try Interrupt.check()
        let text = lines.joined(separator: "\n")
        guard !text.allSatisfy(\.isWhitespace) else { throw CommandError("nothing was pasted") }
        try session.load(Document(id: "pasted", text: text), name: "pasted") {
            try LoadSummary.runAndReport(session: session, output: output, name: "pasted")
        }
    }
}

/// `text "…"`: makes the document from the argument.
struct TextCommand: ShellCommand {
    let name = "text"
    let group = CommandGroup.loading
    let summary = "Use the given text as the document"
    let usage = "text \"TEXT\""
    let details = """
        Annotates TEXT as the document; "\\n" in double quotes is a line break.
        Example:  text "Foreign Minister Abbas Araghchi said on Friday that talks were over."
        """

    func run(_ arguments: [CommandWord], in session: Session, output: CommandOutput) throws {
        let words = try ArgumentReader(arguments, for: self).positional(min: 1)
        let text = words.map(\.text).joined(separator: " ")
        session.load(Document(id: "text", text: text), name: "text")
        try LoadSummary.runAndReport(session: session, output: output, name: "text")
    }
}

/// The line shown after loading: what the chain found.
enum LoadSummary {
    static func runAndReport(session: Session, output: CommandOutput, name: String) throws {
        let report = try session.run()
        report.warnings.forEach(output.warn)
        if session.isInteractive {
            output.line("\(name): \(Text.count(report.document.text.count)) characters; \(report.summary)")
        }
    }
}

/// File paths as users type them.
enum Paths {
    /// `~` and `~/…` expanded with `HOME`.
    static func expand(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
