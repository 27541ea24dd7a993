import Foundation
import LedeCore
import LedeTestSupport
import Numbers

/// One annotation of the numbers layer, as the tests compare it.
struct FoundNumber: CustomStringConvertible {
    let text: String
    let label: String
    let attributes: Attributes

    var value: Double? { attributes["value"]?.doubleValue }
    var hasNullValue: Bool { attributes["value"]?.isNull ?? false }
    var unit: String? { attributes["unit"]?.stringValue }
    var description: String { "\(label) '\(text)' \(attributes)" }
}

/// Runs tokens, sentences and numbers over a text.
enum Numbers {
    static let registry = TestRegistry.with(NumbersModule.self)

    static func document(_ text: String, date: String? = nil) throws -> Document {
        var registry = registry
        if let date, let numbers = registry.annotator(named: "numbers") {
            registry.register(try numbers.configured(["date": date]))
        }
        let pipeline = try Pipeline(names: ["numbers"], registry: registry)
        var document = Document(text: text)
        let failures = pipeline.run(&document)
        if let failure = failures.first { throw failure }
        return document
    }

    static func find(_ text: String, date: String? = nil) throws -> [FoundNumber] {
        let document = try document(text, date: date)
        return document.annotations(in: LayerName.numbers).map {
            FoundNumber(text: document.text(of: $0), label: $0.label, attributes: $0.attributes)
        }
    }

    /// The annotation whose text is exactly `span`.
    static func find(_ span: String, in text: String, date: String? = nil) throws -> FoundNumber? {
        try find(text, date: date).first { $0.text == span }
    }
}

