import Foundation
import LedeTestSupport
import Testing

/// The interactive shell, driven in a pseudo-terminal with tmux as a user would.
@Suite(.serialized) struct REPLTests {
    static let prompt = "lede[iran-us.txt]> "
    /// The prompt on the annotated sample (lede JSON).
    static let jsonPrompt = "lede[iran-us.json]> "

    /// lede on the annotated sample article, at its first prompt.
    func shellOnSample(in home: TemporaryFolder, columns: Int, rows: Int, environment: [String: String] = [:]) throws -> Tmux {
        let tmux = try Tmux([try SampleDocument.jsonFile(in: home)], home: home.url, columns: columns, rows: rows, environment: environment)
        try tmux.waitFor(Self.jsonPrompt)
        return tmux
    }

    /// A plain article of about 3 MB, long enough to be interrupted while it is worked on.
    func largeArticle(in home: TemporaryFolder) throws -> String {
        let paragraph = "Maria Lopez said on Friday that 3 people left Paris, and the talks went on.\n\n"
        return try home.file("big.txt", String(repeating: paragraph, count: 3_000_000 / paragraph.utf8.count))
    }

    @Test func tabCompletesAndHelpListsEveryCommand() throws {
        let home = try TemporaryFolder()
        let tmux = try Tmux([LedeBinary.sampleArticle.path], home: home.url)
        try tmux.waitFor(Self.prompt)
        try tmux.type("hig")
        try tmux.press("Tab")
        try tmux.waitFor(Self.prompt + "highlight ")
        try tmux.press("C-u")
        try tmux.type("use sen")
        try tmux.press("Tab")
        try tmux.waitFor(Self.prompt + "use sentences ")
        try tmux.press("C-u")
        try tmux.type("open Examples/articles/ir")
        try tmux.press("Tab")
        try tmux.waitFor(Self.prompt + "open Examples/articles/iran-us.txt ")
        try tmux.press("C-u")
        try tmux.type("help")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("help COMMAND explains one")
        for command in ["open", "paste", "text", "annotators", "pipeline", "use", "add", "drop", "run", "show", "entities",
                        "places", "roles", "quotes", "numbers", "who", "find", "highlight", "sentences", "rule", "gazetteer",
                        "export", "set", "history", "help", "quit"] {
            #expect(screen.contains("\n  \(command)"), "help misses \(command)")
        }
    }

    @Test func historyIsSavedAndRecalledAfterARestart() throws {
        let home = try TemporaryFolder()
        let first = try Tmux([LedeBinary.sampleArticle.path], home: home.url)
        try first.waitFor(Self.prompt)
        try first.type("sentences 5")
        try first.press("Enter")
        try first.waitFor("4 hours ago")
        try first.press("C-d")
        try first.waitFor("rc=0")
        let historyFile = home.url.appending(path: ".local/state/lede/history")
        #expect(try String(contentsOf: historyFile, encoding: .utf8).contains("sentences 5"))

        let second = try Tmux([LedeBinary.sampleArticle.path], home: home.url)
        try second.waitFor(Self.prompt)
        // Ctrl-R searches the saved history…
        try second.press("C-r")
        try second.type("sent")
        try second.waitFor("(reverse-i-search)`sent': sentences 5")
        try second.press("C-g")
        // … and Up recalls it.
        try second.press("Up")
        try second.waitFor(Self.prompt + "sentences 5")
    }

    @Test func historyFollowsXDGStateHome() throws {
        let home = try TemporaryFolder()
        let state = home.url.appending(path: "state")
        let tmux = try Tmux([LedeBinary.sampleArticle.path], home: home.url, environment: ["XDG_STATE_HOME": state.path])
        try tmux.waitFor(Self.prompt)
        try tmux.type("pipeline")
        try tmux.press("Enter")
        try tmux.waitFor("paragraphs 19")
        try tmux.type("quit")
        try tmux.press("Enter")
        try tmux.waitFor("rc=0")
        #expect(try String(contentsOf: state.appending(path: "lede/history"), encoding: .utf8).contains("pipeline"))
    }

