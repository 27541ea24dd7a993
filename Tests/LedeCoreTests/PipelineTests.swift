import LedeCore
import Testing

/// A test annotator that records its name in the document's metadata when it runs.
struct Stub: Annotator {
    let name: String
    var requires: [String] = []
    var writes: [String]
    var fails = false
    var modifies: [String] = []
    var summary: String { "stub \(name)" }
    var layers: [LayerSpec] { writes.map { LayerSpec(name: $0, kind: .mention, title: $0) } }

    init(name: String, requires: [String] = [], produces: [String], modifies: [String] = [], fails: Bool = false) {
        self.name = name
        self.requires = requires
        self.writes = produces
        self.modifies = modifies
        self.fails = fails
    }

    struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }

    func annotate(_ document: inout Document) throws {
        if fails { throw Boom() }
        let ran = document.metadata["ran"]?.stringValue ?? ""
        document.metadata["ran"] = .string(ran.isEmpty ? name : ran + "," + name)
        for layer in produces {
            document.setLayer(layer, [Annotation(layer: layer, label: name.uppercased(), range: 0..<1)])
        }
    }
}

@Suite struct PipelineTests {
    let registry = Registry(annotators: [
        Stub(name: "tok", produces: ["tokens"]),
        Stub(name: "ents", requires: ["tokens"], produces: ["entities"]),
        Stub(name: "roles", requires: ["entities", "tokens"], produces: ["roles"]),
        Stub(name: "quotes", requires: ["roles"], produces: ["quotes"]),
    ])

    @Test func addsRequirementsInDependencyOrder() throws {
        let pipeline = try Pipeline(names: ["quotes"], registry: registry)
        #expect(pipeline.names == ["tok", "ents", "roles", "quotes"])
        var document = Document(text: "x")
        #expect(pipeline.run(&document).isEmpty)
        #expect(document.metadata["ran"] == "tok,ents,roles,quotes")
    }

    @Test func keepsEachAnnotatorOnceWhateverTheOrderOfNames() throws {
        let pipeline = try Pipeline(names: ["roles", "tok", "ents", "roles"], registry: registry)
        #expect(pipeline.names == ["tok", "ents", "roles"])
    }

