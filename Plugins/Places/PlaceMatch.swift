/// A place name found in the text, before it is resolved to one reading.
struct PlaceMatch: Sendable {
    /// Token indices of the name.
    var tokens: Range<Int>
    /// UTF-8 byte range of the name.
    var range: Range<Int>
    /// The name as written.
    var name: String
    /// Everything the name can refer to.
    var readings: [PlaceReading]
    /// The sentence (index) the name is in.
    var sentence: Int
    /// The chosen reading, once resolved.
    var chosen: PlaceReading?
    /// Whether the name was recognised from its context (`the village of X`, `X Dam`) rather
    /// than the gazetteer: its country comes from the places around it.
    var isInferred = false
}
