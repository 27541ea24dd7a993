import Foundation
import LedeCore
import LedeTestSupport
import Testing
@testable import LedeShell

/// The exports as their consumers read them: spaCy loads the spaCy JSON with `Doc.from_json`, and
/// headless Chromium renders the HTML. `make test` installs both (spaCy into `.venv-spacy`,
/// Chromium from Debian) and sets LEDE_REQUIRE_TOOLS=1, so there a missing tool fails the test
/// instead of skipping it.
@Suite struct ExternalToolTests {
    static let required = ProcessInfo.processInfo.environment["LEDE_REQUIRE_TOOLS"] == "1"
    static let python = LedeBinary.packageRoot.appending(path: ".venv-spacy/bin/python").path
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var hasSpacy: Bool { FileManager.default.isExecutableFile(atPath: python) }

    /// Runs a program; returns its status and output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorData = err.fileHandleForReading.readDataToEndOfFile() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    /// Loads every line of a JSONL file with spaCy's Doc.from_json (through the helper of
    /// Examples/spacy, which registers the attributes as Span extensions) and describes each Doc.
    static let loader = """
        import json, sys, spacy
        sys.path.insert(0, sys.argv[2])
        from lede_spacy import doc_from_lede
        nlp = spacy.blank("en")
        for line in open(sys.argv[1], encoding="utf-8"):
            data = json.loads(line)
            doc = doc_from_lede(nlp.vocab, data)
            assert doc.text == data["text"], "text differs"
            spans = {key: len(group) for key, group in doc.spans.items()}
            quotes = doc.spans.get("quotes", [])
            print(json.dumps({"tokens": len(doc), "ents": [[e.text, e.label_] for e in doc.ents],
                              "sents": len(list(doc.sents)) if doc.has_annotation("SENT_START") else 0,
                              "spans": spans,
                              "speakers": sorted({s.kb_id_ for s in quotes}),
                              "quoteSpeakers": [[q.text, q._.speaker, q._.cue] for q in quotes if q.has_extension("speaker")],
                              "tags": [[t.text, t.tag_, t.pos_, t.lemma_] for t in doc[:40]],
                              "values": [[n.text, n._.value] for n in doc.spans.get("numbers", []) if n.has_extension("value")]}))
        """
    static let spacyHelpers = LedeBinary.packageRoot.appending(path: "Examples/spacy").path

    @Test(.enabled(if: required || hasSpacy)) func spacyLoadsTheExportWithDocFromJSON() throws {
        let folder = try TemporaryFolder()
        let tricky = try folder.file("tricky.txt", "  Leading spaces.\tTab, then  two spaces.\r\nCRLF line; Zoë’s café — “quoted”.\n\n\nThree breaks, trailing space. ")
        let fromBinary = try LedeBinary.run(["annotate", "--format", "spacy", LedeBinary.sampleArticle.path, tricky])
        #expect(fromBinary.status == 0)
        let sample = try SpacyExporter(options: ExportOptions(catalog: LayerCatalog(registry: TestRegistry.all))).render(SampleDocument.annotated())
        let input = try folder.file("docs.jsonl", fromBinary.stdout + sample)
        let result = try Self.run(Self.python, ["-c", Self.loader, input, Self.spacyHelpers])
        #expect(result.status == 0, "\(result.stderr)")
        let docs = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(docs.count == 3)
        #expect(docs[0]["sents"] as? Int == 28)
        #expect(((docs[0]["tokens"] as? Int) ?? 0) > 596)      // lede's tokens and white-space tokens
        let ents = try #require(docs[2]["ents"] as? [[String]])
        #expect(ents.contains(["Abbas Araghchi", "PERSON"]))
        #expect(ents.contains(["Tel Aviv", "GPE"]))
        #expect(ents.contains(["at least 25", "CARDINAL"]))
        #expect((docs[2]["spans"] as? [String: Int])?["quotes"] == 8)
        #expect((docs[2]["speakers"] as? [String])?.contains("Abbas Araghchi") == true)
        // The attributes travel with the spans: a quote's speaker and cue, a number's value.
        let quoteSpeakers = try #require(docs[0]["quoteSpeakers"] as? [[Any]])
        #expect(quoteSpeakers.contains { $0[1] as? String == "Abbas Araghchi" && $0[2] is String })
        let values = try #require(docs[0]["values"] as? [[Any]])
        #expect(values.contains { $0[1] is NSNumber })
        // The tagger's tags and lemmas are the tokens'.
        let tags = try #require(docs[0]["tags"] as? [[String]])
        #expect(tags.contains { $0[0] == "says" && $0[1] == "VBZ" && $0[2] == "VERB" && $0[3] == "say" })
    }

