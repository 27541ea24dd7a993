/// A trained linear classifier: for each feature (a 64-bit hash), a row of weights, one per
/// class. The score of a class is the sum of its weights over the features present; the best
/// class wins.
///
/// Laid out for speed, since a tagger looks up some forty features per word:
/// - the rows are found through one open-addressing table of 32-bit slots (8 bits of the
///   feature's hash and the row number), at most half full, probed linearly: a feature the model
///   does not know is mostly ruled out by one read of that table, and a known one costs one read
///   of it and one of its row, which begins with the feature's whole hash to confirm the match;
/// - a row is that hash, its scale (a float) and its weights as 8-bit integers, padded to whole
///   4-lane vectors and to 16, 32 or 64 bytes, so that no row straddles two cache lines (32 bytes
///   for 17 classes, against 80 as floats): a model of 130,000 rows takes 5 MB of cache, not 12,
///   beside the other annotators' data; each weight is converted and scaled as it is added (the
///   same float, bit for bit, as converting them all at load).
/// The file (`ModelFile`) keeps the hashes, the scales and the 8-bit weights, each in row order,
/// and the model writes back the bytes it was read from. No dictionary, no allocation per
/// prediction.
public struct LinearModel: Sendable {
    /// The class labels.
    public let classes: [String]
    /// Slot → `tag(feature) << 24 | row + 1` (0: empty). The count is a power of two.
    @usableFromInline let slots: [UInt32]
    /// The rows, `rowBytes` each: the feature's hash (8 bytes), its scale (a float), then the
    /// weights of the classes as 8-bit integers, then zeros to `chunks × 4` weights and to
    /// `rowBytes`.
    @usableFromInline let packed: [UInt8]
    /// Where in `packed` the first row begins: at a multiple of 64 in memory where the rows were
    /// written. The storage of an array that is never changed does not move, and if it did, the
    /// rows would move with it: found the same, only no longer aligned.
    @usableFromInline let rowsStart: Int
    /// Bytes per row of `packed`: 16, 32 or 64 (a power of two, so that no row straddles two
    /// cache lines), or a multiple of 64 for a model of more than 52 classes.
    @usableFromInline let rowBytes: Int
    /// Score vectors per prediction (4 classes each).
    @usableFromInline let chunks: Int
    /// The number of features with weights (of rows).
    public let featureCount: Int

    /// The bits of a feature hash by which training keeps one row per feature (the rows it
    /// keeps, and so the shipped model files, are those of the layout before this one, which
    /// stored only these bits).
    static let checkMask: UInt64 = ~0xFF_FFFF
    /// The largest number of rows (a slot's row number has 24 bits).
    public static let maximumRows = 0xFF_FFFE
    /// Where a row's scale and weights begin within it.
    @usableFromInline static let scaleOffset = 8, weightsOffset = 12

    /// Builds the model from rows of 8-bit weights and their scales, keyed by feature hash;
    /// nil when a hash is repeated or 0.
    init?(classes: [String], features: [UInt64], quantized: [Int8], scales: [Float]) {
        let classCount = classes.count
        guard classCount > 0, features.count == scales.count, quantized.count == features.count * classCount,
              features.count <= Self.maximumRows else { return nil }
        let chunks = (classCount + 3) / 4
        // The rows, from the byte of `packed` at a multiple of 64 in memory (`rowsStart`).
        let rowBytes = Self.rowBytes(chunks: chunks)
        var packed = [UInt8](repeating: 0, count: features.count * rowBytes + 64)
        let rowsStart = packed.withUnsafeBytes { bytes in
            bytes.baseAddress.map { (64 - Int(bitPattern: $0) & 63) & 63 } ?? 0
        }
        packed.withUnsafeMutableBytes { packed in
            for row in 0..<features.count {
                let first = rowsStart + row * rowBytes
                packed.storeBytes(of: features[row].littleEndian, toByteOffset: first, as: UInt64.self)
                packed.storeBytes(of: scales[row].bitPattern.littleEndian, toByteOffset: first + Self.scaleOffset, as: UInt32.self)
                for index in 0..<classCount {
                    packed[first + Self.weightsOffset + index] = UInt8(bitPattern: quantized[row * classCount + index])
                }
            }
        }
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (row, feature) in features.enumerated() {
            guard feature != 0 else { return nil }
            var slot = Int(truncatingIfNeeded: feature) & mask
            while slots[slot] != 0 {
                // The same feature twice (met on its probe path, which the first one began).
                if slots[slot] >> 24 == UInt32(Self.tag(feature)), features[Int(slots[slot] & 0xFF_FFFF) - 1] == feature { return nil }
                slot = (slot + 1) & mask
            }
            slots[slot] = UInt32(Self.tag(feature)) << 24 | UInt32(row + 1)
        }
        self.classes = classes
        self.slots = slots
        self.packed = packed
        self.rowsStart = rowsStart
        self.rowBytes = rowBytes
        self.chunks = chunks
        self.featureCount = features.count
    }

