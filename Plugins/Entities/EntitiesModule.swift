import LedeCore

/// The entities annotator module: people, organizations and nationality or group words.
public enum EntitiesModule: AnnotatorModule {
    public static let annotators: [any Annotator] = [EntitiesAnnotator()]
}
