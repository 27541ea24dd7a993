import Foundation
import LedeCore
import Testing

/// Runs every row of `examples.tsv`, the example corpus of the rule families: a positive row
/// names a span with its label, value and unit; a negative row (label NONE) a span that must stay
/// unannotated.
@Suite struct ExampleCorpusTests {
    struct Example: Sendable, CustomStringConvertible {
        let family: String
        let text: String
        let span: String
        let label: String
        let value: String
        let unit: String
        var description: String { "\(family): \(text) → \(span) \(label) \(value) \(unit)" }
    }

    static let examples: [Example] = {
        guard let url = Bundle.module.url(forResource: "examples", withExtension: "tsv"),
              let data = try? Data(contentsOf: url) else { return [] }
        let rows = TSV.rows(parsing: String(decoding: data, as: UTF8.self))
        return rows.compactMap { row in
            guard row.count >= 4 else { return nil }
            let column = { (index: Int) in index < row.count ? String(row[index]) : "" }
            return Example(family: column(0), text: column(1), span: column(2), label: column(3), value: column(4), unit: column(5))
        }
    }()

    static var families: [String] {
        var seen = Set<String>()
        return examples.map(\.family).filter { seen.insert($0).inserted }
    }

    @Test func everyFamilyHasPositiveAndNegativeRows() {
        #expect(Self.examples.count > 200)
        #expect(Self.families.count >= 20)
        for family in Self.families {
            let rows = Self.examples.filter { $0.family == family }
            #expect(rows.contains { $0.label != "NONE" }, "no positive row for \(family)")
            #expect(rows.contains { $0.label == "NONE" }, "no negative row for \(family)")
        }
        #expect(Self.examples.allSatisfy { $0.text.contains($0.span) }, "a span is not in its text")
    }

    @Test(arguments: families)
    func family(_ family: String) throws {
        for example in Self.examples where example.family == family {
            try check(example)
        }
    }

    func check(_ example: Example) throws {
        let document = try Numbers.document(example.text)
        guard let found = example.text.range(of: example.span) else {
            Issue.record("span not in text: \(example)")
            return
        }
        let start = example.text.unicodeScalars.distance(from: example.text.unicodeScalars.startIndex, to: found.lowerBound)
        let end = start + example.span.unicodeScalars.count
        let annotations = document.annotations(in: LayerName.numbers).map { annotation in
            (annotation, document.scalarOffsets.scalarRange(ofBytes: annotation.range))
        }
        if example.label == "NONE" {
            let overlapping = annotations.filter { $0.1.lowerBound < end && $0.1.upperBound > start }
            #expect(overlapping.isEmpty, "\(example): found \(overlapping.map { document.text(of: $0.0) })")
            return
        }
        guard let (annotation, _) = annotations.first(where: { $0.1 == start..<end }) else {
            Issue.record("\(example): found \(annotations.map { "\($0.0.label) '\(document.text(of: $0.0))'" })")
            return
        }
        #expect(annotation.label == example.label, "\(example): label \(annotation.label)")
        let value = annotation["value"]
        if example.value == "null" {
            #expect(value?.isNull == true, "\(example): value \(String(describing: value))")
        } else if let expected = Double(example.value) {
            let actual = value?.doubleValue
            #expect(actual.map { abs($0 - expected) <= 1e-3 * max(1, abs(expected)) } == true,
                    "\(example): value \(String(describing: value))")
        }
        if !example.unit.isEmpty {
            #expect(annotation["unit"]?.stringValue == example.unit, "\(example): unit \(String(describing: annotation["unit"]))")
        }
    }
}