    @Test(.enabled(if: required || hasSpacy)) func spacyReadsADocBinOfABatchWithItsAttributes() throws {
        let folder = try TemporaryFolder()
        let records = """
            {"id":"a","text":"“We will not talk,” Foreign Minister Abbas Araghchi said in Tehran on Monday."}
            {"id":"b","text":"Prices rose 5 percent, the central bank said.\\n\\nShares fell."}
            {"id":"c","text":"  Zoë’s café —  two spaces.\\tA tab. "}
            """
        let input = try folder.file("docs.jsonl", records)
        let corpus = folder.url.appending(path: "corpus.spacy").path
        let result = try LedeBinary.run(["annotate", "--input", "jsonl", "--format", "docbin", "--output", corpus, "--jobs", "2", input])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let reader = """
            import json, sys, spacy
            sys.path.insert(0, sys.argv[2])
            from lede_spacy import docs_from_docbin
            nlp = spacy.blank("en")
            for doc in docs_from_docbin(nlp, sys.argv[1]):
                quotes = list(doc.spans["quotes"]) if "quotes" in doc.spans else []
                print(json.dumps({"text": doc.text, "ents": [[e.text, e.label_] for e in doc.ents],
                                  "sents": len(list(doc.sents)),
                                  "speakers": [[q.text, q._.speaker] for q in quotes],
                                  "roles": [[r.text, r._.person] for r in doc.spans.get("roles", [])],
                                  "tags": [[t.text, t.tag_, t.lemma_] for t in doc]}))
            """
        let loaded = try Self.run(Self.python, ["-c", reader, corpus, Self.spacyHelpers])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let docs = try loaded.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(docs.count == 3)
        // The texts come back exactly, white space and all, in input order.
        let texts = records.split(separator: "\n").map { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["text"] as? String
        }
        #expect(docs.map { $0["text"] as? String } == texts)
        let speakers = try #require(docs[0]["speakers"] as? [[String]])
        #expect(speakers.contains(["We will not talk,", "Abbas Araghchi"]))
        #expect((docs[0]["roles"] as? [[String]])?.contains(["Foreign Minister", "Abbas Araghchi"]) == true)
        #expect((docs[0]["ents"] as? [[String]])?.contains(["Tehran", "GPE"]) == true)
        #expect((docs[1]["sents"] as? Int) == 2)
        #expect((docs[0]["tags"] as? [[String]])?.contains(["said", "VBD", "say"]) == true)

        // docbin needs its file, and only docbin takes one.
        #expect(try LedeBinary.run(["annotate", "--format", "docbin", input]).status == 2)
        #expect(try LedeBinary.run(["annotate", "--format", "jsonl", "--output", corpus, input]).status == 2)
    }

    /// Where the tests leave what a person may want to look at (the rendered HTML export).
    static let artifacts = LedeBinary.packageRoot.appending(path: ".build/test-artifacts")

