import Foundation
import LedeTestSupport
import Testing

/// `lede annotate` and `lede annotators`, driven through pipes.
@Suite struct AnnotateCLITests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func sampleArticleAsJSONSlicesBack() throws {
        let result = try LedeBinary.run(["annotate", "--format", "json", LedeBinary.sampleArticle.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let document = try json(result.stdout)
        let text = try String(contentsOf: LedeBinary.sampleArticle, encoding: .utf8)
        #expect(document["text"] as? String == text)
        let scalars = Array(text.unicodeScalars)
        let annotations = try #require(document["annotations"] as? [[String: Any]])
        var layers: [String: Int] = [:]
        for annotation in annotations {
            let layer = try #require(annotation["layer"] as? String)
            layers[layer, default: 0] += 1
            let start = try #require(annotation["start"] as? Int), end = try #require(annotation["end"] as? Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == annotation["text"] as? String)
        }
        #expect(layers["sentences"] == 28)
        #expect((layers["tokens"] ?? 0) > 500)
    }

    @Test func withoutLeavesAnAnnotatorOutButNotWhatOthersRequire() throws {
        let text = "Maria Lopez said 3 people left Paris."
        func layers(_ arguments: [String]) throws -> Set<String> {
            let result = try LedeBinary.run(["annotate", "--format", "jsonl"] + arguments, input: text)
            #expect(result.status == 0)
            let annotations = try #require(try json(result.stdout)["annotations"] as? [[String: Any]])
            return Set(annotations.compactMap { $0["layer"] as? String })
        }
        let all = try layers([])
        #expect(all.contains("pos") && all.contains("entities"))
        let withoutNumbers = try layers(["--without", "numbers"])
        #expect(!withoutNumbers.contains("numbers"))
        #expect(withoutNumbers == all.subtracting(["numbers"]))
        // Places and pos are required by entities: leaving them out of the list still runs them.
        let required = try layers(["--with", "entities", "--without", "places,pos"])
        #expect(required.contains("places") && required.contains("pos"))
        #expect(try !layers(["--with", "numbers", "--without", "pos"]).contains("pos"))
        let unknown = try LedeBinary.run(["annotate", "--without", "pso"], input: text)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown annotator 'pso'; did you mean 'pos'?"))
    }

    @Test func conllHasThePennTagColumnWhenTheTaggerRan() throws {
        let text = "Maria Lopez visited Paris."
        let tagged = try LedeBinary.run(["annotate", "--format", "conll"], input: text)
        #expect(tagged.status == 0)
        let lines = tagged.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "-DOCSTART- (-)\t-X-\tO")
        #expect(lines.contains("Maria\tNNP\tB-PERSON"))
        #expect(lines.contains("visited\tVBD\tO"))
        #expect(lines.contains("Paris\tNNP\tB-PLACE") || lines.contains("Paris\tNNP\tB-CITY"))
        let untagged = try LedeBinary.run(["annotate", "--format", "conll", "--with", "places"], input: text)
        #expect(untagged.stdout.split(separator: "\n").contains("visited\tO"))
    }

