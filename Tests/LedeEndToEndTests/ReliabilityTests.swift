import Foundation
import LedeTestSupport
import Testing

/// Hostile input and hostile places to write, through the real binary: nothing lost, nothing
/// written where it must not be, a clear message and an exit status instead of a crash or a hang.
@Suite struct ReliabilityTests {
    func quoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    // MARK: Writing only what was asked

    @Test func exportToADeviceWritesThroughIt() throws {
        // As root, a device node of our own (the null device: major 1, minor 3) stands for
        // /dev/null, so that a lede that replaced devices would not break the machine's;
        // otherwise /dev/null itself.
        let folder = try TemporaryFolder()
        var device = "/dev/null"
        if geteuid() == 0 {
            device = folder.url.appending(path: "null").path
            #expect(mknod(device, S_IFCHR | 0o666, (1 << 8) | 3) == 0)
        }
        let result = try LedeBinary.run(["-c", "export json \(device)", LedeBinary.sampleArticle.path])
        #expect(result.status == 0, "\(result.stderr)")
        var status = stat()
        #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func exportToDevStdoutGoesToStandardOutput() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appending(path: "out.json").path
        let result = try LedeBinary.shell("\"$LEDE\" -c 'export json /dev/stdout' --  \(quoted(LedeBinary.sampleArticle.path)) > \(quoted(out))")
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.json"])
    }

    @Test func failedWritesToStandardOutputAreErrors() throws {
        let result = try LedeBinary.shell("\"$LEDE\" annotate --format jsonl \(quoted(LedeBinary.sampleArticle.path)) > /dev/full")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write to standard output: no space left on device"))
    }

    /// (Not under Thread Sanitizer, which cannot run under a file size limit.)
    @Test(.disabled(if: ProcessInfo.processInfo.environment["LEDE_SANITIZER"] == "thread", "Thread Sanitizer dies of SIGBUS under ulimit -f"))
    func aFileSizeLimitFailsTheExportAndKeepsTheOldPair() throws {
        let folder = try TemporaryFolder()
        let article = try folder.file("article.txt", "Mayor Ana Costa said on Monday that 12 people were hurt in Lisbon.\n")
        let base = folder.url.appending(path: "out").path
        // An old pair, then an export whose .ann cannot be written in full (ulimit -f: 1 block).
        try "old text".write(toFile: base + ".txt", atomically: false, encoding: .utf8)
        try "old ann".write(toFile: base + ".ann", atomically: false, encoding: .utf8)
        let padded = try folder.file("long.txt", String(repeating: "Ana Costa met Bob Ruiz in Lisbon. ", count: 60))
        _ = article
        let result = try LedeBinary.shell("ulimit -f 2; \"$LEDE\" -c 'export brat \(base)' \(quoted(padded))")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write"))
        #expect(try String(contentsOfFile: base + ".txt", encoding: .utf8) == "old text")
        #expect(try String(contentsOfFile: base + ".ann", encoding: .utf8) == "old ann")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: ["TERM", "INT", "HUP"])
    func aKilledExportLeavesNoTemporaryFile(signal name: String) throws {
        let folder = try TemporaryFolder()
        let base = folder.url.appending(path: "pair").path
        // The .txt of the pair is a FIFO nobody reads: lede blocks writing it, with the .ann staged.
        #expect(mkfifo(base + ".txt", 0o600) == 0)
        // lede starts as from a terminal: no blocked signals, SIGINT at its default action.
        let clean = "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); "
            + "signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
        let script = """
            python3 -c \(quoted(clean)) "$LEDE" -c 'export brat \(base)' \(quoted(LedeBinary.sampleArticle.path)) & pid=$!
            for i in $(seq 1 200); do ls -a \(quoted(folder.url.path)) | grep -q 'lede-.*tmp' && break; sleep 0.05; done
            ls -a \(quoted(folder.url.path)) | grep -c 'lede-.*tmp'
            kill -\(name) $pid; wait $pid; echo "status=$?"
            ls -a \(quoted(folder.url.path)) | grep -c 'lede-.*tmp'
            """
        let result = try LedeBinary.shell(script, timeout: 60)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first.flatMap { Int($0) } ?? 0 >= 1, "the staged files existed before the signal: \(result.stdout)")
        #expect(lines.last == "0", "no temporary file after the signal: \(result.stdout) \(result.stderr)")
        #expect(lines.contains { $0.hasPrefix("status=") && $0 != "status=0" })
    }

