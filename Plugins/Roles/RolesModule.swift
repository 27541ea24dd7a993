import LedeCore

/// The roles annotator module: who holds which title, for which organization.
public enum RolesModule: AnnotatorModule {
    public static let annotators: [any Annotator] = [RolesAnnotator()]
}
