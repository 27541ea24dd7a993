import Foundation
import LedeCore
import Testing

/// A long document cut into sections, and its JSON written section by section.
@Suite struct DocumentSectionsTests {
    func sections(_ text: String, limit: Int) -> [String] {
        let bytes = Array(text.utf8)
        return DocumentSections.ranges(of: bytes, limit: limit).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func sectionsCoverTheTextInOrderWithinTheLimit() {
        let text = String(repeating: "Ann saw Bob. He left.\n\nThen — café. ", count: 200)
        let bytes = Array(text.utf8)
        for limit in [16, 40, 100, 1000] {
            let ranges = DocumentSections.ranges(of: bytes, limit: limit)
            #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == bytes.count)
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(ranges.allSatisfy { !$0.isEmpty && $0.count <= limit })
            // No section starts inside a character.
            #expect(ranges.allSatisfy { $0.lowerBound == bytes.count || bytes[$0.lowerBound] & 0xC0 != 0x80 })
        }
    }

    @Test func aSectionEndsAtAParagraphThenALineThenASentenceThenASpace() {
        // Each break counts only in the second half of the limit: a paragraph's end there…
        #expect(sections("First part here.\n\nSecond one.\nThird line goes on", limit: 34)
            == ["First part here.\n\n", "Second one.\nThird line goes on"])
        // …else a line's (the paragraph's break is in the first half)…
        #expect(sections("Para.\n\nx. Line two is long\nline three and more", limit: 30)
            == ["Para.\n\nx. Line two is long\n", "line three and more"])
        // …else a sentence's, else a space.
        #expect(sections("Short one. Then a longer sentence. and more words", limit: 40)
            == ["Short one. Then a longer sentence. ", "and more words"])
        #expect(sections("words without any full stop at all in them", limit: 20)
            == ["words without any ", "full stop at all in ", "them"])
        let unbroken = String(repeating: "é", count: 20)
        let pieces = sections(unbroken, limit: 17)
        #expect(pieces.joined() == unbroken && pieces.allSatisfy { !$0.contains("\u{FFFD}") })
    }

    @Test func aShortOrEmptyTextIsOneSection() {
        #expect(DocumentSections.ranges(of: Array("Short.".utf8), limit: 100) == [0..<6])
        #expect(DocumentSections.ranges(of: [], limit: 100) == [0..<0])
    }

    @Test func sectionsWrittenAsOneDocumentHaveTheWholeTextsOffsets() throws {
        // Paragraphs that stand alone: annotated in sections or whole, the same annotations.
        let paragraph = "Zoë’s café opened. “Yes,” she said.\n\n"
        var whole = Document(id: "long", text: String(repeating: paragraph, count: 30))
        let pipeline = try Pipeline(names: ["tokens", "sentences", "paragraphs"], registry: Registry(annotators: CoreAnnotators.all))
        let sections = DocumentSections.ranges(of: whole.bytes, limit: 200)
        #expect(sections.count > 5)
        var text = ""
        DocumentJSON.encode(whole, sections: sections, annotate: { section in
            var section = section
            pipeline.run(&section)
            return section
        }, chunkBytes: 256) { text += $0 }
        pipeline.run(&whole)
        let sectioned = try DocumentJSON.decode(Array(text.utf8))
        #expect(sectioned.text == whole.text)
        for layer in ["tokens", "sentences", "paragraphs"] {
            #expect(sectioned.annotations(in: layer).map(\.range) == whole.annotations(in: layer).map(\.range))
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let scalars = Array(whole.text.unicodeScalars)
        for annotation in try #require(object["annotations"] as? [[String: Any]]) {
            let start = try #require(annotation["start"] as? Int), end = try #require(annotation["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == annotation["text"] as? String)
        }
    }

    @Test func aSectionsOffsetAttributesAreMovedToTheWholeTextsAndNothingElse() throws {
        // Each section gets a "who" annotation over its first word, with attributes that point
        // back at that word: declared offsets (an integer, a pair in a list) and a plain count.
        let paragraph = "Zoë spoke. Then café.\n\n"
        let whole = Document(id: "long", text: String(repeating: paragraph, count: 12))
        let pipeline = try Pipeline(names: ["tokens", "sentences"], registry: Registry(annotators: CoreAnnotators.all))
        let ranges = DocumentSections.ranges(of: whole.bytes, limit: 60)
        #expect(ranges.count > 3)
        var seen: [AnnotatedSection] = []
        whole.annotateSections(ranges, with: { section in
            var section = section
            pipeline.run(&section)
            section.setLayer("who", [Annotation(layer: "who", label: "X", range: 0..<4, attributes: [
                "at": .int(0), "span": .array([.array([.int(0), .int(3)])]), "count": .int(7), "name": .string("Zoë"),
            ])])
            return section
        }, offsetAttributes: ["who": ["at", "span"], "absent": ["at"]]) { seen.append($0) }
        #expect(seen.count == ranges.count)
        let scalars = Array(whole.text.unicodeScalars)
        var sentences = 0
        for (section, range) in zip(seen, ranges) {
            // The section's own ranges stay its own; its start is where its text begins.
            #expect(section.scalarStart == String(decoding: whole.bytes[..<range.lowerBound], as: UTF8.self).unicodeScalars.count)
            #expect(section.sentencesBefore == sentences)
            sentences += section.document.annotations(in: "sentences").count
            let who = try #require(section.document.annotations(in: "who").first)
            #expect(who.range == 0..<4)
            let at = try #require(who["at"]?.intValue)
            #expect(at == section.scalarStart)
            #expect(who["span"] == .array([.array([.int(at), .int(at + 3)])]))
            #expect(String(String.UnicodeScalarView(scalars[at..<at + 3])) == "Zoë")
            #expect(who["count"] == .int(7) && who["name"] == .string("Zoë"))
        }
        #expect(sentences == 24)
    }

    @Test func aTokenTableGatheredFromSectionsIsTheWholeDocumentsTable() throws {
        // A layer of one annotation per token ("shape": words only, punctuation none), made per
        // section as per document: in sections or whole, the same table, after the annotations.
        let paragraph = "Zoë’s café opened. “Yes,” she said.\n\n"
        var whole = Document(id: "long", text: String(repeating: paragraph, count: 30))
        let pipeline = try Pipeline(names: ["tokens", "sentences"], registry: Registry(annotators: CoreAnnotators.all))
        func annotate(_ document: Document) -> Document {
            var document = document
            pipeline.run(&document)
            var shapes = TokenLayer(labels: ["UPPER", "lower"])
            for (index, token) in document.tokens.enumerated() where token.kind == .word {
                let text = document.text(token.range)
                let attributes = shapes.addAttributes(["length": .int(text.unicodeScalars.count)])
                _ = shapes.append(token: index, label: text.first?.isUppercase == true ? 0 : 1, attributes: attributes)
            }
            document.setTokenLayer("shape", shapes)
            return document
        }
        let sections = DocumentSections.ranges(of: whole.bytes, limit: 200)
        #expect(sections.count > 5)
        var text = ""
        DocumentJSON.encode(whole, sections: sections, annotate: annotate, tokenTable: true, chunkBytes: 256) { text += $0 }
        #expect(text.contains("],\"tokens\":{\"start\":["))
        whole = annotate(whole)
        let sectioned = try DocumentJSON.decode(Array(text.utf8))
        let wholeTable = try DocumentJSON.decode(Array(DocumentJSON.encodedBytes(whole, tokenTable: true)))
        for layer in ["tokens", "shape", "sentences"] {
            #expect(sectioned.annotations(in: layer) == whole.annotations(in: layer))
            #expect(wholeTable.annotations(in: layer) == whole.annotations(in: layer))
        }
        #expect(!whole.annotations(in: "shape").isEmpty)
        #expect(whole.annotations(in: "shape").count == whole.tokens.filter { $0.kind == .word }.count)
    }

    @Test func aTokenTableOfSectionsKeepsLabelsMetLateAndNullsBeforeALayerFirstMet() throws {
        // Each section's "shape" labels differ ("S0", "S1"…), and a layer "late" is made only
        // from the third section on: its column is null for the tokens before.
        let whole = Document(id: "long", text: String(repeating: "Zoë’s café opened. “Yes,” she said.\n\n", count: 30))
        let pipeline = try Pipeline(names: ["tokens"], registry: Registry(annotators: CoreAnnotators.all))
        let sections = DocumentSections.ranges(of: whole.bytes, limit: 200)
        #expect(sections.count > 5)
        var made = 0
        var expected: [String: [Annotation]] = [:]
        func annotate(_ section: Document) -> Document {
            var section = section
            pipeline.run(&section)
            let number = made, shift = sections[number].lowerBound
            made += 1
            for layer in number >= 2 ? ["shape", "late"] : ["shape"] {
                var table = TokenLayer()
                let label = table.addLabel("S\(number)")
                for (index, token) in section.tokens.enumerated() where token.kind == .word {
                    let set = table.addAttributes(["width": .int(token.range.count)])
                    _ = table.append(token: index, label: label, attributes: set)
                    expected[layer, default: []].append(Annotation(layer: layer, label: "S\(number)",
                        range: token.range.lowerBound + shift..<token.range.upperBound + shift, attributes: ["width": .int(token.range.count)]))
                }
                section.setTokenLayer(layer, table)
            }
            return section
        }
        var text = ""
        DocumentJSON.encode(whole, sections: sections, annotate: annotate, tokenTable: true, chunkBytes: 256) { text += $0 }
        let read = try DocumentJSON.decode(Array(text.utf8))
        #expect(made == sections.count)
        #expect(read.annotations(in: "shape") == expected["shape"])
        #expect(read.annotations(in: "late") == expected["late"])
        #expect(Set(read.annotations(in: "shape").map(\.label)).count == sections.count)
        let table = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])["tokens"] as? [String: [Any]]
        let late = try #require(table?["late"])
        // Null for every token of the first two sections, then a label on their words.
        let firstLate = try #require(late.firstIndex { !($0 is NSNull) })
        #expect(firstLate > 0 && late[..<firstLate].allSatisfy { $0 is NSNull })
        #expect(late.count == read.tokens.count)
    }
}
