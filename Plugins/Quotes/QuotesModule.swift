import LedeCore

/// The quotes annotator module: direct, partial and indirect quotes with their speakers.
public enum QuotesModule: AnnotatorModule {
    public static let annotators: [any Annotator] = [QuotesAnnotator()]
}
