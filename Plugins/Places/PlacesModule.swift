import LedeCore

/// The places annotator module.
public enum PlacesModule: AnnotatorModule {
    public static let annotators: [any Annotator] = [PlacesAnnotator()]
}
