import LedeCore

/// The tagger module: the learned part-of-speech layer that other annotators build on.
public enum TaggerModule: AnnotatorModule {
    public static let annotators: [any Annotator] = [PartOfSpeechAnnotator()]
}