    @Test func unknownNameSuggestsTheClosest() {
        #expect(throws: PipelineError.unknownAnnotator("entz", suggestion: "ents", available: ["tok", "ents", "roles", "quotes"])) {
            try Pipeline(names: ["entz"], registry: registry)
        }
        let error = PipelineError.unknownAnnotator("entz", suggestion: "ents", available: ["tok"])
        #expect(error.description.contains("did you mean 'ents'?"))
    }

    @Test func missingRequirementIsNamed() {
        let broken = Registry(annotators: [Stub(name: "a", requires: ["nowhere"], produces: ["a"])])
        #expect(throws: PipelineError.missingRequirement(annotator: "a", layer: "nowhere")) {
            try Pipeline(names: ["a"], registry: broken)
        }
    }

    @Test func cyclesAreRejectedWithThePath() {
        let cyclic = Registry(annotators: [
            Stub(name: "a", requires: ["b"], produces: ["a"]),
            Stub(name: "b", requires: ["c"], produces: ["b"]),
            Stub(name: "c", requires: ["a"], produces: ["c"]),
        ])
        #expect(throws: PipelineError.cycle(["a", "b", "c", "a"])) {
            try Pipeline(names: ["a"], registry: cyclic)
        }
    }

    @Test func aBatchGivesEachDocumentWhatARunAloneGivesIt() throws {
        /// Fails on documents whose text starts with "!".
        struct Picky: Annotator {
            let name = "picky"
            let summary = "fails on some documents"
            let requires = ["tokens"]
            var layers: [LayerSpec] { [LayerSpec(name: "picky", kind: .mention, title: "Picky")] }
            func annotate(_ document: inout Document) throws {
                if document.text.hasPrefix("!") { throw Stub.Boom() }
                document.setLayer("picky", [Annotation(layer: "picky", label: "P", range: 0..<1)])
            }
        }
        let registry = Registry(annotators: [
            Stub(name: "tok", produces: ["tokens"]), Picky(),
            Stub(name: "after", requires: ["picky"], produces: ["after"]),
        ])
        let pipeline = try Pipeline(names: ["after"], registry: registry)
        let texts = ["a", "!b", "c", "!d"]
        var batch = texts.enumerated().map { Document(id: "d\($0.offset)", text: $0.element) }
        let batchFailures = pipeline.run(batch: &batch)
        for (index, text) in texts.enumerated() {
            var alone = Document(id: "d\(index)", text: text)
            let failures = pipeline.run(&alone)
            #expect(batchFailures[index] == failures)
            #expect(batch[index].layerNames == alone.layerNames)
            #expect(batch[index].metadata["ran"] == alone.metadata["ran"])
        }
        #expect(batchFailures.map(\.count) == [0, 2, 0, 2], "picky fails, after is skipped, on d1 and d3 only")
        #expect(batch[2].hasLayer("after") && !batch[3].hasLayer("picky"))
    }

    @Test func aFailingAnnotatorIsReportedAndOtherLayersSurvive() throws {
        let withFailure = Registry(annotators: [
            Stub(name: "tok", produces: ["tokens"]),
            Stub(name: "bad", requires: ["tokens"], produces: ["bad"], fails: true),
            Stub(name: "needsBad", requires: ["bad"], produces: ["later"]),
            Stub(name: "fine", requires: ["tokens"], produces: ["fine"]),
        ])
        let pipeline = try Pipeline(names: ["needsBad", "fine"], registry: withFailure)
        var document = Document(id: "doc-7", text: "x")
        let failures = pipeline.run(&document)
        #expect(failures.map(\.annotator) == ["bad", "needsBad"])
        #expect(failures.first?.document == "doc-7")
        #expect(failures.first?.description == "annotator 'bad' failed on doc-7: boom")
        #expect(document.hasLayer("tokens") && document.hasLayer("fine"))
        #expect(!document.hasLayer("bad") && !document.hasLayer("later"))
    }

    @Test func coreAnnotatorsAreRegisteredFirst() {
        let core = Registry(annotators: CoreAnnotators.all)
        #expect(core.names == ["tokens", "sentences", "paragraphs"])
        #expect(core.producer(of: "sentences")?.name == "sentences")
    }

    @Test func optionsAreRejectedByAnnotatorsWithoutThem() {
        #expect(throws: AnnotatorOptionError.self) {
            _ = try TokensAnnotator().configured(["speed": "max"])
        }
    }
}

/// The layer contract: an annotator writes what it declares, and nothing else.
@Suite struct LayerContractTests {
    struct Writer: Annotator {
        let name = "writer"
        let summary = "writes what it is told"
        var label = "GOOD"
        var attributes: Attributes = [:]
        var alsoWrites: String?
        /// Whether to write the layer compactly, one annotation per token (`TokenLayer`).
        var compact = false
        let layers = [LayerSpec(name: "mine", kind: .mention, title: "Mine", labels: [LabelSpec("GOOD")],
                                attributes: [AttributeSpec("count", .integer)])]

        func annotate(_ document: inout Document) throws {
            if compact {
                var layer = TokenLayer()
                layer.append(token: 0, label: layer.addLabel(label), attributes: layer.addAttributes(attributes))
                document.setTokenLayer("mine", layer)
            } else {
                document.setLayer("mine", [Annotation(layer: "mine", label: label, range: 0..<1, attributes: attributes)])
            }
            if let alsoWrites { document.setLayer(alsoWrites, []) }
        }
    }

    func failures(_ writer: Writer) -> [String] {
        var document = Document(text: "abc")
        document.setTokens([Token(range: 0..<3, kind: .word)])
        return Pipeline(ordered: [writer]).run(&document).map(\.message)
    }

    @Test func whatIsDeclaredPasses() {
        #expect(failures(Writer(attributes: ["count": 3])).isEmpty)
        #expect(failures(Writer(attributes: ["count": nil])).isEmpty)
    }

