import LedeCore
import Testing

@Suite struct RegexTests {
    @Test func compileErrorsCarryMessageAndPosition() {
        do {
            _ = try Regex("ab(c")
            Issue.record("expected a compile error")
        } catch {
            #expect(error.offset == 4)
            #expect(error.message.contains("missing closing parenthesis"))
            #expect(error.description == "\(error.message) at position 4")
        }
    }

    @Test func compileErrorPositionCountsCharactersNotBytes() {
        do {
            _ = try Regex("é{2,1}")
            Issue.record("expected a compile error")
        } catch {
            #expect(error.message.contains("numbers out of order"))
            #expect(error.offset == 5)
        }
    }

    @Test func unicodeWordCharactersAndScalarOffsets() throws {
        let regex = try Regex(#"\w+"#)
        #expect(try regex.scalarMatches(in: "Größe naïve 東京") == [0..<5, 6..<11, 12..<14])
        let capitalized = try Regex(#"\b\p{Lu}\p{Ll}+\b"#)
        #expect(try capitalized.scalarMatches(in: "Zoë met Ärger") == [0..<3, 8..<13])
    }

    @Test func flagsParseAndApply() throws {
        let regex = try Regex("iran", options: Regex.Options(flags: "i"))
        #expect(try regex.isMatch("IRAN says"))
        #expect(throws: RegexError.self) { _ = try Regex.Options(flags: "q") }
    }

    @Test func capturedGroupsAndUnsetGroups() throws {
        let regex = try Regex(#"(\d+)(x)?"#)
        let matches = try regex.matches(in: "a 12 b")
        #expect(matches.count == 1)
        #expect(matches.first?.groups.first == 2..<4)
        #expect(matches.first?.groups.last == .some(nil))
    }

    @Test func emptyMatchesAdvanceByWholeCharacters() throws {
        let regex = try Regex("x*")
        let starts = try regex.matches(in: "aé東𝔘").map(\.range.lowerBound)
        #expect(starts == [0, 1, 3, 6, 10])
    }

    @Test func catastrophicBacktrackingStopsAtTheMatchLimit() throws {
        let regex = try Regex(#"^(\w+\s?)*$"#, limits: Regex.Limits(matchLimit: 100_000))
        let subject = String(repeating: "word ", count: 40) + "!"
        #expect {
            _ = try regex.matches(in: subject)
        } throws: { error in
            (error as? RegexError)?.isLimit == true
        }
    }

    @Test func longRepetitiveSubjectGrowsTheJITStack() throws {
        let regex = try Regex("(a|b)*c")
        let subject = String(repeating: "ab", count: 100_000) + "c"
        let matches = try regex.matches(in: subject)
        #expect(matches.first?.range == 0..<200_001)
    }

    @Test func sharedAcrossThreads() async throws {
        let regex = try Regex(#"\d+"#)
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { (try? regex.matches(in: "1 22 333 4444").count) ?? -1 }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 4, count: 8))
    }
}

/// Serialized: one test sets the process-wide cancellation flag.
@Suite(.serialized) struct MatchBudgetTests {
    let subject = Array(String(repeating: "a", count: 40_000).utf8)

    @Test func aDeadlineStopsABacktrackingScanInsideOneCall() throws {
        let regex = try Regex("(?:a|a){1,18}(?:c|d)")
        let start = ContinuousClock.now
        // The deadline alone: the cancellation flag is the whole process's, and the test below
        // sets it (a test running beside it would be stopped as interrupted).
        #expect(throws: MatchStopped.timeLimit) {
            try subject.withUnsafeBufferPointer { buffer in
                try regex.forEachMatch(in: buffer, budget: MatchBudget(duration: .milliseconds(200), observesCancellation: false)) { _ in true }
            }
        }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func cancellationStopsAScan() throws {
        let regex = try Regex("(?:a|a){1,18}(?:c|d)")
        Cancellation.request()
        defer { Cancellation.clear() }
        #expect(throws: MatchStopped.cancelled) {
            try subject.withUnsafeBufferPointer { buffer in
                try regex.forEachMatch(in: buffer, budget: MatchBudget(duration: nil)) { _ in true }
            }
        }
    }

    @Test(arguments: [("a # comment", "x"), ("\\Qa.b", ""), ("(*UTF)(*LIMIT_MATCH=100000)b|c", ""), ("x|a", "")])
    func budgetedScansFindWhatPlainScansFind(pattern: String, flags: String) throws {
        let regex = try Regex(pattern, options: try Regex.Options(flags: flags))
        let text = Array("a.b ab c x".utf8)
        var plain: [Range<Int>] = [], budgeted: [Range<Int>] = []
        try text.withUnsafeBufferPointer { buffer in
            try regex.forEachMatch(in: buffer) { plain.append($0.range); return true }
            try regex.forEachMatch(in: buffer, budget: MatchBudget(duration: .seconds(10))) { budgeted.append($0.range); return true }
        }
        #expect(!plain.isEmpty)
        #expect(plain == budgeted)
    }
}