    /// (Not under Thread Sanitizer, which holds back a signal that arrives while readline waits for a key.)
    @Test(.disabled(if: ProcessInfo.processInfo.environment["LEDE_SANITIZER"] == "thread", "Thread Sanitizer delays SIGINT at the prompt"))
    func ctrlCInterruptsALongCommandAndCancelsALineWithoutLeaving() throws {
        let home = try TemporaryFolder()
        // Thousands of paragraphs on which the pattern backtracks to PCRE2's limit: a long search.
        let article = try home.file("slow.txt", Array(repeating: String(repeating: "a", count: 40) + "b", count: 20_000).joined(separator: "\n\n"))
        let tmux = try Tmux([article], home: home.url)
        let prompt = "lede[slow.txt]> "
        try tmux.waitFor(prompt)
        try tmux.type("find /(a+)+$/")
        try tmux.press("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try tmux.promptCount(prompt) == 1, "the search ended too soon to be interrupted")
        try tmux.press("C-c")
        try tmux.waitFor("[interrupted]")
        try tmux.waitFor("a prompt after the interruption", timeout: 30) { $0.components(separatedBy: prompt).count - 1 == 2 }
        // Ctrl-C at the prompt drops the line and gives a fresh prompt.
        try tmux.type("half-typed line")
        try tmux.press("C-c")
        try tmux.waitFor("a fresh prompt", timeout: 30) { $0.components(separatedBy: prompt).count - 1 == 3 }
        try tmux.type("sentences 1")
        try tmux.press("Enter")
        try tmux.waitFor("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n")
        let screen = try tmux.screen(history: 300)
        #expect(!screen.contains("rc="))
        #expect(!screen.contains("half-typed linesentences"))
        try tmux.press("C-d")
        try tmux.waitFor("rc=0")
    }

    @Test func ctrlCStopsABacktrackingSearchInsideOneParagraph() throws {
        let home = try TemporaryFolder()
        // One paragraph on which every start position backtracks for long, under PCRE2's limit.
        let article = try home.file("one.txt", String(repeating: "a", count: 40_000))
        let tmux = try Tmux([article], home: home.url)
        let prompt = "lede[one.txt]> "
        try tmux.waitFor(prompt)
        try tmux.type("find /(?:a|a){1,18}(?:c|d)/")
        try tmux.press("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try tmux.promptCount(prompt) == 1, "the search ended too soon to be interrupted")
        try tmux.press("C-c")
        try tmux.waitFor("[interrupted]", timeout: 3)
        try tmux.waitFor("a prompt after the interruption", timeout: 30) { $0.components(separatedBy: prompt).count - 1 == 2 }
        try tmux.press("C-d")
        try tmux.waitFor("rc=0")
    }

    @Test func badPatternsAndUnknownCommandsAreExplained() throws {
        let home = try TemporaryFolder()
        let tmux = try Tmux([LedeBinary.sampleArticle.path], home: home.url)
        try tmux.waitFor(Self.prompt)
        try tmux.type("find /Tehran(/")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("missing closing parenthesis at position 7")
        // The caret points under the end of the pattern.
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let caret = try #require(lines.first { $0.trimmingCharacters(in: .whitespaces) == "^" })
        #expect(caret.count - 1 == Self.prompt.count + "find /Tehran(".count)
        try tmux.type("hihglight quotes")
        try tmux.press("Enter")
        try tmux.waitFor("unknown command 'hihglight'; did you mean 'highlight'?")
        try tmux.type("open /nonexistent/file.txt")
        try tmux.press("Enter")
        try tmux.waitFor("error: /nonexistent/file.txt: no such file")
        try tmux.waitFor("three prompts after the errors") { $0.components(separatedBy: Self.prompt).count - 1 == 4 }
        #expect(try !tmux.screen().contains("rc="))
    }

    @Test func quotesWhoAndHighlightOnAnAnnotatedArticle() throws {
        let home = try TemporaryFolder()
        // Wide enough that no quote wraps.
        let tmux = try shellOnSample(in: home, columns: 250, rows: 60)
        let prompt = Self.jsonPrompt
        try tmux.type("quotes")
        try tmux.press("Enter")
        var screen = try tmux.waitFor("Masoud Pezeshkian")
        #expect(screen.contains("Abbas Araghchi"))
        #expect(screen.contains("We have no negotiations with anyone about our missile programme"))
        try tmux.press("C-l")
        try tmux.type("who Arag")
        try tmux.press("Tab")
        try tmux.waitFor(prompt + "who Araghchi ")
        try tmux.press("Enter")
        screen = try tmux.waitFor("Numbers in their sentences")
        #expect(screen.contains("Foreign Minister, Iran"))
        #expect(screen.contains("No rational mind would accept"))
        try tmux.press("C-l")
        try tmux.type("highlight quotes")
        try tmux.press("Enter")
        // The quotes are drawn in green (SGR 32), under a legend.
        // The who answer above also draws quotes in green, so look only after the command.
        screen = try tmux.waitFor("a green quote under a legend", escapes: true) { screen in
            guard let command = screen.range(of: "highlight quotes", options: .backwards) else { return false }
            let answer = screen[command.upperBound...]
            return answer.contains("Legend") && answer.contains("\u{1B}[32mNo rational mind would accept")
        }
        #expect(screen.contains("Legend"))
    }

    @Test func thePagerAnswersUnderAJobControlShellAndQuitsBackToThePrompt() throws {
        let home = try TemporaryFolder()
        let json = try SampleDocument.jsonFile(in: home)
        // lede started from an interactive bash, as a user does, with the real pager (less).
        let tmux = try Tmux(interactiveShellIn: home.url, columns: 100, rows: 24, environment: ["PAGER": ""])
        try tmux.waitFor("user$ ")
        try tmux.type(Tmux.commandLine([json]))
        try tmux.press("Enter")
        let prompt = Self.jsonPrompt
        try tmux.waitFor(prompt)
        try tmux.type("set rows all")
        try tmux.press("Enter")
        try tmux.type("show tokens")
        try tmux.press("Enter")
        // The pager shows the first page and waits for keys at its ':' (it is not stopped by the
        // terminal, as a pager in a process group of its own is).
        try tmux.waitFor("the first page of tokens under less, waiting at its prompt") { screen in
            let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return screen.contains("hardens") && lines.last == ":"
        }
        try tmux.press("Space")
        try tmux.press("q")
        let screen = try tmux.waitFor("the prompt back after q") { $0.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("]>") }
        #expect(screen.contains(prompt))
        try tmux.type("quit")
        try tmux.press("Enter")
        try tmux.waitFor("user$ ")
    }

    @Test func ctrlCDuringAnExportLeavesTheOldFileByteForByte() throws {
        let home = try TemporaryFolder()
        let article = try largeArticle(in: home)
        let target = try home.file("out.json", "the old export\n")
        let tmux = try Tmux([], home: home.url, columns: 120, rows: 30)
        try tmux.waitFor("lede> ")
        try tmux.type("use tokens")
        try tmux.press("Enter")
        try tmux.type("open \(article)")
        try tmux.press("Enter")
        try tmux.waitFor("lede[big.txt]> ")
        try tmux.type("export json \(target)")
        try tmux.press("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        try tmux.press("C-c")
        try tmux.waitFor("the export interrupted", timeout: 60) { $0.contains("interrupted;") && $0.contains("was left as it was") }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "the old export\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.url.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func aSpeakerCompletesQuotedFromTheSurname() throws {
        let home = try TemporaryFolder()
        let tmux = try shellOnSample(in: home, columns: 200, rows: 40)
        let prompt = Self.jsonPrompt
        try tmux.type("quotes --by Pez")
        try tmux.press("Tab")
        try tmux.waitFor(prompt + "quotes --by \"Masoud Pezeshkian\"")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("We have always pursued peace")
        #expect(!screen.contains("error"))
    }

    @Test func ctrlCDuringOpenKeepsThePreviousArticle() throws {
        let home = try TemporaryFolder()
        let big = try largeArticle(in: home)
        let tmux = try shellOnSample(in: home, columns: 150, rows: 40)
        let prompt = Self.jsonPrompt
        try tmux.type("open \(big)")
        try tmux.press("Enter")
        Thread.sleep(forTimeInterval: 1)
        try tmux.press("C-c")
        try tmux.waitFor("[interrupted]", timeout: 60)
        try tmux.press("C-l")
        try tmux.type("who Araghchi")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("Foreign Minister, Iran", timeout: 30)
        #expect(screen.contains(prompt + "who Araghchi"))
        #expect(!screen.contains("lede[big.txt]"))
    }

    @Test func noColorTurnsColoursOff() throws {
        let home = try TemporaryFolder()
        let tmux = try shellOnSample(in: home, columns: 250, rows: 60, environment: ["NO_COLOR": "1"])
        try tmux.type("highlight quotes")
        try tmux.press("Enter")
        // Waits for the quote looked for, not the first one drawn: the screen may be caught mid-way.
        let screen = try tmux.waitFor("defense capabilities]DIRECT", escapes: true)
        #expect(!screen.contains("\u{1B}["))
        #expect(screen.contains("[No rational mind would accept entering talks over its own defense capabilities]DIRECT"))
    }
}
