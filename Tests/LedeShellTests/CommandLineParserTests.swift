import Testing
@testable import LedeShell

@Suite struct CommandLineParserTests {
    let parser = CommandLineParser(takesPatterns: { $0 == "find" || $0 == "rule" })

    @Test func wordsQuotesAndEscapes() throws {
        let commands = try parser.parse(#"text "He said \"no\"\nthen left" 'single # kept'  plain\ space"#)
        #expect(commands.count == 1)
        #expect(commands[0].name == "text")
        #expect(commands[0].arguments.map(\.text) == ["He said \"no\"\nthen left", "single # kept", "plain space"])
        #expect(commands[0].arguments[0].kind == .quoted)
        #expect(commands[0].arguments[2].kind == .plain)
    }

    @Test func semicolonsSeparateCommandsButNotInsideQuotesOrPatterns() throws {
        let commands = try parser.parse(#"open a.txt; find /a;b/i ; text "x;y""#)
        #expect(commands.map(\.name) == ["open", "find", "text"])
        #expect(commands[1].arguments == [CommandWord("a;b", kind: .pattern(flags: "i"), column: 18)])
        #expect(commands[2].arguments.map(\.text) == ["x;y"])
    }

    @Test func patternsOnlyForCommandsThatTakeThem() throws {
        let open = try parser.parse("open /tmp/article.txt")
        #expect(open[0].arguments == [CommandWord("/tmp/article.txt", kind: .plain, column: 5)])
        let rule = try parser.parse(#"rule casualties /\d+ (?:dead|killed)\/x/ix"#)
        #expect(rule[0].arguments.map(\.text) == ["casualties", #"\d+ (?:dead|killed)\/x"#])
        #expect(rule[0].arguments[1].patternFlags == "ix")
        #expect(rule[0].arguments[1].column == 17)
    }

    @Test func commentsAndBlankLines() throws {
        #expect(try parser.parse("   ").isEmpty)
        #expect(try parser.parse("# a comment; quit").isEmpty)
        let commands = try parser.parse("quotes --by Araghchi   # who said it")
        #expect(commands[0].arguments.map(\.text) == ["--by", "Araghchi"])
    }

    @Test func unclosedQuoteOrPatternIsAnError() {
        #expect(throws: CommandSyntaxError.self) { try parser.parse(#"text "never closed"#) }
        #expect(throws: CommandSyntaxError.self) { try parser.parse("find /open(") }
        #expect(throws: CommandSyntaxError.self) { try parser.parse("find /a/i,b") }
    }
}
