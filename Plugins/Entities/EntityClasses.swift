/// The classes of the learned recognizer: what a candidate name is. NONE drops it.
enum EntityClasses {
    static let names = ["NONE", "PERSON", "ORG", "PLACE"]
    static let none = 0
    /// The kind of each class (nil for NONE).
    static let kinds: [Mention.Kind?] = [nil, .person, .organization, .place]

    /// The class of a gold label (PERSON, ORG, PLACE), nil for any other.
    static func index(ofLabel label: String) -> Int? {
        switch label {
        case "PERSON": 1
        case "ORG": 2
        case "PLACE": 3
        default: nil
        }
    }
}
