import Foundation
import LedeTestSupport
import Testing
@testable import LedeShell

@Suite struct CompleterTests {
    let completer = Completer(session: SampleDocument.session())

    func candidates(_ before: String, _ word: String) -> [String] {
        guard case .candidates(let list) = completer.complete(before: before, word: word) else { return ["<files>"] }
        return list
    }

    @Test func commandNames() {
        #expect(candidates("", "hig") == ["highlight"])
        #expect(candidates("", "qu").contains("quotes"))
        #expect(candidates("", "qu").contains("quit"))
        #expect(candidates("open x; ", "who") == ["who"])
    }

    @Test func annotatorsLayersAndLabels() {
        #expect(candidates("use ", "sen") == ["sentences"])
        #expect(candidates("drop ", "") == completer.session.chain)
        #expect(candidates("show ", "quo") == ["quotes"])
        #expect(Set(candidates("show entities ", "")) == ["PERSON", "ORG", "NORP"])
        #expect(candidates("highlight quotes ", "pla") == ["places"])
        #expect(candidates("entities ", "P") == ["PERSON"])
    }

    @Test func namesInTheArticle() {
        #expect(candidates("who ", "Arag") == ["Araghchi"])
        #expect(candidates("who ", "arag") == ["Araghchi"])
        #expect(candidates("who ", "Abbas") == ["Abbas Araghchi"])
        #expect(candidates("who Abbas ", "Ar") == ["Araghchi"])
        #expect(candidates("who ", "Te") == ["Tehran", "Tel Aviv"])
        // A speaker is one argument: quoted, found by any of its names, left to readline to close after an opening quote.
        #expect(candidates("quotes --by ", "Ma") == ["\"Masoud Pezeshkian\""])
        #expect(candidates("quotes --by ", "Pez") == ["\"Masoud Pezeshkian\""])
        #expect(candidates("quotes --by \"", "Arag") == ["Abbas Araghchi"])
        #expect(candidates("quotes --by ", "IRN") == ["IRNA"])
    }

    @Test func filesSettingsAndFormats() {
        #expect(completer.complete(before: "open ", word: "Exa") == .files)
        #expect(completer.complete(before: "gazetteer weapons ", word: "") == .files)
        #expect(candidates("set ", "co") == ["color"])
        #expect(candidates("set color ", "") == ["on", "off"])
        #expect(candidates("export ", "sp") == ["spacy"])
        #expect(candidates("help ", "hi") == ["highlight", "history"])
        #expect(candidates("nonsense ", "x").isEmpty)
    }
}