    @Test func anUndeclaredLabelAttributeOrTypeFails() {
        for compact in [false, true] {
            #expect(failures(Writer(label: "BAD", compact: compact)).first?.contains("label 'BAD' is not declared") == true)
            #expect(failures(Writer(attributes: ["other": 1], compact: compact)).first?.contains("attribute 'other' is not declared") == true)
            #expect(failures(Writer(attributes: ["count": "three"], compact: compact)).first?.contains("attribute 'count' is not an integer") == true)
        }
        #expect(failures(Writer(attributes: ["count": 3], compact: true)).isEmpty)
    }

    @Test func writingAnotherLayerFailsAndTheLayerIsLeftOut() {
        var document = Document(text: "abc")
        let found = Pipeline(ordered: [Writer(alsoWrites: "theirs")]).run(&document)
        #expect(found.first?.message.contains("it wrote the layer 'theirs'") == true)
        #expect(!document.hasLayer("mine"))
    }

    /// Removes a layer it does not declare.
    struct Remover: Annotator {
        let name = "remover"
        let summary = "removes another annotator's layer"
        let layers: [LayerSpec] = []
        func annotate(_ document: inout Document) throws { document.removeLayer("theirs") }
    }

    @Test func removingALayerItDoesNotDeclareFails() {
        var document = Document(text: "abc")
        document.setLayer("theirs", [Annotation(layer: "theirs", label: "X", range: 0..<1)])
        let found = Pipeline(ordered: [Remover()]).run(&document)
        #expect(found.first?.message.contains("it wrote the layer 'theirs'") == true)
        // A layer that was never there is not touched by removing it.
        var empty = Document(text: "abc")
        #expect(Pipeline(ordered: [Remover()]).run(&empty).isEmpty)
    }

    @Test func aStopRequestEndsTheRunBetweenAnnotators() {
        var document = Document(text: "abc")
        var asked = 0
        #expect(throws: Interruption.self) {
            try Pipeline(ordered: [Writer(), Writer()]).run(&document) { asked += 1; return asked > 1 }
        }
        #expect(document.hasLayer("mine"))
    }
}

/// An annotator that rewrites a layer of another runs after that layer's producer and before
/// the annotators that read it, so they see the rewritten layer.
@Suite struct PipelineOrderTests {
    let registry = Registry(annotators: [
        Stub(name: "tok", produces: ["tokens"]),
        Stub(name: "places", requires: ["tokens"], produces: ["places"]),
        Stub(name: "ents", requires: ["tokens", "places"], produces: ["entities"], modifies: ["places"]),
        Stub(name: "roles", requires: ["entities", "places"], produces: ["roles"]),
        Stub(name: "quotes", requires: ["roles", "entities"], produces: ["quotes"]),
        Stub(name: "firms", requires: ["entities", "places"], produces: ["firms"], modifies: ["entities", "places"]),
        Stub(name: "clubs", requires: ["entities", "places"], produces: ["clubs"], modifies: ["entities", "places"]),
    ])

    @Test func aModifierRunsBeforeTheReadersOfItsLayer() throws {
        let pipeline = try Pipeline(names: ["quotes", "firms"], registry: registry)
        #expect(pipeline.names == ["tok", "places", "ents", "firms", "roles", "quotes"])
    }

    @Test func twoModifiersOfOneLayerKeepTheirOrder() throws {
        #expect(try Pipeline(names: ["quotes", "clubs", "firms"], registry: registry).names
            == ["tok", "places", "ents", "clubs", "firms", "roles", "quotes"])
        #expect(try Pipeline(names: ["firms", "clubs", "quotes"], registry: registry).names
            == ["tok", "places", "ents", "firms", "clubs", "roles", "quotes"])
    }

    @Test func withoutModifiersTheDependencyOrderStands() throws {
        #expect(try Pipeline(names: ["quotes"], registry: registry).names == ["tok", "places", "ents", "roles", "quotes"])
    }
}
