import ArgumentParser
import LedeCore

/// `lede annotators`: lists the annotators this binary was built with.
public struct AnnotatorsCommand<Catalog: AnnotatorCatalog>: ParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "annotators", abstract: "List the registered annotators with their requirements.")
    }

    public init() {}

    public func run() throws {
        StandardStreams.out(AnnotatorTable.render(Registry(catalog: Catalog.self)))
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
}
