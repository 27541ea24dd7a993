import LedeCore
import Testing

@Suite struct NameTableTests {
    @Test func findsSetsAndForgetsNames() {
        var table = NameTable<Int>()
        #expect(table.isEmpty)
        table["Berg"] = 1
        table["Anna Berg"] = 2
        table["Berg"] = 3
        #expect(table["Berg"] == 3)
        #expect(table["Anna Berg"] == 2)
        #expect(table["berg"] == nil)
        #expect(table["Ber"] == nil)
        table["Anna Berg"] = nil
        #expect(table["Anna Berg"] == nil)
        #expect(!table.contains("Anna Berg"))
        #expect(table.elements.map(\.name) == ["Berg"])
        table["Anna Berg"] = 4
        #expect(table.elements.map(\.name) == ["Berg", "Anna Berg"])
    }

    @Test func countsWithADefaultAndGrowsPastItsFirstSlots() {
        var table = NameTable<Double>()
        for round in 0..<3 {
            for number in 0..<200 { table["country \(number)", default: 0] += Double(round + 1) }
        }
        #expect(table.elements.count == 200)
        #expect(table["country 0"] == 6)
        #expect(table["country 199"] == 6)
        #expect(table["country 200"] == nil)
    }

    @Test func aSetOfNamesFromASequence() {
        let names = NameTable(["Zürich", "Zurich", "São Paulo", ""])
        #expect(names.contains("Zürich") && names.contains("Zurich") && names.contains("São Paulo") && names.contains(""))
        #expect(!names.contains("Sao Paulo"))
    }
}

@Suite struct NameTableFromDictionaryTests {
    @Test func aNameWhoseValueIsNilIsStillThere() {
        let pronouns = NameTable<String?>(["he": "male", "she": "female", "it": nil])
        #expect(pronouns["he"] == .some("male"))
        #expect(pronouns["it"] == .some(nil))
        #expect(pronouns["we"] == nil)
        #expect(pronouns.elements.map(\.name) == ["he", "it", "she"])
    }
}