    @Test(.enabled(if: required || chromium != nil)) func chromiumShowsEachQuoteLinkedToItsSpeaker() throws {
        let browser = try #require(Self.chromium, "chromium is not installed")
        let folder = try TemporaryFolder()
        let export = try LedeBinary.run(["annotate", "--format", "html", LedeBinary.sampleArticle.path])
        #expect(export.status == 0, "\(export.stderr)")
        let page = try folder.file("article.html", export.stdout)
        let arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=2000"]
        let dom = try Self.run(browser, arguments + ["--dump-dom", "file://" + page]).stdout
        // The headline is the page's title.
        #expect(dom.contains("<title>Iran hardens stance on US, saying can't talk with 'partner in crime'</title>"))
        // Every quote link leads to a marked speaker mention, Araghchi's among them.
        let links = dom.components(separatedBy: "<a class=\"said\" href=\"#").dropFirst().compactMap { $0.split(separator: "\"").first }
        #expect(links.count > 10)
        for id in Set(links) {
            #expect(dom.contains("<span class=\"speaker\" id=\"\(id)\">"), "no speaker mention \(id)")
        }
        #expect(links.contains { id in
            dom.components(separatedBy: "id=\"\(id)\">").dropFirst().first?.replacingOccurrences(of: #"<[^>]+>"#, with: "",
                options: .regularExpression).hasPrefix("Abbas Araghchi") == true
        })
        #expect(dom.contains("title=\"said by Abbas Araghchi\""))
        // The kinds of number have colours of their own.
        let numberKeys = dom.components(separatedBy: "<span style=\"background: ").dropFirst()
            .filter { $0.contains("\">numbers ") }.compactMap { $0.split(separator: "\"").first }
        #expect(numberKeys.count >= 3 && Set(numberKeys).count == numberKeys.count)

        // A screenshot for whoever wants to look, in the test artifacts.
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        let screenshot = Self.artifacts.appending(path: "html-export.png").path
        try? FileManager.default.removeItem(atPath: screenshot)
        _ = try Self.run(browser, arguments + ["--window-size=1200,1600", "--screenshot=\(screenshot)", "file://" + page])
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 50_000)

        // The legend's keys switch a layer's colours off: the page with the entities key unchecked,
        // measured by a script (in this test's copy only, without the page's script ban).
        let probe = export.stdout
            .replacingOccurrences(of: #"<meta http-equiv="Content-Security-Policy"[^>]*>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"(id="t-[a-z0-9]+-entities") checked"#, with: "$1", options: .regularExpression)
            .replacingOccurrences(of: "</body>", with: """
                <script>document.body.setAttribute('data-colours', ['entities', 'places'].map(layer =>
                  getComputedStyle(document.querySelector('.L-' + layer)).backgroundColor).join('|'))</script></body>
                """)
        let probed = try Self.run(browser, arguments + ["--dump-dom", "file://" + (try folder.file("probe.html", probe))]).stdout
        let colours = try #require(probed.components(separatedBy: "data-colours=\"").dropFirst().first?.split(separator: "\"").first)
        let parts = colours.split(separator: "|").map(String.init)
        #expect(parts.count == 2 && parts[0] == "rgba(0, 0, 0, 0)" && parts[1] != "rgba(0, 0, 0, 0)", "\(colours)")
    }

    /// An article that tries to run code in whoever opens its HTML export.
    static let hostileArticle = """
        Breaking: <script>document.body.setAttribute('data-pwned', 'script')</script> and
        <img src=x onerror="document.body.setAttribute('data-pwned', 'img')"> said Mallory "O'Brien" & co.

        Second paragraph with "a quote" by Mallory.
        """

    @Test(.enabled(if: required || chromium != nil)) func chromiumRendersTheSpansAndRunsNothing() throws {
        let browser = try #require(Self.chromium, "chromium is not installed")
        let folder = try TemporaryFolder()
        let article = try folder.file("hostile.txt", Self.hostileArticle)
        let page = folder.url.appending(path: "hostile.html").path
        let export = try LedeBinary.run(["-c", #"use paragraphs; rule tags /<[^>]*>/; rule people /Mallory(?: "O'Brien")?/ PERSON; export html "# + page, article])
        #expect(export.status == 0, "\(export.stderr)")
        let arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=2000", "--dump-dom"]
        let dom = try Self.run(browser, arguments + ["file://" + page]).stdout
        #expect(dom.contains("<body>"), "no page rendered: \(dom.prefix(300))")
        #expect(!dom.contains("data-pwned=\""))
        #expect(!dom.contains("<script>document"))
        // The spans are there, with the hostile markup inside them as text.
        #expect(dom.components(separatedBy: "class=\"a L-tags tags-TAGS\"").count - 1 == 3)
        #expect(dom.contains("&lt;script&gt;</span>document.body.setAttribute"))
        #expect(dom.contains("&lt;img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\"&gt;"))
        #expect(dom.contains("class=\"a L-people people-PERSON\""))
        #expect(dom.contains("Legend") || dom.contains("legend"))

        // The check can fail: the same markup, unescaped, does run in this browser.
        let control = try folder.file("control.html", "<!DOCTYPE html><html><body><p>x</p>" + Self.hostileArticle + "</body></html>")
        let controlDOM = try Self.run(browser, arguments + ["file://" + control]).stdout
        #expect(controlDOM.contains("data-pwned=\""))
    }
}
