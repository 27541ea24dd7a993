import Foundation
import LedeCore
import LedeTestSupport
import Testing
@testable import LedeShell

@Suite struct ExporterTests {
    /// The declarations of the built-in layers.
    static let catalog = LayerCatalog(registry: TestRegistry.all)

    /// A small document with non-ASCII text, a line break inside a quote and overlapping layers.
    func smallDocument() -> Document {
        let text = "Zoë Müller said: “Prices rose\nby 5 percent.”  Then Müller left."
        var document = Document(id: "small", text: text)
        Pipeline(ordered: TestRegistry.core.annotators).run(&document)
        func span(_ needle: String, _ occurrence: Int = 1) -> Range<Int> { SampleDocument.range(of: needle, occurrence: occurrence, in: text) }
        document.setLayer("entities", [
            Annotation(layer: "entities", label: "PERSON", range: span("Zoë Müller"), attributes: ["canonical": "Zoë Müller"]),
            Annotation(layer: "entities", label: "PERSON", range: span("Müller", 2), attributes: ["canonical": "Zoë Müller"]),
        ])
        document.setLayer("numbers", [Annotation(layer: "numbers", label: "PERCENT", range: span("5 percent"), attributes: ["value": 5])])
        document.setLayer("quotes", [Annotation(layer: "quotes", label: "DIRECT", range: span("Prices rose\nby 5 percent."),
                                                attributes: ["speaker": "Zoë Müller", "cue": "said"])])
        return document
    }

    @Test func jsonRoundTripsThroughTheDecoder() throws {
        let document = smallDocument()
        let json = try JSONExporter(pretty: true, options: ExportOptions(catalog: Self.catalog)).render(document)
        let decoded = try DocumentJSON.decode(Data(json.utf8))
        #expect(decoded.text == document.text)
        for layer in ["entities", "numbers", "quotes", "sentences"] {
            #expect(decoded.annotations(in: layer) == document.annotations(in: layer))
        }
        #expect(decoded.annotations(in: "numbers").first?["value"] == .int(5))
    }

