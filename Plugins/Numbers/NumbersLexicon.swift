import Foundation
import LedeCore

/// Everything the numbers annotator reads from `Resources/`: the closed vocabulary
/// (`vocabulary.tsv`), units (`units.tsv`) and currencies (`currencies.tsv`). Loaded once.
struct NumbersLexicon: Sendable {
    let vocabulary: Vocabulary
    let measures: MeasureLexicon

    /// The lexicon of the module's bundle, or the error that kept it from loading.
    static let shared: Result<NumbersLexicon, LoadFailure> = {
        do {
            let vocabulary = try TSV.rows(resource: "vocabulary.tsv", in: Bundle.module)
            let units = try TSV.rows(resource: "units.tsv", in: Bundle.module)
            let currencies = try TSV.rows(resource: "currencies.tsv", in: Bundle.module)
            return .success(NumbersLexicon(vocabulary: Vocabulary(rows: vocabulary),
                                           measures: MeasureLexicon(units: units, currencies: currencies)))
        } catch {
            return .failure(LoadFailure(description: String(describing: error)))
        }
    }()

    /// Why the lexicons could not be loaded.
    struct LoadFailure: Error, CustomStringConvertible {
        let description: String
    }
}
