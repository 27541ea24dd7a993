import LedeCore

/// `lede annotate --rules FILE`: the `rule` and `gazetteer` lines of a file, written as in a
/// script or the shell (`#` comments, blank lines), made into annotators that join the chain
/// of every document of the batch.
enum RulesFile {
    /// The commands a rules file may hold.
    static let commands: Set<String> = ["rule", "gazetteer"]

    /// The registry with the file's annotators added, and their names in the file's order.
    /// Throws a usage error `FILE:LINE: message` for the first line that is not a valid rule.
    static func load(_ path: String, into registry: Registry) throws(UsageError) -> (registry: Registry, names: [String]) {
        let text: String
        do {
            let bytes = try FileReader.read(path, limit: 16 << 20, refusingBinary: true)
            text = try TextDecoding.decode(bytes).text
        } catch let error as FileReader.Failure {
            throw UsageError("--rules \(path): \(error.reason)")
        } catch {
            throw UsageError("--rules \(path): \(error)")
        }
        let session = Session(registry: registry)
        let runner = CommandRunner(session: session, writeOutput: { _ in },
                                   writeError: { StandardStreams.error("lede: \(path): \($0)") })
        let lines = ScriptLines(text)
        while let line = lines.nextLine(prompt: "") {
            let place = "\(path):\(lines.lineNumber)"
            let parsed: [ParsedCommand]
            do { parsed = try session.commands.parser.parse(line) } catch {
                throw UsageError("\(place): \(error.message)")
            }
            if let other = parsed.first(where: { !commands.contains($0.name) }) {
                throw UsageError("\(place): '\(Text.oneLine(other.name))' does not belong in a rules file: "
                    + "only rule and gazetteer lines do")
            }
            guard !parsed.isEmpty else { continue }
            do { try runner.run(line: line) } catch {
                throw UsageError("\(place): \((error as? CommandError)?.message ?? String(describing: error))")
            }
        }
        if session.runtimeAnnotators.isEmpty {
            throw UsageError("--rules \(path): no rule or gazetteer line in it")
        }
        return (session.registry, session.runtimeAnnotators)
    }
}