    @Test func conllTagsTokensWithBIO() throws {
        let conll = try CoNLLExporter(options: ExportOptions(catalog: Self.catalog)).render(smallDocument())
        let lines = conll.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "-DOCSTART- (small)\tO")
        #expect(lines.contains("Zoë\tB-PERSON"))
        #expect(lines.contains("Müller\tI-PERSON"))
        #expect(lines.contains("5\tB-PERCENT"))
        #expect(lines.contains("percent\tI-PERCENT"))
        #expect(lines.contains("said\tO"))
        #expect(lines.contains("Then\tO"))
        // Sentences are separated by blank lines.
        #expect(lines.filter(\.isEmpty).count >= 3)
    }

    @Test func bratUsesCharacterOffsetsAndFragments() throws {
        let document = smallDocument()
        let exporter = BratExporter(options: ExportOptions(catalog: Self.catalog))
        let files = try exporter.files(for: document, path: "/tmp/x/article.ann")
        #expect(files.map(\.path) == ["/tmp/x/article.txt", "/tmp/x/article.ann", "/tmp/x/annotation.conf"])
        let ann = files[1].contents
        #expect(ann.contains("T1\tPERSON 0 10\tZoë Müller"))
        // The quote is cut at the line break into two fragments.
        let scalars = Array(document.text.unicodeScalars)
        let start = scalars.firstIndex(of: "P") ?? 0
        #expect(ann.contains("DIRECT \(start) \(start + 11);\(start + 12) \(start + 25)\tPrices rose by 5 percent."))
        #expect(ann.contains("AnnotatorNotes T4\tquotes; cue=said; speaker=Zoë Müller"))
        #expect(files[2].contents.contains("[entities]\nPERSON\nPERCENT\nDIRECT"))
        #expect(throws: ExportError.self) { try exporter.render(document) }
    }

    @Test func bratRelatesQuotesToSpeakersAndRolesToHolders() throws {
        let document = try TestRegistry.annotate(try String(contentsOf: LedeBinary.sampleArticle, encoding: .utf8),
                                                 with: ["quotes", "roles"])
        let files = try BratExporter(options: ExportOptions(catalog: LayerCatalog(registry: TestRegistry.all)))
            .files(for: document, path: "/tmp/x/article.ann")
        var terms: [String: String] = [:]
        var relations: [(type: String, from: String, to: String)] = []
        for line in files[1].contents.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            if fields[0].hasPrefix("T") { terms[fields[0]] = fields[1].split(separator: " ").first.map(String.init) }
            if fields[0].hasPrefix("R") {
                let parts = fields[1].split(separator: " ").map(String.init)
                relations.append((parts[0], String(parts[1].dropFirst(5)), String(parts[2].dropFirst(5))))
            }
        }
        let texts = Dictionary(uniqueKeysWithValues: files[1].contents.split(separator: "\n").compactMap { line -> (String, String)? in
            let fields = line.split(separator: "\t").map(String.init)
            return fields[0].hasPrefix("T") && fields.count == 3 ? (fields[0], fields[2]) : nil
        })
        // Every relation's arguments are written spans, of the right kinds.
        #expect(!relations.isEmpty)
        for relation in relations {
            #expect(terms[relation.from] != nil && terms[relation.to] != nil, "R \(relation) names a span that is not there")
        }
        let speakers = relations.filter { $0.type == "Speaker" }
        #expect(speakers.allSatisfy { ["DIRECT", "INDIRECT", "PARTIAL"].contains(terms[$0.from] ?? "") })
        #expect(speakers.contains { texts[$0.to]?.hasSuffix("Araghchi") == true })
        let holders = relations.filter { $0.type == "Holder" }
        #expect(holders.contains { texts[$0.from] == "Foreign Minister" && texts[$0.to] == "Abbas Araghchi" })
        #expect(holders.allSatisfy { terms[$0.from] == "ROLE" && terms[$0.to] == "PERSON" })
        // And both relations are declared.
        #expect(files[2].contents.contains("[relations]\n# A quote"))
        #expect(files[2].contents.contains("\nSpeaker\tArg1:<ENTITY>, Arg2:<ENTITY>\nHolder\tArg1:<ENTITY>, Arg2:<ENTITY>\n"))
    }

    @Test func spacyTokensRebuildTheTextExactly() throws {
        let document = smallDocument()
        let json = try SpacyExporter(options: ExportOptions(catalog: Self.catalog)).render(document)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        let scalars = Array(document.text.unicodeScalars)
        // Rebuild the text as spaCy does: each token, plus one space where the next starts later.
        var rebuilt = ""
        for (index, token) in tokens.enumerated() {
            let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            rebuilt += String(view)
            let next = index + 1 < tokens.count ? (tokens[index + 1]["start"] as? Int ?? end) : scalars.count
            if next > end {
                #expect(next == end + 1 && scalars[end] == " ", "gap after token \(index) is not one space")
                rebuilt += " "
            }
        }
        #expect(rebuilt == document.text)
        let ents = try #require(object["ents"] as? [[String: Any]])
        #expect(ents.map { $0["label"] as? String } == ["PERSON", "PERCENT", "PERSON"])
        let spans = try #require(object["spans"] as? [String: [[String: Any]]])
        #expect(spans["quotes"]?.first?["kb_id"] as? String == "Zoë Müller")
    }

    @Test func spacyJSONKeepsEachValuesOwnBytes() throws {
        // "Zoë" composed and decomposed are equal Swift strings, but not the same bytes: each
        // referent is written as it was given.
        let composed = "Zo\u{EB}", decomposed = "Zoe\u{308}"
        var document = Document(id: "forms", text: "\(composed) met \(decomposed).")
        Pipeline(ordered: TestRegistry.core.annotators).run(&document)
        document.setLayer("entities", [
            Annotation(layer: "entities", label: "PERSON", range: 0..<4, attributes: ["canonical": .string(composed)]),
            Annotation(layer: "entities", label: "PERSON", range: 9..<14, attributes: ["canonical": .string(decomposed)]),
        ])
        let json = Array(try SpacyExporter(options: ExportOptions(catalog: Self.catalog)).render(document).utf8)
        func count(_ text: String) -> Int {
            let needle = Array(text.utf8)
            return json.indices.filter { json[$0...].starts(with: needle) }.count
        }
        #expect(count("\"kb_id\":\"\(composed)\"") == 1 && count("\"kb_id\":\"\(decomposed)\"") == 1)
        #expect(count("\"value\":\"\(composed)\"") == 1 && count("\"value\":\"\(decomposed)\"") == 1)
    }

    @Test func spacyJSONOfALongDocumentInSectionsIsTheWholeDocumentsJSON() throws {
        // Paragraphs that stand alone, each with its own entities, number, quote and speaker
        // offsets: written section by section (tokens first, the rest after) or whole, the same
        // JSON object once parsed, with the tokens numbered on across sections.
        let paragraph = "Zoë Müller said: “Prices rose by 5 percent.” Then she left.\n\n"
        func annotate(_ document: Document) -> Document {
            var document = document
            Pipeline(ordered: TestRegistry.core.annotators).run(&document)
            var entities: [Annotation] = [], numbers: [Annotation] = [], quotes: [Annotation] = []
            let offsets = document.scalarOffsets
            var start = document.text.startIndex
            while let found = document.text.range(of: "Zoë Müller", range: start..<document.text.endIndex) {
                let bytes = document.text.utf8.distance(from: document.text.startIndex, to: found.lowerBound)
                let range = bytes..<bytes + "Zoë Müller".utf8.count
                let scalars = offsets.scalarRange(ofBytes: range)
                entities.append(Annotation(layer: "entities", label: "PERSON", range: range, attributes: ["canonical": "Zoë Müller"]))
                let percent = range.lowerBound + 37..<range.lowerBound + 46
                numbers.append(Annotation(layer: "numbers", label: "PERCENT", range: percent, attributes: ["value": 5]))
                quotes.append(Annotation(layer: "quotes", label: "DIRECT", range: range.lowerBound + 22..<range.lowerBound + 47, attributes: [
                    "speaker": "Zoë Müller", "speakerStart": .int(scalars.lowerBound), "speakerEnd": .int(scalars.upperBound),
                ]))
                start = found.upperBound
            }
            document.setLayer("entities", entities)
            document.setLayer("numbers", numbers)
            document.setLayer("quotes", quotes)
            return document
        }
        let whole = Document(id: "long", text: String(repeating: paragraph, count: 40))
        let sections = DocumentSections.ranges(of: whole.bytes, limit: 300)
        #expect(sections.count > 5)
        let exporter = SpacyExporter(options: ExportOptions(catalog: Self.catalog))
        var sectioned = ""
        try exporter.render(whole, sections: sections, annotate: annotate) { sectioned += $0 }
        let annotated = annotate(whole)
        #expect(annotated.annotations(in: "numbers").allSatisfy { annotated.text(of: $0) == "5 percent" })
        let wholeJSON = try exporter.render(annotated)
        let parse = { (json: String) in try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary) }
        #expect(try parse(sectioned) == parse(wholeJSON))
        #expect(sectioned.hasPrefix("{\"text\":") && sectioned.contains("],\"ents\":[") && sectioned.hasSuffix("}\n"))
        let tokens = try #require(try parse(sectioned)["tokens"] as? [[String: Any]])
        #expect(tokens.map { $0["id"] as? Int } == Array(0..<tokens.count))
    }

    @Test func csvQuotesFieldsAndKeepsOneHeader() throws {
        let exporter = try CSVExporter(options: ExportOptions(catalog: Self.catalog))
        let csv = exporter.header() + (try exporter.render(smallDocument()))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "document,sentence,layer,label,start,end,text,speaker,cue,attributes")
        #expect(lines[1].hasPrefix("small,1,quotes,DIRECT,18,43,\"Prices rose\nby 5 percent.\",Zoë Müller,said,"))
        #expect(throws: ExportError.self) { try CSVExporter(options: ExportOptions(layers: ["quotes", "roles"], catalog: Self.catalog)) }
    }

    @Test func htmlEscapesEveryPieceOfText() throws {
        var document = Document(id: "<b>id</b>", text: "Evil <script>alert(1)</script> & <img src=x onerror=alert(2)> said \"Bob\".")
        Pipeline(ordered: TestRegistry.core.annotators).run(&document)
        document.setLayer("entities", [Annotation(layer: "entities", label: "PERSON", range: SampleDocument.range(of: "Bob", in: document.text),
                                                  attributes: ["canonical": "<i>Bob</i>"])])
        let exporter = HTMLExporter(options: ExportOptions(catalog: Self.catalog))
        let html = exporter.header(for: document) + (try exporter.render(document)) + exporter.footer()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<i>Bob"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;b&gt;id&lt;/b&gt;"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("class=\"a L-entities entities-PERSON\""))
        #expect(html.contains("<title>\(HTML.escape(try #require(HTMLExporter.headline(of: document))))</title>"))
    }

    @Test func spacyKeysStringsAsSpacysStringStoreDoes() {
        // Values read from spaCy 3.8's StringStore.
        #expect(SpacyHash.of("hello") == 5_983_625_672_228_268_878)
        #expect(SpacyHash.of("Zoë") == 16_948_573_035_762_911_534)
        #expect(SpacyHash.of("exactly8") == 17_695_040_895_084_571_796)
        #expect(SpacyHash.of("ORG") == 383)
        #expect(SpacyHash.of("") == 0)
    }

    @Test func zlibStreamsCarryTheirChecksumAndSplitLongDataIntoBlocks() {
        #expect(ZlibStream.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        let data = [UInt8](repeating: 7, count: 70_000)
        let stream = ZlibStream.stored(data)
        #expect(stream.prefix(2) == [0x78, 0x01])
        #expect(stream.count == 2 + 5 + 65_535 + 5 + (70_000 - 65_535) + 4)
        #expect(stream[2] == 0 && stream[2 + 5 + 65_535] == 1)   // the second block is the last
    }
}
