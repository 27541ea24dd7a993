import Foundation

/// Reading lede JSON back into a `Document`: the text, the metadata and every annotation, with
/// Unicode scalar offsets turned back into UTF-8 byte offsets.
extension DocumentJSON {
    /// Why a JSON text is not a lede document.
    public struct DecodingError: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// Decodes one lede JSON document. An annotation with null offsets (as gold files have for
    /// roles) is placed on the first occurrence of its text, or dropped when the text has none.
    public static func decode(_ data: Data, defaultID: String = "-") throws(DecodingError) -> Document {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw DecodingError(reason: "not valid JSON")
        }
        guard let root = object as? [String: Any] else { throw DecodingError(reason: "not a JSON object") }
        guard let text = root["text"] as? String else { throw DecodingError(reason: "no \"text\" string") }
        var metadata: [String: AttributeValue] = [:]
        if let meta = root["meta"] as? [String: Any] {
            for (key, value) in meta { metadata[key] = attributeValue(value) }
        }
        var document = Document(id: (root["id"] as? String) ?? defaultID, text: text,
                                source: root["source"] as? String, metadata: metadata)
        guard let list = root["annotations"] else { return document }
        guard let annotations = list as? [[String: Any]] else { throw DecodingError(reason: "\"annotations\" is not a list of objects") }
        // Byte offset of every scalar offset, and one past the end.
        var byteOfScalar: [Int] = []
        byteOfScalar.reserveCapacity(text.unicodeScalars.count + 1)
        var byte = 0
        for scalar in text.unicodeScalars {
            byteOfScalar.append(byte)
            byte += UTF8.width(scalar)
        }
        byteOfScalar.append(byte)
        var layers: [String: [Annotation]] = [:]
        var order: [String] = []
        for (index, entry) in annotations.enumerated() {
            guard let layer = entry["layer"] as? String, let label = entry["label"] as? String else {
                throw DecodingError(reason: "annotation \(index + 1) has no \"layer\" or \"label\"")
            }
            var range: Range<Int>
            if let start = (entry["start"] as? NSNumber)?.intValue, let end = (entry["end"] as? NSNumber)?.intValue {
                guard start >= 0, start <= end, end < byteOfScalar.count else {
                    throw DecodingError(reason: "annotation \(index + 1) (\(layer) \(label)) has offsets \(start)-\(end) outside the text")
                }
                range = byteOfScalar[start]..<byteOfScalar[end]
            } else if let covered = entry["text"] as? String, !covered.isEmpty,
                      let found = text.range(of: covered) {
                let lower = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
                range = lower..<(lower + covered.utf8.count)
            } else {
                continue
            }
            var attributes: [String: AttributeValue] = [:]
            if let attrs = entry["attrs"] as? [String: Any] {
                for (key, value) in attrs { attributes[key] = attributeValue(value) }
            }
            if layers[layer] == nil { order.append(layer) }
            layers[layer, default: []].append(Annotation(layer: layer, label: label, range: range, attributes: attributes))
        }
        for layer in order { document.setLayer(layer, layers[layer] ?? []) }
        return document
    }

    /// A JSON value from `JSONSerialization` as an attribute value.
    static func attributeValue(_ value: Any) -> AttributeValue {
        switch value {
        case is NSNull: return .null
        case let text as String: return .string(text)
        case let number as NSNumber:
            let type = String(cString: number.objCType)
            if type == "c" || type == "B" { return .bool(number.boolValue) }
            if type == "d" || type == "f" {
                let double = number.doubleValue
                return .double(double)
            }
            return .int(number.intValue)
        case let list as [Any]: return .array(list.map(attributeValue))
        case let object as [String: Any]: return .object(object.mapValues(attributeValue))
        default: return .null
        }
    }
}
