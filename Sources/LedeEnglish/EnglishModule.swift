import LedeCore

/// The English language module as an annotator module: the `tokens` and `sentences` annotators
/// with English abbreviations and sentence openers, which replace LedeCore's language-neutral
/// ones in every registry that links this module.
public enum LedeEnglishModule: AnnotatorModule {
    public static let annotators: [any Annotator] = [
        TokensAnnotator(rules: English.tokenization),
        SentencesAnnotator(rules: English.tokenization),
    ]
}