    /// Builds the model from rows of float weights, keyed by feature hash (as training gives
    /// them): each row is stored as 8-bit integers scaled by its largest weight. A row whose
    /// feature has the high 40 bits of an earlier one's is left out (`checkMask`).
    public init(classes: [String], rows weightRows: [(feature: UInt64, weights: [Float])]) {
        var seen = Set<UInt64>()
        var features: [UInt64] = [], quantized: [Int8] = [], scales: [Float] = []
        for entry in weightRows.prefix(Self.maximumRows) where entry.feature & Self.checkMask != 0 {
            guard seen.insert(entry.feature & Self.checkMask).inserted else { continue }
            let largest = entry.weights.map { abs($0) }.max() ?? 0
            let scale = largest > 0 ? largest / 127 : 1
            features.append(entry.feature)
            scales.append(scale)
            for weight in entry.weights { quantized.append(Int8((weight / scale).rounded())) }
        }
        let built = LinearModel(classes: classes, features: features, quantized: quantized, scales: scales)
        // Every condition of the failable initializer holds for the rows kept above.
        self = built ?? LinearModel(empty: classes)
    }

    private init(empty classes: [String]) {
        self.classes = classes.isEmpty ? [""] : classes
        slots = [UInt32](repeating: 0, count: 16)
        packed = [UInt8](repeating: 0, count: 64)
        rowsStart = 0
        chunks = (self.classes.count + 3) / 4
        rowBytes = Self.rowBytes(chunks: chunks)
        featureCount = 0
    }

    /// The bytes of a row of `chunks` vectors of weights: the hash, the scale and the weights,
    /// rounded up to a power of two (a multiple of 64 past 64).
    static func rowBytes(chunks: Int) -> Int {
        let needed = weightsOffset + 4 * chunks
        guard needed <= 64 else { return (needed + 63) / 64 * 64 }
        var bytes = 16
        while bytes < needed { bytes <<= 1 }
        return bytes
    }

    /// The stored feature hash of row `row`, its weights and its scale (for the file).
    func stored(row: Int) -> (feature: UInt64, weights: [Int8], scale: Float) {
        let first = rowsStart + row * rowBytes
        func integer<T: FixedWidthInteger>(_ range: Range<Int>) -> T { packed[range].reversed().reduce(T(0)) { $0 << 8 | T($1) } }
        let feature: UInt64 = integer(first..<first + Self.scaleOffset)
        let scale: UInt32 = integer(first + Self.scaleOffset..<first + Self.weightsOffset)
        return (feature, packed[first + Self.weightsOffset..<first + Self.weightsOffset + classes.count].map { Int8(bitPattern: $0) },
                Float(bitPattern: scale))
    }

    /// The number of score vectors of one prediction (4 classes each).
    public var vectorsPerPrediction: Int { chunks }

    /// The memory `add` works in, kept from one call to the next.
    public struct Scratch {
        @usableFromInline var probes: [UInt64] = []
        public init() {}
    }

    /// Adds the weights of each run's features to the scores of its group: the vectors
    /// `group × vectorsPerPrediction ..<` of `scores`.
    @inlinable
    public func add(_ batch: FeatureBatch, to scores: UnsafeMutableBufferPointer<SIMD4<Float>>, scratch: inout Scratch) {
        batch.features.withUnsafeBufferPointer { features in
            rows(of: features, into: &scratch)
            packed.withUnsafeBufferPointer { packed in
                scratch.probes.withUnsafeBufferPointer { rows in
                    var start = 0
                    for run in batch.runs {
                        let end = Int(run.end), target = Int(run.group) * chunks
                        defer { start = end }
                        guard target >= 0, target + chunks <= scores.count else { continue }
                        addRows(rows, start..<end, from: packed, to: scores, at: target)
                    }
                }
            }
        }
    }

