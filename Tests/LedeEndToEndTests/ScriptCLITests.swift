import Foundation
import LedeTestSupport
import Testing

/// Scripts, `-c` and piped commands, through the real binary.
@Suite struct ScriptCLITests {
    @Test func unknownLabelsLayersAndEmptyPatternsAreSaidNotIgnored() throws {
        let script = "quotes FOO\nentities persn\nfind //\nrule hits /Iran/ X\nrule hits /Tehran/ X\nshow hits\n"
        let result = try LedeBinary.run(["run", "--keep-going", "-", LedeBinary.sampleArticle.path], input: script)
        #expect(result.status == 1)
        #expect(result.stderr.contains("-:1: quotes has no label 'FOO' (labels: DIRECT, PARTIAL, INDIRECT)"))
        #expect(result.stderr.contains("-:2: entities has no label 'persn'; did you mean 'PERSON'?"))
        #expect(result.stdout.contains("// matches only empty text: nothing to show"))
        #expect(result.stderr.contains("-:5: warning: rule hits replaces the earlier hits"))
        #expect(result.stdout.contains("Tehran") && !result.stdout.contains("X      0-4"))
        let layers = try LedeBinary.run(["annotate", "--layers", "entitys"], input: "Hello.")
        #expect(layers.status == 2)
        #expect(layers.stderr.contains("--layers: no annotator makes a layer 'entitys'; did you mean 'entities'?"))
    }

