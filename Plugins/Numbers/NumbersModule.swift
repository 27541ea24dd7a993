import LedeCore

/// The numbers module: numeric and temporal expressions (the `numbers` layer).
public enum NumbersModule: AnnotatorModule {
    public static let annotators: [any Annotator] = [NumbersAnnotator()]
}
