import LedeCore

/// Option values for annotators: what `--option annotator.name=value` and `--date` give on the
/// command line (`annotate`, `run`, `-c`), and `set option` and `set date` in the shell. Each
/// value is checked against the annotator when it is set, so that a mistake is reported where
/// it was made.
public struct AnnotatorOptionValues: Sendable, Equatable {
    /// Values by annotator, then by option.
    public private(set) var values: [String: [String: String]] = [:]
    /// The articles' date (YYYY-MM-DD), for every annotator that takes a `date` option.
    public private(set) var date: String?

    public init() {}

    /// Sets `annotator.name=value`.
    public mutating func set(_ assignment: String, registry: Registry) throws(CommandError) {
        guard let dot = assignment.firstIndex(of: "."), let equals = assignment.firstIndex(of: "="), dot < equals else {
            throw CommandError("write annotator.name=value")
        }
        try set(annotator: String(assignment[..<dot]), option: String(assignment[assignment.index(after: dot)..<equals]),
                value: String(assignment[assignment.index(after: equals)...]), registry: registry)
    }

    /// Sets one option of one annotator.
    public mutating func set(annotator name: String, option: String, value: String, registry: Registry) throws(CommandError) {
        guard let annotator = registry.annotator(named: name) else {
            let suggestion = Suggestion.closest(to: name, in: registry.names).map { "; did you mean '\($0)'?" } ?? ""
            throw CommandError("there is no annotator '\(name)'\(suggestion)")
        }
        do { _ = try annotator.configured([option: value]) } catch {
            throw CommandError(String(describing: error))
        }
        values[name, default: [:]][option] = value
    }

    /// Sets the articles' date (nil forgets it); checked by every annotator that takes a date.
    public mutating func setDate(_ value: String?, registry: Registry) throws(CommandError) {
        guard let value else {
            date = nil
            return
        }
        let takers = registry.annotators.filter { $0.options.contains { $0.name == "date" } }
        if takers.isEmpty { throw CommandError("no annotator takes a date") }
        for annotator in takers {
            do { _ = try annotator.configured(["date": value]) } catch { throw CommandError(String(describing: error)) }
        }
        date = value
    }

    /// The values for the annotators of `pipeline`, the date included.
    public func values(for pipeline: Pipeline) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for annotator in pipeline.annotators {
            var own = values[annotator.name] ?? [:]
            if let date, own["date"] == nil, annotator.options.contains(where: { $0.name == "date" }) { own["date"] = date }
            if !own.isEmpty { result[annotator.name] = own }
        }
        return result
    }

    /// `pipeline` with these values given to its annotators.
    public func configure(_ pipeline: Pipeline) throws -> Pipeline {
        try pipeline.configured(values(for: pipeline))
    }
}

/// `--date` and `--option` as the command line gives them, for `annotate`, `run` and the shell.
struct AnnotatorOptionArguments {
    let date: String?
    let options: [String]

    /// The values, checked against the registry; with a `chain`, an option for an annotator that
    /// is not in it is a mistake too.
    func values(registry: Registry, chain: Pipeline? = nil) throws(UsageError) -> AnnotatorOptionValues {
        var values = AnnotatorOptionValues()
        for option in options {
            do { try values.set(option, registry: registry) } catch { throw UsageError("--option \(option): \(error.message)") }
            if let chain, let name = option.split(separator: ".").first.map(String.init), !chain.names.contains(name) {
                throw UsageError("--option \(option): the annotator '\(name)' is not in the chain (\(chain.names.joined(separator: ", ")))")
            }
        }
        do { try values.setDate(date, registry: registry) } catch { throw UsageError("--date \(date ?? ""): \(error.message)") }
        return values
    }
}
