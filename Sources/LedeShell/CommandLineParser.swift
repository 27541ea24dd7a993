/// One argument of a command line, after quotes are removed.
public struct CommandWord: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A bare word.
        case plain
        /// A word that was (at least partly) in quotes.
        case quoted
        /// A `/pattern/flags` argument; `text` is the pattern.
        case pattern(flags: String)
    }

    /// The word's value: unquoted, escapes resolved; for a pattern, what stands between the slashes.
    public var text: String
    public var kind: Kind
    /// Column (in characters of the line) where the word starts; for a pattern, where its text
    /// starts, so PCRE2's error positions can be pointed at.
    public var column: Int

    public init(_ text: String, kind: Kind = .plain, column: Int = 0) {
        self.text = text
        self.kind = kind
        self.column = column
    }

    /// The flags of a pattern word, or nil for other words.
    public var patternFlags: String? {
        if case .pattern(let flags) = kind { return flags }
        return nil
    }
}

/// One command of a line: its name and its arguments.
public struct ParsedCommand: Sendable, Equatable {
    public var name: String
    public var arguments: [CommandWord]
    /// Column where the command's name starts.
    public var column: Int
}

/// A command line that cannot be split into words.
public struct CommandSyntaxError: Error, CustomStringConvertible, Equatable {
    public let message: String
    public let column: Int
    public var description: String { message }
}

/// Splits command lines into commands and words, as a shell would: white space separates words,
/// `"…"` (with `\"`, `\\`, `\n`, `\t` escapes) and `'…'` quote, `;` separates commands and a word
/// starting with `#` starts a comment. For commands that take patterns, a word starting with `/`
/// runs to the next unescaped `/` and the flag letters after it: `find /said|told/i`.
public struct CommandLineParser: Sendable {
    /// Whether the named command takes `/pattern/` arguments.
    let takesPatterns: @Sendable (String) -> Bool

    public init(takesPatterns: @escaping @Sendable (String) -> Bool) {
        self.takesPatterns = takesPatterns
    }

    /// The commands of `line`, in order. An empty or comment-only line gives none.
    public func parse(_ line: String) throws(CommandSyntaxError) -> [ParsedCommand] {
        let characters = Array(line)
        var commands: [ParsedCommand] = []
        var current: ParsedCommand?
        var index = 0

        func finish() {
            if let command = current { commands.append(command) }
            current = nil
        }

        while index < characters.count {
            let character = characters[index]
            if character == " " || character == "\t" || character == "\r" || character == "\n" {
                index += 1
                continue
            }
            if character == ";" {
                finish()
                index += 1
                continue
            }
            if character == "#" { break }
            let start = index
            if let command = current, takesPatterns(command.name), character == "/" {
                // /pattern/flags
                var pattern = ""
                index += 1
                var closed = false
                while index < characters.count {
                    let next = characters[index]
                    if next == "\\", index + 1 < characters.count {
                        pattern.append(next)
                        pattern.append(characters[index + 1])
                        index += 2
                        continue
                    }
                    if next == "/" {
                        closed = true
                        index += 1
                        break
                    }
                    pattern.append(next)
                    index += 1
                }
                guard closed else {
                    throw CommandSyntaxError(message: "the pattern starting at column \(start + 1) has no closing '/'", column: start)
                }
                var flags = ""
                while index < characters.count, characters[index].isLetter {
                    flags.append(characters[index])
                    index += 1
                }
                if index < characters.count, !" \t\r\n;".contains(characters[index]) {
                    throw CommandSyntaxError(message: "unexpected '\(characters[index])' after the pattern /\(pattern)/\(flags)", column: index)
                }
                current?.arguments.append(CommandWord(pattern, kind: .pattern(flags: flags), column: start + 1))
                continue
            }
            // A word, possibly with quoted parts.
            var word = ""
            var quoted = false
            while index < characters.count {
                let next = characters[index]
                if next == " " || next == "\t" || next == "\r" || next == "\n" || next == ";" { break }
                if next == "\"" {
                    quoted = true
                    index += 1
                    var closed = false
                    while index < characters.count {
                        let inner = characters[index]
                        if inner == "\\", index + 1 < characters.count {
                            switch characters[index + 1] {
                            case "n": word.append("\n")
                            case "t": word.append("\t")
                            default: word.append(characters[index + 1])
                            }
                            index += 2
                            continue
                        }
                        if inner == "\"" {
                            closed = true
                            index += 1
                            break
                        }
                        word.append(inner)
                        index += 1
                    }
                    guard closed else {
                        throw CommandSyntaxError(message: "the quote opened at column \(index > 0 ? start + 1 : 1) is not closed", column: start)
                    }
                    continue
                }
                if next == "'" {
                    quoted = true
                    index += 1
                    var closed = false
                    while index < characters.count {
                        if characters[index] == "'" {
                            closed = true
                            index += 1
                            break
                        }
                        word.append(characters[index])
                        index += 1
                    }
                    guard closed else {
                        throw CommandSyntaxError(message: "the quote opened at column \(start + 1) is not closed", column: start)
                    }
                    continue
                }
                if next == "\\", index + 1 < characters.count {
                    word.append(characters[index + 1])
                    index += 2
                    continue
                }
                word.append(next)
                index += 1
            }
            if current == nil {
                current = ParsedCommand(name: word, arguments: [], column: start)
            } else {
                current?.arguments.append(CommandWord(word, kind: quoted ? .quoted : .plain, column: start))
            }
        }
        finish()
        return commands
    }
}