    /// Adds the weights of `features` to the scores of one prediction: the vectors
    /// `at ..< at + vectorsPerPrediction` of `scores`.
    @inlinable
    public func add(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutableBufferPointer<SIMD4<Float>>, at target: Int,
                    scratch: inout Scratch) {
        guard target >= 0, target + chunks <= scores.count else { return }
        rows(of: features, into: &scratch)
        packed.withUnsafeBufferPointer { packed in
            scratch.probes.withUnsafeBufferPointer { rows in
                addRows(rows, 0..<features.count, from: packed, to: scores, at: target)
            }
        }
    }

    /// Finds the row of each feature (its number + 1, or 0) in `scratch.probes`: a slot whose
    /// 8-bit tag is the feature's is confirmed by the whole hash at the start of the row it
    /// names, a read that brings the row's weights into the cache with it. The features are
    /// independent of one another, so the processor waits for the reads of several at once.
    /// (Two passes, the slots read first and the rows fetched ahead, ran more instructions and
    /// no faster.)
    @inlinable
    func rows(of features: UnsafeBufferPointer<UInt64>, into scratch: inout Scratch) {
        let rowBytes = self.rowBytes
        if scratch.probes.count < features.count {
            scratch.probes = [UInt64](repeating: 0, count: max(features.count, 2 * scratch.probes.count))
        }
        slots.withUnsafeBufferPointer { slots in
            packed.withUnsafeBytes { packed in
                scratch.probes.withUnsafeMutableBufferPointer { probes in
                    guard let found = probes.baseAddress else { return }
                    guard let slotBase = slots.baseAddress, let rowBase = packed.baseAddress.map({ $0 + rowsStart }) else {
                        found.update(repeating: 0, count: features.count)
                        return
                    }
                    let mask = slots.count - 1
                    for (index, feature) in features.enumerated() {
                        let wanted = UInt32(Self.tag(feature))
                        var slot = Int(truncatingIfNeeded: feature) & mask
                        var entry = slotBase[slot]
                        var row: UInt64 = 0
                        while entry != 0 {
                            if entry >> 24 == wanted {
                                let number = Int(entry & 0xFF_FFFF)
                                if UInt64(littleEndian: (rowBase + (number - 1) * rowBytes).loadUnaligned(as: UInt64.self)) == feature {
                                    row = UInt64(number)
                                    break
                                }
                            }
                            slot = (slot + 1) & mask
                            entry = slotBase[slot]
                        }
                        found[index] = row
                    }
                }
            }
        }
    }

