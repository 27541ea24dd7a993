@testable import LedeCore
import Testing

@Suite struct LayerMapTests {
    @Test func findsEachNameAmongNamesOfTheSameLength() {
        var map = LayerMap<Int>()
        // "places" and "quotes" and "tokens" share a length: the name itself decides.
        map["places"] = 1
        map["quotes"] = 2
        map["tokens"] = 3
        map["pos"] = 4
        #expect(map["places"] == 1)
        #expect(map["quotes"] == 2)
        #expect(map["tokens"] == 3)
        #expect(map["pos"] == 4)
        #expect(map["roles"] == nil)
        #expect(map["place"] == nil)
        #expect(map.names == ["places", "quotes", "tokens", "pos"])
    }

    @Test func settingReplacesAndNilRemoves() {
        var map = LayerMap<[Int]>()
        map["entities"] = [1]
        map["entities"] = [1, 2]
        #expect(map["entities"] == [1, 2])
        #expect(map.names == ["entities"])
        map["numbers"] = []
        map["entities"] = nil
        #expect(map["entities"] == nil)
        #expect(map["numbers"] == [])
        #expect(map.names == ["numbers"])
        map["absent"] = nil
        #expect(map.names == ["numbers"])
    }

    @Test func aDocumentTellsWhichLayersChangedSinceARevision() {
        var document = Document(text: "Anna Berg said so.")
        document.setLayer("a", [])
        let before = document.revision
        document.setLayer("b", [Annotation(layer: "b", label: "X", range: 0..<4)])
        document.removeLayer("a")
        document.removeLayer("never-there")
        let changed = document.layerVersions.filter { $0.value > before }.keys.sorted()
        #expect(changed == ["a", "b"])
        #expect(document.annotations(in: "b").count == 1)
        #expect(!document.hasLayer("a"))
    }
}
