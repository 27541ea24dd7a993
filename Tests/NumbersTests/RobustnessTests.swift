import Foundation
import LedeCore
import Testing

/// Bad input is annotated quickly and without error.
@Suite struct RobustnessTests {
    func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func emptyAndBlankText() throws {
        #expect(try Numbers.find("").isEmpty)
        #expect(try Numbers.find(" \n\n\t ").isEmpty)
    }

    @Test func tenThousandDigits() throws {
        let text = String(repeating: "7", count: 10_000)
        var found: [FoundNumber] = []
        let time = try seconds { found = try Numbers.find("It was \(text) dollars.") }
        #expect(found.count == 1)
        #expect(found.first?.hasNullValue == true, "a value that does not fit is null, not infinity")
        #expect(time < 2)
    }

    @Test func longRunOfNumberWords() throws {
        let words = Array(repeating: "one hundred and twenty-three thousand four hundred", count: 2_000).joined(separator: " ")
        var found: [FoundNumber] = []
        let time = try seconds { found = try Numbers.find(words) }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.value.map { $0.isFinite } ?? true })
        #expect(time < 5)
    }

    @Test func punctuationAndSymbolsAlone() throws {
        let text = String(repeating: "$ % - – , . / 1. 2) € £ a.m. ½ ", count: 500)
        let time = try seconds { _ = try Numbers.find(text) }
        #expect(time < 5)
    }

    @Test func manyHyphensAndDigits() throws {
        let text = String(repeating: "1-2-3-4-5-6-7-8-9-", count: 2_000)
        let time = try seconds { _ = try Numbers.find(text) }
        #expect(time < 5)
    }
}