    // MARK: brat output

    @Test func bratIdsThatCollideAllGetTheirOwnFiles() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appending(path: "out").path
        let long = String(repeating: "x", count: 300)
        let input = ["a", "a", "a-2", long].map { "{\"id\": \"\($0)\", \"text\": \"Text of \($0.prefix(5)).\"}" }.joined(separator: "\n")
        let result = try LedeBinary.run(["annotate", "--input", "jsonl", "--format", "brat", "--output-dir", output, "-"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasSuffix(".txt") }
        #expect(files.count == 4)
        #expect(Set(files).isSuperset(of: ["a.txt", "a-2.txt", "a-2-2.txt"]))
        for file in files { #expect(file.utf8.count < 140) }
    }

    @Test func theOutputNeverOverwritesAnInput() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("a.txt", "Ana Costa spoke.\u{FF}")
        let original = try Data(contentsOf: URL(fileURLWithPath: input))
        let result = try LedeBinary.run(["annotate", "--format", "brat", "--output-dir", folder.url.path, input])
        #expect(result.status == 1)
        #expect(result.stderr.contains("input"))
        #expect(result.stderr.contains("1 of 1 document failed"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
    }

    // MARK: Bad input

    /// (Not under a sanitizer: its shadow memory alone is more than the limit.)
    @Test(.disabled(if: ProcessInfo.processInfo.environment["LEDE_SANITIZER"] != nil, "a sanitizer reserves more address space than the limit"))
    func endlessAndHugeInputsEndWithAMessageUnderAMemoryLimit() throws {
        let folder = try TemporaryFolder()
        let huge = folder.url.appending(path: "huge.txt").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 100 << 20) == 0)
        for input in ["/dev/zero", huge, "- < /dev/zero"] {
            let result = try LedeBinary.shell("ulimit -v 2000000; \"$LEDE\" annotate --format json \(input)", timeout: 60)
            #expect(result.status == 1, "\(input): \(result.stderr)")
            #expect(result.stderr.contains("binary data") || result.stderr.contains("too large"), "\(input): \(result.stderr)")
        }
    }

    @Test func inconsistentLayersOfLedeJSONAreRebuiltNotFatal() throws {
        let folder = try TemporaryFolder()
        let text = "Ana Costa said: \\\"We will win.\\\" Then she left."
        let json = """
            {"id": "x", "text": "\(text)", "annotations": [
              {"layer": "tokens", "label": "WORD", "start": 0, "end": 20},
              {"layer": "tokens", "label": "WORD", "start": 3, "end": 5},
              {"layer": "sentences", "label": "SENTENCE", "start": 30, "end": 44}
            ]}
            """
        let path = try folder.file("broken.json", json)
        let result = try LedeBinary.run(["-c", "quotes; entities", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("the tokens layer is inconsistent"))
        #expect(result.stderr.contains("the sentences layer is inconsistent"))
        #expect(result.stdout.contains("We will win."))
    }

    @Test func aSentenceDeletedFromAnExportIsRebuilt() throws {
        let exported = try LedeBinary.run(["annotate", "--format", "json", LedeBinary.sampleArticle.path])
        var object = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        var annotations = try #require(object["annotations"] as? [[String: Any]])
        let sentence = try #require(annotations.firstIndex { $0["layer"] as? String == "sentences" })
        annotations.remove(at: sentence + 3)
        annotations.removeAll { ["quotes", "roles"].contains($0["layer"] as? String) }
        object["annotations"] = annotations
        let folder = try TemporaryFolder()
        let path = try folder.file("edited.json", try JSONSerialization.data(withJSONObject: object))
        let result = try LedeBinary.run(["-c", "quotes", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("the sentences layer is inconsistent"))
        #expect(result.stdout.contains("Araghchi"))
    }

    @Test func unclearErrorsAreClear() throws {
        let folder = try TemporaryFolder()
        let loop = folder.url.appending(path: "loop").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop")
        let looped = try LedeBinary.run(["annotate", loop])
        #expect(looped.stderr.contains("too many levels of symbolic links"))

        let records = "[1, 2]\n{\"id\": \"s\", \"text\": \"a\\ud800b\"}\n"
        let jsonl = try LedeBinary.run(["annotate", "--input", "jsonl", "--format", "jsonl", "--with", "tokens", "-"], input: records)
        #expect(jsonl.stderr.contains("stdin:1: a JSON array, not an object"))
        #expect(jsonl.stderr.contains("s: 1 invalid character"))
        #expect(jsonl.stdout.contains("a\u{FFFD}b"))

        let offsets = try folder.file("far.json", "{\"text\": \"abc\", \"annotations\": [{\"layer\": \"x\", \"label\": \"Y\", \"start\": 1e300, \"end\": 2}]}")
        let far = try LedeBinary.run(["-c", "show x", offsets])
        #expect(far.stderr.contains("1e+300") || far.stderr.contains("1e300"))
        #expect(!far.stderr.contains("-9223372036854775808"))

        let option = try LedeBinary.run(["annotate", "--option", "a.b=c", LedeBinary.sampleArticle.path])
        #expect(option.status == 2)
        #expect(option.stderr.contains("there is no annotator 'a'"))

        let blocker = try folder.file("file", "not a folder")
        let directory = try LedeBinary.run(["annotate", "--output-dir", blocker + "/sub", LedeBinary.sampleArticle.path])
        #expect(directory.stderr.contains("is not a directory"))

        let pattern = "(" + String(repeating: "a", count: 200_000)
        let bad = try LedeBinary.run([LedeBinary.sampleArticle.path], input: "find /\(pattern)/\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.count < 500)
        #expect(bad.stderr.contains("missing closing parenthesis"))

        let terms = try folder.file("terms.txt", "Tehran\tCITY\tEXTRA\n")
        let gazetteer = try LedeBinary.run(["-c", "gazetteer g \(terms)", LedeBinary.sampleArticle.path])
        #expect(gazetteer.status == 1)
        #expect(gazetteer.stderr.contains("terms.txt:1"))
    }

    @Test func tooManyJobsAreCappedAndTheRunEnds() throws {
        let result = try LedeBinary.run(["annotate", "--jobs", "50000", "--format", "jsonl", "--with", "sentences", LedeBinary.sampleArticle.path],
                                        timeout: 60)
        #expect(result.status == 0)
        #expect(result.stderr.contains("--jobs 50000"))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    // MARK: Hostile patterns and term lists

    @Test func aCatastrophicRuleIsStoppedByItsBudget() throws {
        let folder = try TemporaryFolder()
        let article = try folder.file("a.txt", String(repeating: "a", count: 40_000))
        let start = Date()
        let result = try LedeBinary.run(["-c", "rule x /(?:a|a){1,18}(?:c|d)|a/; show x", article], timeout: 60)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.status == 0)
        #expect(result.stderr.contains("rule 'x': stopped after"))
    }

    @Test func termsSharingTheirFirstWordDoNotSlowTheGazetteer() throws {
        let folder = try TemporaryFolder()
        let terms = try folder.file("terms.txt", (0..<300_000).map { "the thing \($0)" }.joined(separator: "\n") + "\nthe end\n")
        let article = try folder.file("a.txt", String(repeating: "the cat and the dog. ", count: 20_000) + "That was the end.")
        let start = Date()
        let result = try LedeBinary.run(["-c", "gazetteer g \(terms); show g", article], timeout: 60)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("the end"))
    }

    // MARK: Unsafe output

    @Test func csvCellsThatWouldRunAsFormulasAreNeutralized() throws {
        let folder = try TemporaryFolder()
        let article = try folder.file("a.txt", "Ana Costa said: \"=HYPERLINK(\"http://x\",\"y\")\" and left.\n")
        let result = try LedeBinary.run(["annotate", "--format", "csv", article])
        #expect(result.status == 0)
        #expect(result.stdout.contains("'=HYPERLINK"))
        #expect(!result.stdout.contains(",=HYPERLINK") && !result.stdout.contains(",\"=HYPERLINK"))
    }

    @Test func terminalEscapesInAnArticleAreShownNotSent() throws {
        let folder = try TemporaryFolder()
        let article = try folder.file("a.txt", "Ana Costa \u{1B}]0;owned\u{07} said the \u{1B}[2J Mayor \u{9B}31m left.\n")
        for arguments in [["-c", "find Costa", article], ["annotate", "--format", "text", article], ["-c", "highlight", article]] {
            let result = try LedeBinary.run(arguments)
            #expect(!result.stdout.contains("\u{1B}]"), "\(arguments)")
            #expect(!result.stdout.contains("\u{07}"), "\(arguments)")
            #expect(!result.stdout.contains("\u{9B}"), "\(arguments)")
            #expect(result.stdout.contains("^[") || result.stdout.contains("Costa"), "\(arguments)")
        }
    }
}