    @Test func aScriptOverSeveralArticles() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "Maria Lopez said \u{201C}we stay\u{201D} in Paris.\n")
        let second = try folder.file("b.txt", "John Smith said \u{201C}we go\u{201D} in Rome.\n")
        let dir = folder.url.path
        let script = try folder.file("s.lede", """
            echo Quotes of {name}
            quotes
            export csv \(dir)/all.csv
            export json \(dir)/out-{name}.json
            export csv -

            """)
        let result = try LedeBinary.run(["run", script, first, second])
        #expect(result.status == 0, "\(result.stderr)")
        // A heading per article, as head(1) prints them; echo with the article's name.
        #expect(result.stdout.contains("==> \(first) <==\nQuotes of a\n"))
        #expect(result.stdout.contains("==> \(second) <==\nQuotes of b\n"))
        // One CSV header on standard output and in the file, which holds both articles.
        #expect(result.stdout.components(separatedBy: "document,sentence,layer,label").count == 2)
        let csv = try String(contentsOfFile: "\(dir)/all.csv", encoding: .utf8)
        #expect(csv.components(separatedBy: "document,sentence,layer,label").count == 2)
        #expect(csv.contains("Maria Lopez") && csv.contains("John Smith"))
        #expect(FileManager.default.fileExists(atPath: "\(dir)/out-a.json") && FileManager.default.fileExists(atPath: "\(dir)/out-b.json"))
        // Errors name the article.
        let label = try folder.file("e.lede", "quotes FOO\n")
        let failed = try LedeBinary.run(["run", "--keep-going", label, first, second])
        #expect(failed.stderr.contains("e.lede:1: \(first): quotes has no label 'FOO'"))
        #expect(failed.stderr.contains("e.lede:1: \(second): quotes has no label 'FOO'"))
    }

    @Test func aScriptIsCheckedWholeBeforeAnyLineRuns() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appending(path: "out.json").path
        let script = try folder.file("bad.lede", """
            export json \(out)
            fnd /x/
            rule r /(/ X
            paste
            not a command, the text of the article
            .

            """)
        let result = try LedeBinary.run(["run", script, LedeBinary.sampleArticle.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.lede:2: unknown command 'fnd'; did you mean 'find'?"))
        #expect(result.stderr.contains("bad.lede:3: bad pattern /(/: missing closing parenthesis at position 1"))
        #expect(!result.stderr.contains("bad.lede:5"))
        #expect(!FileManager.default.fileExists(atPath: out), "line 1 did not run")
    }

    @Test func smallThingsAUserMeets() throws {
        let version = try LedeBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.split(separator: ".").count == 3)
        // An article with nothing on standard input prints its annotations.
        let quiet = try LedeBinary.run([LedeBinary.sampleArticle.path])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.contains("SENTENCE") && quiet.stdout.contains("Masoud Pezeshkian"))
        // find shows the match as written, without spaces around it.
        let find = try LedeBinary.run(["-c", "find /Iran's/", LedeBinary.sampleArticle.path])
        #expect(find.stdout.contains("of [Iran's] "))
        // The HTML page is titled by the headline; help rule shows the label.
        let folder = try TemporaryFolder()
        let page = folder.url.appending(path: "a.html").path
        _ = try LedeBinary.run(["-c", "export html \(page)", LedeBinary.sampleArticle.path])
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<h1>Iran hardens stance on US"))
        #expect(try LedeBinary.run(["-c", "help rule"]).stdout.contains("rule NAME /PATTERN/FLAGS [LABEL]"))
    }

    @Test func aScriptWithTheWholeChainRunsAndExportsJSONAndHTML() throws {
        let folder = try TemporaryFolder()
        let script = try folder.file("chain.lede", """
            # open, use, run, rule, show, export
            open \(LedeBinary.sampleArticle.path)
            use sentences
            run
            rule ministers /\\b(?:foreign|prime) minister\\b/i MINISTER
            show ministers
            export json \(folder.url.path)/out.json
            export html \(folder.url.path)/out.html

            """)
        let result = try LedeBinary.run(["run", script])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("MINISTER"))
        #expect(result.stdout.contains("Foreign Minister"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appending(path: "out.json"))) as? [String: Any])
        let layers = Set(((json["annotations"] as? [[String: Any]]) ?? []).compactMap { $0["layer"] as? String })
        #expect(layers.contains("ministers") && layers.contains("sentences"))
        let html = try String(contentsOf: folder.url.appending(path: "out.html"), encoding: .utf8)
        #expect(html.contains("ministers-MINISTER"))
    }

    @Test func anErrorStopsTheScriptWithItsLineNumberAndKeepGoingRunsTheRest() throws {
        let folder = try TemporaryFolder()
        let script = try folder.file("bad.lede", "text \"One. Two.\"\nsentences\nfrobnicate now\nsentences\n")
        let result = try LedeBinary.run(["run", script])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(script):3: unknown command 'frobnicate'"))
        #expect(!result.stdout.contains("One."))   // checked whole first: no line ran
        let going = try LedeBinary.run(["run", "--keep-going", script])
        #expect(going.status == 1)
        #expect(going.stdout.components(separatedBy: "One.").count == 3)
    }

    @Test func aScriptRunsOncePerFile() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "Alpha one. Alpha two.")
        let second = try folder.file("b.txt", "Beta one.")
        let script = try folder.file("count.lede", "set format csv\nsentences\n")
        let result = try LedeBinary.run(["run", script, first, second, "/nonexistent/c.txt"])
        #expect(result.status == 1)
        #expect(result.stdout == "#,sentence\r\n1,Alpha one.\r\n2,Alpha two.\r\n#,sentence\r\n1,Beta one.\r\n")
        #expect(result.stderr.contains("/nonexistent/c.txt: no such file"))
    }

    @Test func inlineCommandsAndPipedCommandsShareTheLanguage() throws {
        let inline = try LedeBinary.run(["-c", "text \"Hello there. Bye.\"; sentences 2"])
        #expect(inline.status == 0)
        #expect(inline.stdout == "Bye.\n")
        let piped = try LedeBinary.run([LedeBinary.sampleArticle.path], input: "find /Geneva/\nquit\nsentences\n")
        #expect(piped.status == 0)
        #expect(piped.stdout.hasPrefix("2 matches"))
        #expect(!piped.stdout.contains("Contact us"))   // quit stopped before `sentences`
        let bad = try LedeBinary.run([], input: "text \"x\"\nfind /(unclosed/\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("stdin:2: bad pattern /(unclosed/: missing closing parenthesis at position 9"))
        let unknown = try LedeBinary.run(["-c", "text x; quotse"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("-c:1: unknown command 'quotse'; did you mean 'quotes'?"))
    }

    @Test func badInvocationsAreUsageErrorsAndMissingFilesAreNamed() throws {
        let noScript = try LedeBinary.run(["run"])
        #expect(noScript.status == 2)
        let missing = try LedeBinary.run(["run", "/nonexistent/script.lede"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/script.lede: no such file"))
        let missingArticle = try LedeBinary.run(["/nonexistent/article.txt"], input: "sentences\n")
        #expect(missingArticle.status == 1)
        #expect(missingArticle.stderr.contains("/nonexistent/article.txt: no such file"))
    }

    @Test func theExampleScriptsPrintWhatTheyPromise() throws {
        let folder = try TemporaryFolder()
        let sample = try SampleDocument.jsonFile(in: folder)
        let scripts = LedeBinary.packageRoot.appending(path: "Examples/scripts")

        let who = try LedeBinary.run(["run", scripts.appending(path: "who-said-what.lede").path, sample])
        #expect(who.status == 0, "\(who.stderr)")
        #expect(who.stdout.contains("Abbas Araghchi"))
        #expect(who.stdout.contains("We have no negotiations with anyone about our missile programme"))
        #expect(who.stdout.contains("Foreign Minister"))

        let casualties = try LedeBinary.run(["run", scripts.appending(path: "casualty-figures.lede").path, LedeBinary.sampleArticle.path])
        #expect(casualties.status == 0, "\(casualties.stderr)")
        #expect(casualties.stdout.contains("[at least 25 people have been killed]"))
        #expect(casualties.stdout.contains(",639 people have been killed,"))
        #expect(casualties.stdout.contains("\"more than 1,300 wounded\""))

        let custom = try LedeBinary.run(["run", scripts.appending(path: "custom-rule.lede").path, LedeBinary.sampleArticle.path])
        #expect(custom.status == 0, "\(custom.stderr)")
        #expect(custom.stdout.contains("[missile programme]PROGRAMME"))
        #expect(custom.stdout.contains("[statement]STATEMENT"))
        #expect(custom.stdout.contains("weapons,WEAPONS"))
    }

    @Test func aCatastrophicRuleIsAWarningNotACrash() throws {
        let folder = try TemporaryFolder()
        let paragraphs = Array(repeating: String(repeating: "a", count: 30) + "b", count: 3).joined(separator: "\n\n")
        let article = try folder.file("a.txt", paragraphs)
        let result = try LedeBinary.run(["-c", "rule slow /(a+)+$/; show slow", article])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: rule 'slow': match limit exceeded in 3 paragraphs, skipped"))
        #expect(result.stdout.contains("(none)"))
    }
}

/// `--date` and `--option` reach scripts and `-c` as they reach `annotate`.
@Suite struct ScriptOptionTests {
    @Test func dateAndOptionWorkWithRunAndDashC() throws {
        let folder = try TemporaryFolder()
        let article = try folder.file("a.txt", "The meeting was last Friday.\n")
        let script = try folder.file("s.lede", "show numbers\n")
        let run = try LedeBinary.run(["run", "--date", "2024-01-10", script, article])
        #expect(run.stdout.contains("resolved=2024-01-05"), "\(run.stderr)")
        let dashC = try LedeBinary.run(["-c", "show numbers", "--option", "numbers.date=2023-03-03", article])
        #expect(dashC.stdout.contains("resolved=2023-02-24"), "\(dashC.stderr)")
        let bad = try LedeBinary.run(["-c", "show numbers", "--option", "numbrs.date=2023-03-03", article])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("did you mean 'numbers'?"))
    }
}
