import FuzzSupport
import LedeCore
@testable import LedeShell

/// Arbitrary bytes as a command line of lede's command language and as the arguments of `lede`:
/// the parser, each command's argument reading, and swift-argument-parser's parsing of argv.
func fuzzCommands(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: FuzzSupport.bytes(start, count), as: UTF8.self)
    let table = CommandTable.standard
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(50) {
        guard let commands = try? table.parser.parse(String(line)) else { continue }
        for command in commands {
            _ = table.command(named: command.name)
            for word in command.arguments { _ = word.patternFlags }
        }
    }
    let arguments = text.split(separator: " ").prefix(20).map(String.init)
    _ = try? LedeCommand<FuzzCatalog>.parseAsRoot(arguments)
    return 0
}

/// No annotators: argument parsing does not need them.
enum FuzzCatalog: AnnotatorCatalog {
    static var modules: [any AnnotatorModule.Type] { [] }
}

FuzzSupport.run { data, count in data.map { fuzzCommands(UnsafeRawPointer($0), count) } ?? 0 }
