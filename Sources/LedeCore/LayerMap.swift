/// A document's values by layer name (its annotations, its compact layers, its kept spans).
///
/// A document has about ten layers and every annotator asks for several by name: a scan that
/// compares lengths first (most layer names differ in length) costs less than hashing the name
/// with `Dictionary`'s SipHash at each question, which for a short document was a tenth of the
/// work of the pipeline around the annotators.
struct LayerMap<Value>: Sendable where Value: Sendable {
    /// The names, in the order they were first set.
    private(set) var names: [String] = []
    private var values: [Value] = []

    init() {}

    /// The position of `name`, or nil.
    private func index(of name: String) -> Int? {
        let length = name.utf8.count
        for index in names.indices where names[index].utf8.count == length && names[index] == name { return index }
        return nil
    }

    /// The value of `name`; setting nil removes it.
    subscript(name: String) -> Value? {
        get { index(of: name).map { values[$0] } }
        set {
            switch (index(of: name), newValue) {
            case (let index?, let value?): values[index] = value
            case (let index?, nil):
                names.remove(at: index)
                values.remove(at: index)
            case (nil, let value?):
                names.append(name)
                values.append(value)
            case (nil, nil): break
            }
        }
    }
}
