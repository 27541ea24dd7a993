import Foundation
import LedeTestSupport
import Testing

/// A copy of lede whose tagger model is damaged or missing: the `pos` annotator says which file
/// and why, the other layers are still written, and the run ends with status 1.
@Suite struct ModelResourceTests {
    /// Runs `lede ARGUMENTS` from a copy of the binary beside its resource bundles, after
    /// `damage` (a shell command run in the copied tagger bundle's `Resources/`).
    func runWithDamagedTagger(_ damage: String, _ arguments: String, input: String) throws -> LedeBinary.Result {
        let folder = try TemporaryFolder()
        let script = """
            set -e
            dir='\(folder.url.path)'
            build=$(dirname "$LEDE")
            cp "$LEDE" "$dir/lede"
            for bundle in "$build"/lede_*.resources; do ln -s "$bundle" "$dir/"; done
            rm "$dir/lede_Tagger.resources"
            cp -R "$build/lede_Tagger.resources" "$dir/"
            cd "$dir/lede_Tagger.resources/Resources"
            \(damage)
            cd "$dir"
            set +e
            ./lede \(arguments)
            """
        return try LedeBinary.shell(script, input: Data(input.utf8))
    }

    @Test func aTruncatedModelIsReportedAndTheOtherLayersKept() throws {
        let result = try runWithDamagedTagger("head -c 1000 upos.model > cut && mv cut upos.model",
                                              "annotate --with pos,entities,numbers --format jsonl", input: "Maria Lopez said 3 words in Paris.\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("annotator 'pos' failed"))
        #expect(result.stderr.contains("upos.model"))
        #expect(result.stderr.contains("bytes of weights"))
        // The entities, which read the parts of speech, are skipped and say why; the others stay.
        #expect(result.stderr.contains("annotator 'entities'") && result.stderr.contains("required layer 'pos' failed"))
        #expect(result.stdout.contains("\"layer\":\"numbers\"") && result.stdout.contains("\"layer\":\"places\""))
        #expect(!result.stdout.contains("\"layer\":\"pos\"") && !result.stdout.contains("\"layer\":\"entities\""))
    }

    @Test func aMissingModelIsReported() throws {
        let result = try runWithDamagedTagger("rm xpos.model", "annotate --with pos --format jsonl", input: "It rained.\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("xpos.model"))
        #expect(result.stderr.contains("not found"))
    }

    @Test func aModelOfOtherTagsIsRefused() throws {
        // The fine model is a valid model file, but its classes are not the universal tags.
        let result = try runWithDamagedTagger("cp xpos.model upos.model", "annotate --with pos --format jsonl", input: "It rained.\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("upos.model"))
        #expect(result.stderr.contains("not the universal tags"))
    }

    @Test func theIntactCopyTagsAndSucceeds() throws {
        let result = try runWithDamagedTagger("true", "annotate --with pos --format jsonl", input: "It rained.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"label\":\"VERB\""))
        #expect(result.stderr.isEmpty)
    }
}
