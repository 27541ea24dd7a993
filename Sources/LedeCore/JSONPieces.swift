/// Pieces of JSON text, each written once and copied wherever it recurs: a token table's labels,
/// the head of a tagger's annotations for each label (`{"layer":"pos","label":"NOUN","start":`),
/// the attributes of each of its attribute sets. A tagger's layer has an annotation per token and
/// far fewer labels and attribute sets, so writing it is mostly copying.
public struct JSONPieces: ~Copyable {
    /// The pieces' text, one after another.
    private var text = JSONWriter(capacity: 1024)
    /// Where each piece starts in `text`, and where the last ends.
    private var starts: [Int] = [0]

    public init() {}

    /// The number of pieces.
    public var count: Int { starts.count - 1 }

    /// The bytes of all the pieces.
    var byteCount: Int { text.count }

    /// Adds the JSON that `write` writes and returns its number.
    public mutating func add(writing write: (inout JSONWriter) -> Void) -> Int {
        write(&text)
        starts.append(text.count)
        return starts.count - 2
    }

    /// Adds `value` (nil: `null`) and returns its number.
    public mutating func add(_ value: AttributeValue?) -> Int {
        add { $0.value(value ?? .null) }
    }

    /// Calls `body` with the pieces, read in place by number.
    public func withPieces<Result>(_ body: (Pieces) throws -> Result) rethrows -> Result {
        try text.withBytes { bytes in
            try starts.withUnsafeBufferPointer { starts in try body(Pieces(bytes: bytes, starts: starts)) }
        }
    }

    /// The pieces in place, for the span of `withPieces`.
    public struct Pieces {
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: UnsafeBufferPointer<Int>

        /// The number of pieces.
        var count: Int { starts.count - 1 }

        /// Piece number `number`.
        @inline(__always)
        public subscript(number: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[starts[number]..<starts[number + 1]])
        }
    }
}
