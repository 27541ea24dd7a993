/// A column of small numbers or none, one per row, in 16 bits each until a number needs more
/// (then in 32): what a token table keeps per token for a label or an attribute set, where a
/// layer has a few labels and some thousands of sets.
struct CompactNumbers {
    /// The numbers while all fit in 16 bits (`UInt16.max`: none); nil once one does not.
    private var narrow: [UInt16]? = []
    /// The numbers once one needed more than 16 bits (-1: none).
    private var wide: [Int32] = []

    /// The number of rows.
    var count: Int { narrow?.count ?? wide.count }

    mutating func reserveCapacity(_ rows: Int) {
        if narrow != nil { narrow?.reserveCapacity(rows) } else { wide.reserveCapacity(rows) }
    }

    /// Adds rows of none until there are `rows`.
    mutating func pad(to rows: Int) {
        let missing = rows - count
        guard missing > 0 else { return }
        if narrow != nil {
            narrow?.append(contentsOf: repeatElement(UInt16.max, count: missing))
        } else {
            wide.append(contentsOf: repeatElement(-1, count: missing))
        }
    }

    /// The number of row `row`, nil for none; a number is at most `Int32.max`.
    subscript(row: Int) -> Int? {
        get {
            if let narrow { return narrow[row] == UInt16.max ? nil : Int(narrow[row]) }
            return wide[row] < 0 ? nil : Int(wide[row])
        }
        set {
            let number = newValue.map { min($0, Int(Int32.max)) }
            if narrow != nil, let number, number >= Int(UInt16.max), let numbers = narrow {
                // Too wide for 16 bits: every row moves to 32, with the room reserved for 16.
                narrow = nil
                wide.reserveCapacity(numbers.capacity)
                for value in numbers { wide.append(value == UInt16.max ? -1 : Int32(value)) }
            }
            if narrow != nil {
                narrow?[row] = number.map { UInt16($0) } ?? UInt16.max
            } else {
                wide[row] = number.map { Int32($0) } ?? -1
            }
        }
    }
}
