import Foundation
import LedeTestSupport
import Testing

/// `lede annotate` over many documents, in parallel, through the real binary.
@Suite struct BatchCLITests {
    func json(_ line: Substring) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func aRecordsDateResolvesItsRelativeDates() throws {
        let input = """
            {"id":"a","date":"2025-06-13","text":"On Friday the talks ended."}
            {"id":"b","date":"13 June","text":"On Friday the talks ended."}

            """
        let result = try LedeBinary.run(["annotate", "--input", "jsonl", "--with", "numbers", "--format", "jsonl", "--jobs", "1"], input: input)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\"resolved\":\"2025-06-13\"") == true)
        #expect(lines.last?.contains("resolved") == false)
        #expect(result.stderr.contains("b: \"date\" 13 June is not YYYY-MM-DD; ignored"))
    }

    @Test func manyFilesInParallelComeOutInInputOrder() throws {
        let folder = try TemporaryFolder()
        // Documents of very different sizes, so that parallel workers finish out of order.
        var files: [String] = []
        for index in 0..<40 {
            let sentence = "Document \(index) says hello. "
            files.append(try folder.file("doc\(index).txt", String(repeating: sentence, count: index % 7 == 0 ? 3000 : 1)))
        }
        let result = try LedeBinary.run(["annotate", "--format", "jsonl", "--jobs", "2", "--with", "sentences"] + files)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == files.count)
        for (line, file) in zip(lines, files) {
            #expect(try json(line)["id"] as? String == file)
        }
    }

    @Test func jsonLinesInputReportsBadRecordsAndKeepsTheOthers() throws {
        var input = ""
        for index in 0..<30 { input += "{\"id\": \"n\(index)\", \"text\": \"Record \(index). Second sentence.\"}\n" }
        input += "{\"id\": \"broken\", \"text\": 42}\n"
        input += "not json at all\n"
        input += "\n"
        input += "{\"id\": \"last\", \"text\": \"The end.\"}\n"
        let result = try LedeBinary.run(["annotate", "--input", "jsonl", "--format", "jsonl", "--jobs", "3", "-"], input: input)
        #expect(result.status == 1)
        let ids = try result.stdout.split(separator: "\n").map { try json($0)["id"] as? String }
        #expect(ids == (0..<30).map { "n\($0)" } + ["last"])
        #expect(result.stderr.contains("lede: broken: no \"text\" string"))
        #expect(result.stderr.contains("lede: stdin:32: not valid JSON"))
        #expect(result.stderr.contains("2 of 33 documents failed:"))
    }

    @Test func csvHasOneHeaderForTheWholeBatch() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "One. Two.")
        let second = try folder.file("b.txt", "Three.")
        let result = try LedeBinary.run(["annotate", "--format", "csv", "--layers", "sentences", first, second])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 4)
        #expect(lines[0] == "document,sentence,layer,label,start,end,text,attributes")
        #expect(lines[2] == "\(first),2,sentences,SENTENCE,5,9,Two.,")
        #expect(lines[3] == "\(second),1,sentences,SENTENCE,0,6,Three.,")
    }

    @Test func bratAndHTMLWriteAFilePerDocumentIntoAFolder() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "Zoë left. Bob stayed.")
        let output = folder.url.appending(path: "out").path
        let brat = try LedeBinary.run(["annotate", "--format", "brat", "--output-dir", output, first])
        #expect(brat.status == 0, "\(brat.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files == ["a.ann", "a.txt", "annotation.conf"])
        let noFolder = try LedeBinary.run(["annotate", "--format", "brat", first])
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.contains("--output-dir"))
        let html = try LedeBinary.run(["annotate", "--format", "html", first])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.hasSuffix("</html>\n"))
    }

    @Test func badJobsIsAUsageError() throws {
        let result = try LedeBinary.run(["annotate", "--jobs", "0", "-"], input: "x")
        #expect(result.status == 2)
    }
}

