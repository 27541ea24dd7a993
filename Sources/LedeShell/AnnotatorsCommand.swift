import ArgumentParser
import LedeCore

/// `lede annotators`: lists the annotators this binary was built with.
public struct AnnotatorsCommand<Catalog: AnnotatorCatalog>: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "annotators", abstract: "List the registered annotators with their requirements.")
    }

    /// How the list is written: a table for people, or a JSON object per line for programs.
    enum ListFormat: String, CaseIterable, ExpressibleByArgument {
        case table, jsonl
    }

    @Option(name: .long, help: "table, or jsonl: one {\"name\",\"summary\",\"requires\",\"produces\"} object per line.")
    var format: ListFormat = .table

    public init() {}

    public func run() throws {
        let registry = Registry(catalog: Catalog.self)
        switch format {
        case .table: StandardStreams.out(AnnotatorTable.render(registry))
        case .jsonl: StandardStreams.out(AnnotatorTable.jsonLines(registry))
        }
    }
}

/// The table of annotators shown by `lede annotators` and the shell's `annotators` command.
public enum AnnotatorTable {
    public static func render(_ registry: Registry) -> String {
        let rows = registry.annotators.map { annotator in
            [annotator.name, annotator.summary,
             annotator.requires.isEmpty ? "-" : annotator.requires.joined(separator: ","),
             annotator.produces.joined(separator: ",")]
        }
        return Table(header: ["name", "summary", "requires", "produces"], rows: rows).render()
    }

    /// One JSON object per annotator and line, for tools that build on lede (the layers a
    /// chain writes are the `produces` of its annotators and of those they require).
    public static func jsonLines(_ registry: Registry) -> String {
        var writer = JSONWriter()
        for annotator in registry.annotators {
            writer.object([
                "name": .string(annotator.name), "summary": .string(annotator.summary),
                "produces": .array(annotator.produces.map { .string($0) }),
                "requires": .array(annotator.requires.map { .string($0) }),
            ])
            writer.raw("\n")
        }
        return writer.output
    }
}
