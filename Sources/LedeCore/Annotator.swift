/// A component that reads some layers of a document and writes others.
///
/// Modelled on CoreNLP's `Annotator` (its requirements and what it satisfies) and spaCy's
/// pipeline components. Annotators are values with no hidden global state, so a batch can run
/// documents in parallel.
public protocol Annotator: Sendable {
    /// The name used in `--with`, `use` and `add`: `entities`, `quotes`…
    var name: String { get }
    /// One line saying what it does.
    var summary: String { get }
    /// Layers that must exist before it runs; the pipeline adds their producers.
    var requires: [String] { get }
    /// The layers it writes, with their labels and attributes.
    var layers: [LayerSpec] { get }
    /// Layers of other annotators that it rewrites (the entities annotator removes the places
    /// that turn out to be inside a name). It must also require them.
    var modifies: [String] { get }
    /// Options it accepts (`--option name=value`, `set option name value`).
    var options: [AnnotatorOption] { get }
    /// Returns a copy configured with option values; the default accepts no options.
    func configured(_ values: [String: String]) throws -> any Annotator
    /// Adds its layers to the document.
    func annotate(_ document: inout Document) throws
}

extension Annotator {
    public var requires: [String] { [] }
    public var modifies: [String] { [] }
    public var options: [AnnotatorOption] { [] }

    /// The names of the layers it writes.
    public var produces: [String] { layers.map(\.name) }

    public func configured(_ values: [String: String]) throws -> any Annotator {
        if let unknown = values.keys.sorted().first {
            throw AnnotatorOptionError.unknownOption(annotator: name, option: unknown, known: options.map(\.name))
        }
        return self
    }
}

/// An option an annotator accepts.
public struct AnnotatorOption: Sendable, Hashable {
    public let name: String
    public let summary: String
    public let defaultValue: String?

    public init(name: String, summary: String, defaultValue: String? = nil) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }
}

/// A bad option value or name.
public enum AnnotatorOptionError: Error, CustomStringConvertible {
    case unknownOption(annotator: String, option: String, known: [String])
    case invalidValue(annotator: String, option: String, value: String, expected: String)

    public var description: String {
        switch self {
        case let .unknownOption(annotator, option, known):
            let list = known.isEmpty ? "it takes no options" : "its options: \(known.joined(separator: ", "))"
            return "annotator '\(annotator)' has no option '\(option)' (\(list))"
        case let .invalidValue(annotator, option, value, expected):
            return "annotator '\(annotator)': option \(option)=\(value) is not valid; expected \(expected)"
        }
    }
}

/// What each annotator module declares, as `public enum <ModuleName>Module: AnnotatorModule`.
/// The AnnotatorRegistry build-tool plugin finds these in the executable's dependencies.
public protocol AnnotatorModule {
    static var annotators: [any Annotator] { get }
}

/// What an executable hands to the shell: every annotator module it links. The AnnotatorRegistry
/// plugin generates `enum RegisteredAnnotators: AnnotatorCatalog` inside the executable.
public protocol AnnotatorCatalog {
    static var modules: [any AnnotatorModule.Type] { get }
}
