import Foundation
import LedeCore

/// The file format of a `LinearModel`: compact, little-endian, read without parsing.
///
///     "LEDEMDL2"                      magic
///     UInt32 classCount, UInt32 rowCount
///     classCount × (UInt16 length, UTF-8 bytes)     the class labels
///     rowCount × UInt64               the feature hash of each row
///     rowCount × Float32              the scale of each row
///     rowCount × classCount × Int8    the weights, row by row
///
/// The hash table is rebuilt when the file is read (a few milliseconds), so the file holds only
/// what is needed. The same model always writes the same bytes.
public enum ModelFile {
    static let magic = Array("LEDEMDL2".utf8)

    /// A model file that cannot be read.
    public struct Failure: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// The bytes of `model`.
    public static func encode(_ model: LinearModel) -> [UInt8] {
        var bytes = magic
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        let classCount = model.classes.count
        let rowCount = model.featureCount
        append(UInt32(classCount))
        append(UInt32(rowCount))
        for label in model.classes {
            let utf8 = Array(label.utf8)
            append(UInt16(utf8.count))
            bytes.append(contentsOf: utf8)
        }
        let rows = (0..<rowCount).map { model.stored(row: $0) }
        for row in rows { append(row.feature) }
        for row in rows { append(row.scale.bitPattern) }
        for row in rows { for weight in row.weights { bytes.append(UInt8(bitPattern: weight)) } }
        return bytes
    }

    /// Reads a model from `bytes`.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> LinearModel {
        var position = 0
        func read<T: FixedWidthInteger>(_: T.Type) throws(Failure) -> T {
            let size = MemoryLayout<T>.size
            guard position + size <= bytes.count else { throw Failure(reason: "the file ends early (byte \(position))") }
            var value: T = 0
            withUnsafeMutableBytes(of: &value) { target in
                for offset in 0..<size { target[offset] = bytes[position + offset] }
            }
            position += size
            return T(littleEndian: value)
        }
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw Failure(reason: "not a lede model file (no LEDEMDL2 header)")
        }
        position = magic.count
        let classCount = Int(try read(UInt32.self))
        let rowCount = Int(try read(UInt32.self))
        guard classCount > 0, classCount < 10_000, rowCount < 1 << 28 else {
            throw Failure(reason: "the header is corrupt (\(classCount) classes, \(rowCount) rows)")
        }
        let expected = rowCount * (8 + 4 + classCount)
        var classes: [String] = []
        for _ in 0..<classCount {
            let length = Int(try read(UInt16.self))
            guard position + length <= bytes.count else { throw Failure(reason: "the file ends early (byte \(position))") }
            classes.append(String(decoding: bytes[position..<position + length], as: UTF8.self))
            position += length
        }
        guard bytes.count - position == expected else {
            throw Failure(reason: "the file has \(bytes.count - position) bytes of weights, \(expected) expected")
        }
        let (features, scales, weights) = bytes.withUnsafeBytes { raw in
            let scaleStart = position + 8 * rowCount
            return ([UInt64](unsafeUninitializedCapacity: rowCount) { features, initialized in
                        for row in 0..<rowCount {
                            features[row] = raw.loadUnaligned(fromByteOffset: position + 8 * row, as: UInt64.self).littleEndian
                        }
                        initialized = rowCount
                    },
                    [Float](unsafeUninitializedCapacity: rowCount) { scales, initialized in
                        for row in 0..<rowCount {
                            scales[row] = Float(bitPattern: raw.loadUnaligned(fromByteOffset: scaleStart + 4 * row, as: UInt32.self).littleEndian)
                        }
                        initialized = rowCount
                    },
                    [Int8](unsafeUninitializedCapacity: rowCount * classCount) { weights, initialized in
                        if let target = weights.baseAddress, let source = raw.baseAddress {
                            UnsafeMutableRawPointer(target).copyMemory(from: source + scaleStart + 4 * rowCount, byteCount: rowCount * classCount)
                        }
                        initialized = rowCount * classCount
                    })
        }
        guard scales.allSatisfy({ $0.isFinite }) else { throw Failure(reason: "a row has a scale that is not a number") }
        guard let model = LinearModel(classes: classes, features: features, quantized: weights, scales: scales) else { throw Failure(reason: "the feature table is corrupt (a repeated or empty feature hash)") }
        return model
    }

    /// Reads `Resources/<name>` of a module's bundle.
    public static func load(_ name: String, in bundle: Bundle) throws(ResourceError) -> LinearModel {
        let bytes = try ResourceFile.bytes(name, in: bundle)
        do { return try decode(bytes) } catch { throw ResourceError(resource: name, reason: error.reason) }
    }
}
