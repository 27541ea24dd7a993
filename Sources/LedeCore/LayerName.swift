/// The names of the layers that LedeCore and the built-in annotators produce.
///
/// Layers are plain strings so that a custom annotator can add its own; these constants only
/// spare the built-in code from misspelling them.
public enum LayerName {
    public static let tokens = "tokens"
    public static let sentences = "sentences"
    public static let paragraphs = "paragraphs"
    public static let entities = "entities"
    public static let places = "places"
    public static let roles = "roles"
    public static let quotes = "quotes"
    public static let numbers = "numbers"
    public static let partOfSpeech = "pos"
}
