/// What a layer holds, declared by the annotator that produces it: its labels, its attributes
/// with their types, and what kind of thing its annotations are. The pipeline checks every
/// annotation an annotator writes against it; the shell's tables, colours and `who`, and every
/// export format read it, so that a layer of a custom module is shown and exported as a built-in
/// one is.
public struct LayerSpec: Sendable, Hashable {
    /// What the annotations of a layer are.
    public enum Kind: String, Sendable, Hashable {
        /// Tokens, sentences, paragraphs: the structure others build on; not shown by default.
        case structure
        /// Things named in the text (people, places, numbers, rule matches): flat spans, the
        /// named-entity layers of CoNLL and spaCy.
        case mention
        /// Things someone said (quotes): spans attributed to an agent.
        case statement
        /// Facts that link an agent to something (a person to a title): one record per fact,
        /// its span the first mention.
        case relation
    }

    /// The layer's name.
    public let name: String
    public let kind: Kind
    /// A few words for legends and headings (`Places`, `Quotes`).
    public let title: String
    /// The labels its annotations may have (empty: any label).
    public let labels: [LabelSpec]
    /// The attributes its annotations may have.
    public let attributes: [AttributeSpec]
    /// Whether each annotation covers a span of the text (a relation may point at none).
    public let hasSpans: Bool
    /// The names of `labels`, to check an annotation's label without a scan (the pipeline
    /// checks every annotation, a tagger's one per token).
    private let labelNames: WordSet

    public init(name: String, kind: Kind, title: String, labels: [LabelSpec] = [], attributes: [AttributeSpec] = [],
                hasSpans: Bool = true) {
        self.name = name
        self.kind = kind
        self.title = title
        self.labels = labels
        self.attributes = attributes
        self.hasSpans = hasSpans
        labelNames = WordSet(labels.map(\.name))
    }

    /// Whether `label` is declared (any label is, when none is declared).
    public func declares(label: String) -> Bool {
        labels.isEmpty || labelNames.contains(label)
    }

    /// The spec of a label.
    public func label(_ name: String) -> LabelSpec? {
        labels.first { $0.name == name }
    }

    /// The spec of an attribute.
    public func attribute(_ name: String) -> AttributeSpec? {
        for attribute in attributes where attribute.name == name { return attribute }
        return nil
    }

    /// The attribute that plays `role`, if one does.
    public func attribute(playing role: AttributeSpec.Role) -> AttributeSpec? {
        attributes.first { $0.role == role }
    }

    /// The names of the attributes that hold offsets into the text (`Role.offsets`).
    public var offsetAttributes: [String] {
        attributes.filter { $0.role == .offsets }.map(\.name)
    }

    /// The attributes shown as columns in tables and CSV, in order.
    public var columns: [AttributeSpec] {
        attributes.filter(\.isColumn)
    }

    /// What is wrong with an annotation of this layer, or nil: an undeclared label, an undeclared
    /// attribute, or a value of the wrong type.
    public func problem(with annotation: Annotation) -> String? {
        if !declares(label: annotation.label) {
            return "label '\(annotation.label)' is not declared"
        }
        return attributeProblem(with: annotation)
    }

    /// What is wrong with the attributes of an annotation of this layer, or nil.
    public func attributeProblem(with annotation: Annotation) -> String? {
        annotation.attributes.problem(declaredBy: attributes)
    }

    /// A spec for a layer that no annotator declares (read from lede JSON, say): its labels and
    /// attributes as the annotations have them.
    public static func inferred(name: String, from annotations: [Annotation]) -> LayerSpec {
        var labels: [String] = []
        var attributes: [String] = []
        for annotation in annotations {
            if !labels.contains(annotation.label) { labels.append(annotation.label) }
            for key in annotation.attributes.keys.sorted() where !attributes.contains(key) { attributes.append(key) }
        }
        let structural = [LayerName.tokens, LayerName.sentences, LayerName.paragraphs].contains(name)
        return LayerSpec(name: name, kind: structural ? .structure : .mention, title: name.capitalized,
                         labels: labels.map { LabelSpec($0) },
                         attributes: attributes.map { AttributeSpec($0, .any, isColumn: true) })
    }
}

/// A label of a layer, and what it names.
public struct LabelSpec: Sendable, Hashable {
    /// What a label names, for colours and for `who`.
    public enum Category: String, Sendable, Hashable {
        case person, organization, group, place, quantity
    }

    public let name: String
    public let summary: String
    public let category: Category?

    public init(_ name: String, _ summary: String = "", category: Category? = nil) {
        self.name = name
        self.summary = summary
        self.category = category
    }
}

/// An attribute of a layer's annotations.
public struct AttributeSpec: Sendable, Hashable {
    /// The type of its values (null is always allowed: "not known").
    public enum ValueType: String, Sendable, Hashable, CustomStringConvertible {
        case string, integer, number, boolean, list, object
        /// Any JSON value.
        case any

        public var description: String {
            switch self {
            case .string: return "a string"
            case .integer: return "an integer"
            case .number: return "a number"
            case .boolean: return "a boolean"
            case .list: return "a list"
            case .object: return "an object"
            case .any: return "a value"
            }
        }
    }

    /// What an attribute means to the tools that read any layer.
    public enum Role: String, Sendable, Hashable {
        /// The fullest name of what the annotation mentions (`canonical`, a place's `name`).
        case name
        /// The person or organization the annotation is about: a quote's speaker, a role's holder.
        case agent
        /// The value of a quantity.
        case value
        /// Scalar offsets into the document's text (an integer, or lists of them, such as
        /// `[start, end]` pairs): moved with the text when a section of a long document is
        /// written within the whole (`Document.annotateSections`), on a layer of spans (not one
        /// kept an annotation per token).
        case offsets
    }

    public let name: String
    public let type: ValueType
    public let summary: String
    /// Whether tables and CSV show it as a column of its own.
    public let isColumn: Bool
    public let role: Role?

    public init(_ name: String, _ type: ValueType, _ summary: String = "", isColumn: Bool = false, role: Role? = nil) {
        self.name = name
        self.type = type
        self.summary = summary
        self.isColumn = isColumn
        self.role = role
    }

    /// Whether `value` has this attribute's type.
    public func accepts(_ value: AttributeValue) -> Bool {
        // Only the value's case is read, so that a string or list value is not copied.
        if case .null = value { return true }
        switch type {
        case .any: return true
        case .string: if case .string = value { return true }
        case .boolean: if case .bool = value { return true }
        case .list: if case .array = value { return true }
        case .object: if case .object = value { return true }
        case .integer:
            if case .int = value { return true }
            if case .double(let number) = value { return number.rounded() == number }
        case .number:
            if case .int = value { return true }
            if case .double = value { return true }
        }
        return false
    }
}