    @Test func aDocumentOverAMegabyteIsWrittenWholeAndValid() throws {
        // Written in pieces when its turn comes (never held as one text): still one valid line.
        let paragraph = "Maria Lopez said on Friday that 3 people left Paris. “We are safe,” she said.\n\n"
        let text = String(repeating: paragraph, count: 1_400_000 / paragraph.utf8.count + 1)
        let result = try LedeBinary.run(["annotate", "--with", "tokens,quotes", "--format", "jsonl", "-"],
                                        input: text)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let document = try json(String(try #require(lines.first)))
        #expect(document["text"] as? String == text)
        let annotations = try #require(document["annotations"] as? [[String: Any]])
        #expect(annotations.filter { $0["layer"] as? String == "quotes" }.count > 10_000)
        let twice = try LedeBinary.run(["annotate", "-", "-"], input: "Hello.")
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("standard input (-) can be read only once"))
    }

    @Test func aTokenTableHoldsWhatTheAnnotationsOfEveryTokenHold() throws {
        // A small document, rendered ahead by its worker, and one of 100 kB, written in pieces.
        let small = "Maria Lopez said “We are safe.”"
        let large = String(repeating: "Zoë Park left Paris on Friday, she said.\n\n", count: 2_500)
        let input = [small, large].map { #"{"id":"d","text":"\#($0.replacingOccurrences(of: "\n", with: "\\n"))"}"# }
            .joined(separator: "\n")
        let table = try LedeBinary.run(["annotate", "--input", "jsonl", "--format", "jsonl", "--token-table"], input: input)
        let plain = try LedeBinary.run(["annotate", "--input", "jsonl", "--format", "jsonl"], input: input)
        #expect(table.status == 0 && plain.status == 0)
        #expect(table.stdout.utf8.count * 2 < plain.stdout.utf8.count, "less than half the size")
        let tables = table.stdout.split(separator: "\n"), plains = plain.stdout.split(separator: "\n")
        #expect(tables.count == 2 && plains.count == 2)
        for (tabled, annotated) in zip(tables, plains) {
            let columns = try #require(try json(String(tabled))["tokens"] as? [String: [Any]])
            #expect(Set(columns.keys) == ["start", "end", "kind", "pos", "pos.lemma", "pos.xpos"])
            let annotations = try #require(try json(String(annotated))["annotations"] as? [[String: Any]])
            let tokens = annotations.filter { $0["layer"] as? String == "tokens" }
            let tags = annotations.filter { $0["layer"] as? String == "pos" }
            #expect(tokens.count > 5 && tags.count == tokens.count)
            #expect(columns.values.allSatisfy { $0.count == tokens.count })
            #expect(columns["start"] as? [Int] == tokens.map { $0["start"] as? Int ?? -1 })
            #expect(columns["end"] as? [Int] == tokens.map { $0["end"] as? Int ?? -1 })
            #expect(columns["kind"] as? [String] == tokens.map { $0["label"] as? String ?? "" })
            #expect(columns["pos"] as? [String] == tags.map { $0["label"] as? String ?? "" })
            #expect(columns["pos.lemma"] as? [String] == tags.map { ($0["attrs"] as? [String: Any])?["lemma"] as? String ?? "" })
            let others = try #require(try json(String(tabled))["annotations"] as? [[String: Any]])
            #expect(others.count == annotations.count - tokens.count - tags.count)
        }
        let wrongFormat = try LedeBinary.run(["annotate", "--format", "csv", "--token-table"], input: small)
        #expect(wrongFormat.status == 2)
        #expect(wrongFormat.stderr.contains("--token-table is for --format json and jsonl"))
    }

    @Test func theShellReadsATokenTableBackAsItsLayers() throws {
        let folder = try TemporaryFolder()
        let source = try folder.file("a.txt", "Maria Lopez said “We are safe” in Paris.\n\nShe left on Friday.")
        let tabled = try LedeBinary.run(["annotate", "--format", "json", "--token-table", source])
        let plain = try LedeBinary.run(["annotate", "--format", "json", source])
        #expect(tabled.status == 0 && plain.status == 0)
        let back = try LedeBinary.run(["-c", "export json -", try folder.file("a.json", tabled.stdout)])
        #expect(back.status == 0)
        /// Every annotation as one line of text, attributes in name order.
        func lines(_ output: String) throws -> [String] {
            let annotations = try #require(try json(output)["annotations"] as? [[String: Any]])
            return try annotations.map { annotation in
                let attributes = try JSONSerialization.data(withJSONObject: annotation["attrs"] ?? [:], options: .sortedKeys)
                return "\(annotation["layer"] ?? "") \(annotation["label"] ?? "") \(annotation["start"] ?? "")-\(annotation["end"] ?? "") "
                    + String(decoding: attributes, as: UTF8.self)
            }.sorted()
        }
        let expected = try lines(plain.stdout)
        #expect(expected.contains { $0.hasPrefix("pos PROPN 0-5 ") && $0.contains(#""lemma":"Maria""#) })
        #expect(try lines(back.stdout) == expected)
    }

    @Test func jsonOfSeveralDocumentsIsOneArray() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "Maria Lopez spoke."), second = try folder.file("b.txt", "It rained in Paris.")
        let result = try LedeBinary.run(["annotate", "--with", "entities", "--format", "json", first, second])
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["text"] as? String } == ["Maria Lopez spoke.", "It rained in Paris."])
        // One file stays one object.
        let single = try LedeBinary.run(["annotate", "--with", "entities", "--format", "json", first])
        #expect(try json(single.stdout)["text"] as? String == "Maria Lopez spoke.")
    }

    @Test func jsonLinesGivesOneLinePerDocument() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "One. Two.")
        let second = try folder.file("b.txt", "Three.")
        let result = try LedeBinary.run(["annotate", "--format", "jsonl", "--with", "sentences", first, second])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try json(String(lines[0]))["id"] as? String == first)
        #expect(try json(String(lines[1]))["text"] as? String == "Three.")
    }

    @Test func standardInputIsReadForDashOrNoFile() throws {
        let result = try LedeBinary.run(["annotate", "--format", "jsonl", "--layers", "sentences"], input: "Hi there. Bye.")
        #expect(result.status == 0)
        let annotations = try #require(try json(result.stdout)["annotations"] as? [[String: Any]])
        #expect(annotations.compactMap { $0["text"] as? String } == ["Hi there.", "Bye."])
    }

    @Test func textFormatListsLayers() throws {
        let result = try LedeBinary.run(["annotate", "--format", "text", "-"], input: "One. Two.")
        #expect(result.status == 0)
        #expect(result.stdout.contains("sentences  SENTENCE  5-9"))
        #expect(!result.stdout.contains("tokens "))
    }

    @Test func missingFileIsReportedAndOthersStillProcessed() throws {
        let folder = try TemporaryFolder()
        let good = try folder.file("good.txt", "Fine text.")
        let result = try LedeBinary.run(["annotate", "--format", "jsonl", "/nonexistent/missing.txt", good])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/missing.txt: no such file"))
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("Fine text."))
    }

    @Test func binaryInputIsRefused() throws {
        let folder = try TemporaryFolder()
        let binary = try folder.file("image.bin", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        let result = try LedeBinary.run(["annotate", binary])
        #expect(result.status == 1)
        #expect(result.stderr.contains("binary data"))
        #expect(result.stdout.isEmpty)
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let result = try LedeBinary.run(["annotate", "--format", "jsonl"], input: Data([0x6F, 0x6B, 0x20, 0xFF, 0x2E]))
        #expect(result.status == 0)
        #expect(result.stderr.contains("invalid UTF-8: 1 byte sequence replaced"))
        #expect(try json(result.stdout)["text"] as? String == "ok \u{FFFD}.")
    }

    @Test func emptyInputIsAnEmptyDocument() throws {
        let result = try LedeBinary.run(["annotate", "--format", "jsonl"], input: "")
        #expect(result.status == 0)
        let document = try json(result.stdout)
        #expect(document["text"] as? String == "")
        #expect((document["annotations"] as? [Any])?.isEmpty == true)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let unknownOption = try LedeBinary.run(["annotate", "--colour", "x"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("Unknown option '--colour'"))
        let unknownAnnotator = try LedeBinary.run(["annotate", "--with", "sentenses", "-"], input: "x")
        #expect(unknownAnnotator.status == 2)
        #expect(unknownAnnotator.stderr.contains("unknown annotator 'sentenses'; did you mean 'sentences'?"))
        let badFormat = try LedeBinary.run(["annotate", "--format", "xml", "-"])
        #expect(badFormat.status == 2)
    }

    @Test func helpExitsWithZero() throws {
        let result = try LedeBinary.run(["annotate", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--with"))
    }

    @Test func annotatorsListsNamesSummariesAndRequirements() throws {
        let result = try LedeBinary.run(["annotators"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("name") == true)
        #expect(lines.contains { $0.hasPrefix("sentences") && $0.contains("tokens") })
        #expect(lines.contains { $0.hasPrefix("paragraphs") })
    }

    @Test func annotatorsAsJSONLinesGiveEachAnnotatorsLayers() throws {
        let result = try LedeBinary.run(["annotators", "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        let objects = try lines.map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let quotes = try #require(objects.first { $0["name"] as? String == "quotes" })
        #expect(quotes["produces"] as? [String] == ["quotes"])
        #expect((quotes["requires"] as? [String])?.contains("entities") == true)
        #expect(objects.count == (try LedeBinary.run(["annotators"])).stdout.split(separator: "\n").count - 1)
        #expect(result.stdout.hasSuffix("}\n"))
    }
}