/// A document longer than `DocumentSections.documentLimit`, annotated and written section by
/// section in the JSON formats (the token table too), text, CSV and CoNLL.
@Suite struct LongDocumentCLITests {
    /// Some 600 KB of numbered paragraphs (`paragraph(n)` each): five sections of at most 128 KB.
    static func paragraphs(_ paragraph: (Int) -> String) -> String {
        var text = ""
        var index = 0
        while text.utf8.count < 600_000 {
            text += paragraph(index)
            index += 1
        }
        return text
    }

    let text = paragraphs { "Paragraph \($0): Zoë’s café in Leeds opened, and “1,300 people” came. Anna Berg said so.\n\n" }

    /// Checks that each annotation's offsets slice its text out of the whole text; returns the
    /// number of annotations of each layer, and how many runs of one layer they come in (a
    /// document annotated whole has one run per layer; in sections, one per layer and section).
    func checkSlices(_ output: String) throws -> (layers: [String: Int], runs: Int) {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(document["text"] as? String == text)
        let scalars = Array(text.unicodeScalars)
        var layers: [String: Int] = [:], runs = 0, last = ""
        for annotation in try #require(document["annotations"] as? [[String: Any]]) {
            let start = try #require(annotation["start"] as? Int), end = try #require(annotation["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == annotation["text"] as? String)
            let layer = try #require(annotation["layer"] as? String)
            layers[layer, default: 0] += 1
            if layer != last { runs += 1 }
            last = layer
        }
        return (layers, runs)
    }

    @Test func aLongDocumentIsWrittenWholeWithTheTextsOffsets() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("long.txt", text)
        let paragraphs = text.components(separatedBy: "\n\n").count - 1
        let result = try LedeBinary.run(["annotate", "--format", "jsonl", "--with", "sentences,paragraphs", file])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.split(separator: "\n").count == 1)
        let (layers, runs) = try checkSlices(result.stdout)
        #expect(layers["paragraphs"] == paragraphs && layers["sentences"] == 2 * paragraphs)
        // Five sections, three layers each (the tokens too).
        #expect(runs == 15)
        // The same in a file of the output folder, and in lede JSON.
        let output = folder.url.appending(path: "out").path
        let toFolder = try LedeBinary.run(["annotate", "--format", "json", "--with", "sentences,paragraphs", "--output-dir", output, file])
        #expect(toFolder.status == 0)
        let written = try String(contentsOfFile: output + "/long.json", encoding: .utf8)
        let inFile = try checkSlices(written)
        #expect(inFile.layers["paragraphs"] == paragraphs && inFile.runs == 15)
    }

    @Test func aLongDocumentsTokenTableFollowsItsAnnotations() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("long.txt", text)
        let plain = try LedeBinary.run(["annotate", "--format", "jsonl", "--with", "sentences", file])
        let tabled = try LedeBinary.run(["annotate", "--format", "jsonl", "--with", "sentences", "--token-table", file])
        #expect(plain.status == 0 && tabled.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(tabled.stdout.utf8)) as? [String: Any])
        let table = try #require(document["tokens"] as? [String: [Any]])
        let tokens = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])["annotations"]
            .flatMap { $0 as? [[String: Any]] }?.filter { $0["layer"] as? String == "tokens" }
        // A row per token of every section, the same offsets and kinds as the annotations.
        #expect(table["start"]?.count == tokens?.count && (tokens?.count ?? 0) > 100_000)
        #expect(table["start"] as? [Int] == tokens?.compactMap { $0["start"] as? Int })
        #expect(table["end"] as? [Int] == tokens?.compactMap { $0["end"] as? Int })
        #expect(table["kind"] as? [String] == tokens?.compactMap { $0["label"] as? String })
        // The annotations come first; what stays an annotation is the sentences.
        #expect(tabled.stdout.contains("],\"tokens\":{\"start\":["))
        let layers = Set(try #require(document["annotations"] as? [[String: Any]]).compactMap { $0["layer"] as? String })
        #expect(layers == ["sentences"])
    }

    /// Paragraphs of two sentences, the second a quote with its speaker.
    let quoted = paragraphs { "Paragraph \($0) opened in Leeds. “We are full,” said Anna Berg.\n\n" }

    /// The text of scalars `start..<end` of `text`.
    func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(start).prefix(end - start)))
    }

    @Test func aLongDocumentsSpeakerOffsetsPointIntoTheWholeText() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("quoted.txt", quoted)
        let result = try LedeBinary.run(["annotate", "--format", "jsonl", "--layers", "quotes,roles", file])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let quotes = try #require(document["annotations"] as? [[String: Any]]).filter { $0["layer"] as? String == "quotes" }
        let paragraphs = quoted.components(separatedBy: "\n\n").count - 1
        #expect(quotes.count == paragraphs)
        let scalars = Array(quoted.unicodeScalars)
        // In every section, not only the first, the mention the speaker was found in is "Anna Berg".
        var wrong = 0
        for quote in quotes {
            let attributes = try #require(quote["attrs"] as? [String: Any])
            let start = try #require(attributes["speakerStart"] as? Int), end = try #require(attributes["speakerEnd"] as? Int)
            if start < 0 || end > scalars.count || String(String.UnicodeScalarView(scalars[start..<end])) != "Anna Berg" { wrong += 1 }
        }
        #expect(wrong == 0)
    }

    @Test func aLongDocumentIsWrittenInSectionsAsTextCSVAndCoNLL() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("quoted.txt", quoted)
        let paragraphs = quoted.components(separatedBy: "\n\n").count - 1
        let scalars = Array(quoted.unicodeScalars)
        // CSV: a quote per paragraph, with the whole text's offsets and sentence numbers.
        let csv = try LedeBinary.run(["annotate", "--format", "csv", file])
        #expect(csv.status == 0)
        let rows = csv.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == paragraphs)
        var paragraph = 0, misplaced = 0
        for row in rows {
            guard row.count > 5, let sentence = Int(row[1]), let start = Int(row[4]), let end = Int(row[5]), end <= scalars.count else {
                misplaced += 1
                continue
            }
            // The quote of paragraph n is the text's sentence 2n + 2.
            if sentence != 2 * paragraph + 2 || String(String.UnicodeScalarView(scalars[start..<end])) != "We are full," { misplaced += 1 }
            paragraph += 1
        }
        #expect(misplaced == 0)
        // Text: the document's heading once, then each of the five sections' sentences and
        // quotes (ten runs of one layer); the last quote line's offsets slice its text.
        let text = try LedeBinary.run(["annotate", "--format", "text", "--layers", "sentences,quotes", file])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("# ") }.count == 1)
        #expect(lines.count == 3 * paragraphs + 1)
        let layers = lines.dropFirst().map { $0.prefix { $0 != " " } }
        #expect(zip(layers, layers.dropFirst()).filter { $0 != $1 }.count + 1 == 10)
        let last = try #require(lines.last?.split(separator: " ", omittingEmptySubsequences: true))
        let offsets = try #require(last.first { $0.contains("-") && $0.first?.isNumber == true }).split(separator: "-").compactMap { Int($0) }
        #expect(offsets.count == 2 && slice(quoted, offsets[0], offsets[1]) == "We are full,")
        #expect(offsets.first ?? 0 > 500_000)
        // CoNLL: one -DOCSTART-, then every sentence of every section.
        let conll = try LedeBinary.run(["annotate", "--format", "conll", file])
        #expect(conll.status == 0)
        let blocks = conll.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty && $0 != "\n" }
        #expect(conll.stdout.components(separatedBy: "-DOCSTART-").count == 2)
        #expect(!conll.stdout.contains("\n\n\n"))
        #expect(blocks.count == 1 + 2 * paragraphs)
        #expect(blocks.last?.hasPrefix("“\t``") == true)
    }
}
