import Foundation
import LedeCore

/// The `numbers` annotator: numeric and temporal expressions with their values.
///
/// Labels CARDINAL, ORDINAL, PERCENT, MONEY, QUANTITY, DATE, TIME and DURATION, as the annotation
/// guidelines define them. Attributes: `value` (a number or null), `unit` (an ISO 4217 code for
/// money, the unit of a quantity or of a relative time), `counts` (what a cardinal counts, when
/// the text says), `min` and `max` for ranges, and `resolved` (an ISO date) for dates when the
/// article's date is known: the `date` option, the document's `date` metadata, or a dateline.
public struct NumbersAnnotator: Annotator {
    public let name = "numbers"
    public let summary = "Numbers, money, percentages, measures, dates, times and durations, with their values"
    public let requires = [LayerName.tokens, LayerName.sentences]
    public let layers = [LayerSpec(
        name: LayerName.numbers, kind: .mention, title: "Numbers",
        labels: NumberLabel.allCases.map { LabelSpec($0.rawValue, category: .quantity) },
        attributes: [
            AttributeSpec("value", .number, "the value", isColumn: true, role: .value),
            AttributeSpec("unit", .string, "the unit or currency", isColumn: true),
            AttributeSpec("counts", .string, "what a cardinal counts", isColumn: true),
            AttributeSpec("min", .number, "the lower end of a range or an approximate amount"),
            AttributeSpec("max", .number, "the upper end"),
            AttributeSpec("resolved", .string, "a date or time resolved against the article's date"),
        ])]
    public var options: [AnnotatorOption] {
        [AnnotatorOption(name: "date", summary: "the article's date (YYYY-MM-DD), to resolve relative dates")]
    }

    /// The article's date given as an option; it takes precedence over the document's metadata.
    let articleDate: String?

    public init() {
        articleDate = nil
    }

    init(articleDate: String?) {
        self.articleDate = articleDate
    }

    public func configured(_ values: [String: String]) throws -> any Annotator {
        var date = articleDate
        for (option, value) in values {
            guard option == "date" else {
                throw AnnotatorOptionError.unknownOption(annotator: name, option: option, known: options.map(\.name))
            }
            guard CalendarDay(iso: value) != nil else {
                throw AnnotatorOptionError.invalidValue(annotator: name, option: option, value: value, expected: "a date YYYY-MM-DD")
            }
            date = value
        }
        return NumbersAnnotator(articleDate: date)
    }

    public func annotate(_ document: inout Document) throws {
        let lexicon: NumbersLexicon
        switch NumbersLexicon.shared {
        case .success(let loaded): lexicon = loaded
        case .failure(let failure): throw failure
        }
        let tokens = document.tokens
        let sentences = document.annotations(in: LayerName.sentences).map(\.range)
        let givenDate = (articleDate ?? document.metadata["date"]?.stringValue).flatMap { CalendarDay(iso: $0) }
        let annotations: [Annotation] = document.bytes.withUnsafeBufferPointer { bytes in
            let (facts, numerals) = TokenFacts.of(tokens, bytes: bytes, sentences: sentences, lexicon: lexicon)
            var recognizer = Recognizer(bytes: bytes, tokens: tokens, facts: facts, numerals: numerals, lexicon: lexicon)
            var found: [(NumberMatch, counts: String?, future: Bool)] = []
            var tokenIndex = 0
            for sentence in sentences {
                while tokenIndex < tokens.count && tokens[tokenIndex].range.lowerBound < sentence.lowerBound { tokenIndex += 1 }
                let first = tokenIndex
                while tokenIndex < tokens.count && tokens[tokenIndex].range.upperBound <= sentence.upperBound { tokenIndex += 1 }
                guard first < tokenIndex else { continue }
                for match in recognizer.matches(inSentence: first..<tokenIndex) {
                    let counts = match.label == .cardinal ? recognizer.counts(after: match.end) : nil
                    let future = match.reference != nil && recognizer.speaksOfFuture(before: match.start)
                    found.append((match, counts, future))
                }
            }
            let resolver = (givenDate ?? Self.dateline(in: found.map(\.0), tokens: tokens, bytes: bytes)).map { DateResolver(today: $0) }
            return found.map { match, counts, future in
                let range = tokens[match.start].range.lowerBound..<tokens[match.end - 1].range.upperBound
                var attributes: Attributes = ["value": Self.number(match.value, fraction: match.isFraction)]
                if let unit = match.unit { attributes["unit"] = .string(unit) }
                if let counts { attributes["counts"] = .string(counts) }
                if let minimum = match.minimum { attributes["min"] = Self.number(minimum, fraction: match.isFraction) }
                if let maximum = match.maximum { attributes["max"] = Self.number(maximum, fraction: match.isFraction) }
                if let reference = match.reference,
                   let resolved = resolver?.resolve(reference, future: future) ?? DateResolver.absolute(reference) {
                    attributes["resolved"] = .string(resolved)
                }
                return Annotation(layer: LayerName.numbers, label: match.label.rawValue, range: range, attributes: attributes)
            }
        }
        document.setLayer(LayerName.numbers, annotations)
    }

    /// The article's dateline: a full date (year, month and day) near the top, with nothing but
    /// capitalized words and punctuation before it on its line ("NAIROBI, March 3, 2025 -",
    /// "Published: 13 June 2025").
    static func dateline(in matches: [NumberMatch], tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        for match in matches {
            guard match.start < tokens.count, tokens[match.start].range.lowerBound < 600 else { break }
            guard case .calendar(let year?, let month?, let day?)? = match.reference,
                  let date = CalendarDay(checkedYear: year, month: month, day: day) else { continue }
            var index = match.start - 1
            var lowercase = false
            while index >= 0 {
                let range = tokens[index].range
                let gap = bytes[range.upperBound..<tokens[index + 1].range.lowerBound]
                if gap.contains(UInt8(ascii: "\n")) { break }
                if let first = range.first, bytes[first] >= 0x61 && bytes[first] <= 0x7A { lowercase = true }
                index -= 1
            }
            if !lowercase { return date }
        }
        return nil
    }

    /// A value as JSON: integers without a fraction, fractions to four decimals, other decimals
    /// cleaned of binary noise (14.6 × 10⁹ is 14600000000), and nothing that is not finite.
    static func number(_ value: Double?, fraction: Bool) -> AttributeValue {
        guard let value, value.isFinite else { return .null }
        if fraction { return .double((value * 10_000).rounded() / 10_000) }
        let rounded = value.rounded()
        if abs(value - rounded) <= 1e-9 * max(1, abs(value)), abs(rounded) < 9e15 { return .int(Int(rounded)) }
        let cleaned = Double(String(format: "%.12g", value)) ?? value
        return .double(cleaned)
    }
}