    /// The 8 bits of a feature hash that its slots keep beside the row number: bits 56–63.
    @inlinable
    static func tag(_ hash: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: hash >> 56)
    }

    /// Adds the rows `rows[range]` (numbers + 1, 0 for none) to the scores at `target`.
    @inlinable
    func addRows(_ rows: UnsafeBufferPointer<UInt64>, _ range: Range<Int>, from packed: UnsafeBufferPointer<UInt8>,
                 to scores: UnsafeMutableBufferPointer<SIMD4<Float>>, at target: Int) {
        guard let source = packed.baseAddress.map({ UnsafeRawPointer($0 + rowsStart) }), let rowNumbers = rows.baseAddress,
              let destination = scores.baseAddress.map({ $0 + target }) else { return }
        let chunks = self.chunks, rowBytes = self.rowBytes
        // The count of vectors a constant in each loop, so that a row's are added without a test each.
        switch chunks {
        case 1: Self.addRows(rowNumbers, range, source: source, rowBytes: rowBytes, destination: destination, chunks: 1)
        case 2: Self.addRows(rowNumbers, range, source: source, rowBytes: rowBytes, destination: destination, chunks: 2)
        case 3: Self.addRows(rowNumbers, range, source: source, rowBytes: rowBytes, destination: destination, chunks: 3)
        case 4: Self.addRows(rowNumbers, range, source: source, rowBytes: rowBytes, destination: destination, chunks: 4)
        case 5: Self.addRows(rowNumbers, range, source: source, rowBytes: rowBytes, destination: destination, chunks: 5)
        case 6: Self.addRows(rowNumbers, range, source: source, rowBytes: rowBytes, destination: destination, chunks: 6)
        default:
            for index in range {
                let row = Int(truncatingIfNeeded: rowNumbers[index])
                guard row != 0 else { continue }
                let start = source + (row - 1) * rowBytes
                let scale = start.loadUnaligned(fromByteOffset: Self.scaleOffset, as: Float.self)
                for chunk in 0..<chunks { destination[chunk] += Self.weights(start, chunk, scale) }
            }
        }
    }

    /// The weights of a row's `chunk`-th vector, scaled.
    @inlinable @inline(__always)
    static func weights(_ row: UnsafeRawPointer, _ chunk: Int, _ scale: Float) -> SIMD4<Float> {
        let integers = SIMD4<Int32>(truncatingIfNeeded: row.loadUnaligned(fromByteOffset: weightsOffset + 4 * chunk, as: SIMD4<Int8>.self))
        return SIMD4<Float>(integers) * scale
    }

    /// `addRows` for up to six vectors (24 classes), summed in registers; inlined where `chunks`
    /// is a constant.
    @inlinable @inline(__always)
    static func addRows(_ rows: UnsafePointer<UInt64>, _ range: Range<Int>, source: UnsafeRawPointer, rowBytes: Int,
                        destination: UnsafeMutablePointer<SIMD4<Float>>, chunks: Int) {
        var sum = (destination[0], chunks > 1 ? destination[1] : SIMD4(), chunks > 2 ? destination[2] : SIMD4(),
                   chunks > 3 ? destination[3] : SIMD4(), chunks > 4 ? destination[4] : SIMD4(), chunks > 5 ? destination[5] : SIMD4())
        for index in range {
            let row = Int(truncatingIfNeeded: rows[index])
            guard row != 0 else { continue }
            let start = source + (row - 1) * rowBytes
            let scale = start.loadUnaligned(fromByteOffset: scaleOffset, as: Float.self)
            sum.0 += weights(start, 0, scale)
            if chunks > 1 { sum.1 += weights(start, 1, scale) }
            if chunks > 2 { sum.2 += weights(start, 2, scale) }
            if chunks > 3 { sum.3 += weights(start, 3, scale) }
            if chunks > 4 { sum.4 += weights(start, 4, scale) }
            if chunks > 5 { sum.5 += weights(start, 5, scale) }
        }
        destination[0] = sum.0
        if chunks > 1 { destination[1] = sum.1 }
        if chunks > 2 { destination[2] = sum.2 }
        if chunks > 3 { destination[3] = sum.3 }
        if chunks > 4 { destination[4] = sum.4 }
        if chunks > 5 { destination[5] = sum.5 }
    }

    /// The best of the first `limit` classes (every class when nil) by the scores of one
    /// prediction, `vectorsPerPrediction` vectors from `start`: the first class of the highest
    /// score (0 when none is above -infinity). The scores are read as the floats they are laid
    /// out as, not lane by lane of their vectors.
    @inlinable
    public func best(_ scores: UnsafeBufferPointer<SIMD4<Float>>, from start: Int = 0, limit: Int? = nil) -> Int {
        let count = min(limit ?? classes.count, classes.count)
        assert(start >= 0 && start + (count + 3) / 4 <= scores.count, "the scores of one prediction lie outside the buffer")
        guard count > 0, start >= 0, start + (count + 3) / 4 <= scores.count, let first = scores.baseAddress else { return 0 }
        return UnsafeRawPointer(first + start).withMemoryRebound(to: Float.self, capacity: count) { floats in
            var best = 0, bestScore = -Float.infinity
            for index in 0..<count where floats[index] > bestScore {
                best = index
                bestScore = floats[index]
            }
            return best
        }
    }

    /// Whether the model has weights for `feature` (it was met in training and kept).
    public func contains(_ feature: UInt64, scratch: inout Scratch) -> Bool {
        withUnsafePointer(to: feature) { rows(of: UnsafeBufferPointer(start: $0, count: 1), into: &scratch) }
        return scratch.probes[0] != 0
    }

    /// The best class for `features` among the first `limit` classes (every class when nil).
    public func predict(_ features: [UInt64], limit: Int? = nil) -> Int {
        var scores = [SIMD4<Float>](repeating: SIMD4(), count: chunks)
        var scratch = Scratch()
        return scores.withUnsafeMutableBufferPointer { scores in
            features.withUnsafeBufferPointer { add($0, to: scores, at: 0, scratch: &scratch) }
            return best(UnsafeBufferPointer(scores), limit: limit)
        }
    }
}
