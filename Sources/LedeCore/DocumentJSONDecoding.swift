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
    /// A token table (`"tokens"`: columns of one value per token, `TokenTable`) is read as the
    /// layers it holds. Lone surrogates and invalid UTF-8 are repaired, and inconsistent tokens, sentences or
    /// paragraphs are rebuilt (with a language's tokenization `rules`); both leave a warning on
    /// the document.
    public static func decode<Bytes: Collection>(_ data: Bytes, defaultID: String = "-",
                                                 rules: TokenizationRules = .none) throws(DecodingError) -> Document
    where Bytes.Element == UInt8 {
        let parsed: (value: AttributeValue, repairs: Int)
        do { parsed = try JSONReader.parse(data) } catch {
            throw DecodingError(reason: "not valid JSON: \(error)")
        }
        guard case .object(let root) = parsed.value else {
            throw DecodingError(reason: "\(JSONReader.kind(of: parsed.value)), not an object")
        }
        var document = try decode(root, defaultID: defaultID, rules: rules)
        if parsed.repairs > 0 {
            document.addWarning("\(parsed.repairs) invalid character\(parsed.repairs == 1 ? "" : "s") (lone surrogates or invalid UTF-8) replaced with U+FFFD")
        }
        return document
    }

    /// Decodes a parsed lede JSON object.
    public static func decode(_ root: [String: AttributeValue], defaultID: String = "-",
                              rules: TokenizationRules = .none) throws(DecodingError) -> Document {
        guard let text = root["text"]?.stringValue else { throw DecodingError(reason: "no \"text\" string") }
        var metadata: [String: AttributeValue] = [:]
        if case .object(let meta)? = root["meta"] { metadata = meta }
        var document = Document(id: root["id"].flatMap(Self.identifier) ?? defaultID, text: text,
                                source: root["source"]?.stringValue, metadata: metadata)
        let list = root["annotations"] ?? .null, table = root["tokens"] ?? .null
        guard !list.isNull || !table.isNull else { return document }
        var annotations: [AttributeValue] = []
        if !list.isNull {
            guard case .array(let items) = list else { throw DecodingError(reason: "\"annotations\" is not a list") }
            annotations = items
        }
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
        if !table.isNull {
            guard case .object(let columns) = table else { throw DecodingError(reason: "\"tokens\" is not a token table (an object of lists)") }
            for (layer, tabled) in try TokenTable.layers(of: columns, byteOfScalar: byteOfScalar) {
                order.append(layer)
                layers[layer] = tabled
            }
        }
        for (index, item) in annotations.enumerated() {
            guard case .object(let entry) = item else {
                throw DecodingError(reason: "annotation \(index + 1) is \(JSONReader.kind(of: item)), not an object")
            }
            guard let layer = entry["layer"]?.stringValue, let label = entry["label"]?.stringValue else {
                throw DecodingError(reason: "annotation \(index + 1) has no \"layer\" or \"label\" string")
            }
            let start = entry["start"] ?? .null, end = entry["end"] ?? .null
            var range: Range<Int>
            if !start.isNull || !end.isNull {
                guard let lower = Self.offset(start), let upper = Self.offset(end), lower <= upper,
                      upper < byteOfScalar.count else {
                    throw DecodingError(reason: "annotation \(index + 1) (\(layer) \(label)) has offsets "
                        + "\(Self.show(start))-\(Self.show(end)), not character offsets of its text (0-\(byteOfScalar.count - 1))")
                }
                range = byteOfScalar[lower]..<byteOfScalar[upper]
            } else if let covered = entry["text"]?.stringValue, !covered.isEmpty, let found = text.utf8.firstRange(of: covered.utf8) {
                let lower = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
                range = lower..<(lower + covered.utf8.count)
            } else {
                continue
            }
            var attributes = Attributes()
            if case .object(let attrs)? = entry["attrs"] { attributes = Attributes(attrs) }
            if layers[layer] == nil { order.append(layer) }
            layers[layer, default: []].append(Annotation(layer: layer, label: label, range: range, attributes: attributes))
        }
        for layer in order { document.setLayer(layer, layers[layer] ?? []) }
        for problem in document.repairStructure(rules: rules) { document.addWarning(problem) }
        return document
    }

    /// An id as given: a string, or a number written as JSON writes it.
    public static func identifier(_ value: AttributeValue) -> String? {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return JSONWriter.format(number)
        default: return nil
        }
    }

    /// A scalar offset: a non-negative integer (a double only when it is one).
    private static func offset(_ value: AttributeValue) -> Int? {
        guard let number = value.intValue, number >= 0 else { return nil }
        return number
    }

    /// A value as it appears in a message (at most 24 characters).
    private static func show(_ value: AttributeValue) -> String {
        var writer = JSONWriter()
        writer.value(value)
        let text = writer.output
        return text.count > 24 ? String(text.prefix(23)) + "…" : text
    }
}
