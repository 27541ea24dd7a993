import LedeCore
import Synchronization

/// spaCy's DocBin (`.spacy`), one file for a whole batch: `lede annotate --format docbin --output
/// corpus.spacy`, which `DocBin(store_user_data=True).from_disk("corpus.spacy").get_docs(nlp.vocab)`
/// reads back. Each Doc has lede's tokens (and white-space tokens, so the text is rebuilt), their
/// tags, lemmas and parts of speech, the sentences, the entity-like layers as `doc.ents`, every
/// other layer as a span group with the referent as `kb_id`, and every span's attributes in
/// `doc.user_data`, where `Span._` finds them once registered (`Examples/spacy/lede_spacy.py`).
///
/// The file is a zlib stream of stored (uncompressed) blocks, so it is larger than the same
/// DocBin written by spaCy.
struct DocBinExporter: Exporter, DocumentCollector {
    let options: ExportOptions
    let name = "docbin"
    let summary = "spaCy's DocBin (.spacy): one binary file for the whole batch (lede annotate --output FILE)"
    let fileExtension = "spacy"
    var isStreamable: Bool { false }
    private let writer = DocBinWriter()

    init(options: ExportOptions) {
        self.options = options
    }

    func render(_ document: Document) throws -> String {
        throw ExportError("docbin writes one binary file for a whole batch: lede annotate --format docbin --output FILE")
    }

    func files(for document: Document, path: String) throws -> [ExportedFile] {
        let single = DocBinWriter()
        single.add(document, options: options)
        return [ExportedFile(path: path, bytes: single.bytes())]
    }

    func collect(_ document: Document) {
        writer.add(document, options: options)
    }

    func collected() -> [UInt8] {
        writer.bytes()
    }
}

/// An exporter that gathers every document of a batch and writes them as one file at the end.
protocol DocumentCollector: Sendable {
    /// Adds a document (called in input order).
    func collect(_ document: Document)
    /// The file's bytes, for every document collected.
    func collected() -> [UInt8]
}

/// The parts of a DocBin, built up a document at a time.
final class DocBinWriter: Sendable {
    /// The token attributes stored, by spaCy's attribute ids: ORTH first, then the others sorted
    /// (ORTH, LEMMA, POS, TAG, ENT_IOB, ENT_TYPE, SENT_START), as DocBin orders them.
    static let attributes: [Int] = [65, 73, 74, 75, 77, 78, 80]
    /// spaCy's ids of the universal parts of speech.
    static let partOfSpeechIDs: [String: UInt64] = [
        "ADJ": 84, "ADP": 85, "ADV": 86, "AUX": 87, "CONJ": 88, "CCONJ": 89, "DET": 90, "INTJ": 91, "NOUN": 92, "NUM": 93,
        "PART": 94, "PRON": 95, "PROPN": 96, "PUNCT": 97, "SCONJ": 98, "SYM": 99, "VERB": 100, "X": 101, "EOL": 102, "SPACE": 103,
    ]

    private struct State {
        var tokens: [UInt8] = []
        var spaces: [UInt8] = []
        var lengths: [UInt8] = []
        var strings = Set<String>()
        var spanGroups: [[UInt8]] = []
        var userData: [[UInt8]] = []
    }
    private let state = Mutex(State())

    func add(_ document: Document, options: ExportOptions) {
        let tokens = SpacyTokens(document)
        var strings = Set<String>()
        // Entities as IOB codes (3 B, 1 I, 2 O; 0 when the document has no entity layer).
        let hasEntities = !Exporters.entityLikeLayers(of: document, options: options).isEmpty
        var iob = [UInt64](repeating: hasEntities ? 2 : 0, count: tokens.ranges.count)
        var entityType = [UInt64](repeating: 0, count: tokens.ranges.count)
        for (range, label) in tokens.entities(of: document, options: options) {
            guard let indices = tokens.tokenIndices(range) else { continue }
            strings.insert(label)
            for index in indices {
                iob[index] = index == indices.lowerBound ? 3 : 1
                entityType[index] = SpacyHash.of(label)
            }
        }
        // Sentence starts (1), other tokens (-1); 0 everywhere without sentences.
        let sentences = document.annotations(in: LayerName.sentences)
        var sentenceStart = [UInt64](repeating: sentences.isEmpty ? 0 : UInt64(bitPattern: -1), count: tokens.ranges.count)
        for sentence in sentences {
            if let indices = tokens.tokenIndices(sentence.range) { sentenceStart[indices.lowerBound] = 1 }
        }
        if !sentences.isEmpty, !sentenceStart.isEmpty { sentenceStart[0] = 1 }

        // A row a token, in the order of `attributes`; without the tagger, no tags (key 0).
        let tags = tokens.tags(of: document)
        var rows: [UInt8] = []
        rows.reserveCapacity(tokens.ranges.count * Self.attributes.count * 8)
        for (index, range) in tokens.ranges.enumerated() {
            let text = document.text(range)
            let tag = tags?[index] ?? SpacyTokens.Tags(pos: "", tag: "", lemma: "")
            strings.formUnion([text, tag.lemma, tag.tag])
            for value in [SpacyHash.of(text), SpacyHash.of(tag.lemma), Self.partOfSpeechIDs[tag.pos] ?? 0, SpacyHash.of(tag.tag),
                          iob[index], entityType[index], sentenceStart[index]] {
                rows.appendLittleEndian(value, count: 8)
            }
        }

        // Span groups, and the spans' attributes keyed as spaCy keeps `Span._` values.
        var spanGroups = MessagePack()
        var userData = MessagePack()
        let groups = tokens.spanGroups(of: document, options: options)
        if groups.isEmpty { spanGroups.arrayHeader(0) } else { spanGroups.mapHeader(groups.count) }
        var attributes: [(scalars: Range<Int>, name: String, value: AttributeValue)] = []
        for group in groups {
            var packed = MessagePack()
            packed.mapHeader(3)
            packed.write("name"); packed.write(group.layer)
            packed.write("attrs"); packed.mapHeader(0)
            packed.write("spans"); packed.arrayHeader(group.spans.count)
            for span in group.spans {
                strings.formUnion([span.annotation.label, span.knowledgeBaseID])
                // spaCy's struct.pack(">QQQllll", id, kb_id, label, start, end, start_char, end_char).
                var bytes: [UInt8] = []
                bytes.appendBigEndian(0, count: 8)
                bytes.appendBigEndian(SpacyHash.of(span.knowledgeBaseID), count: 8)
                bytes.appendBigEndian(SpacyHash.of(span.annotation.label), count: 8)
                for value in [span.tokens.lowerBound, span.tokens.upperBound + 1, span.scalars.lowerBound, span.scalars.upperBound] {
                    bytes.appendBigEndian(UInt64(UInt32(truncatingIfNeeded: value)), count: 4)
                }
                packed.write(binary: bytes)
                for (name, value) in span.annotation.attributes { attributes.append((span.scalars, name, value)) }
            }
            spanGroups.write(binary: packed.bytes)
            spanGroups.arrayHeader(1)
            spanGroups.write(group.layer)
        }
        userData.mapHeader(attributes.count)
        for attribute in attributes {
            userData.arrayHeader(4)
            userData.write("._.")
            userData.write(attribute.name)
            userData.write(attribute.scalars.lowerBound)
            userData.write(attribute.scalars.upperBound)
            userData.write(attribute.value)
        }

        let count = Int32(truncatingIfNeeded: tokens.ranges.count)
        state.withLock { state in
            state.tokens += rows
            state.spaces += tokens.spaces.map { $0 ? 1 : 0 }
            state.lengths.appendLittleEndian(UInt64(UInt32(bitPattern: count)), count: 4)
            state.strings.formUnion(strings)
            state.spanGroups.append(spanGroups.bytes)
            state.userData.append(userData.bytes)
        }
    }

    /// The DocBin file: spaCy's message, zlib-wrapped.
    func bytes() -> [UInt8] {
        state.withLock { state in
            var message = MessagePack()
            message.mapHeader(10)
            message.write("version"); message.write("0.1")
            message.write("attrs"); message.arrayHeader(Self.attributes.count)
            for attribute in Self.attributes { message.write(attribute) }
            message.write("tokens"); message.write(binary: state.tokens)
            message.write("spaces"); message.write(binary: state.spaces)
            message.write("lengths"); message.write(binary: state.lengths)
            message.write("strings"); message.arrayHeader(state.strings.count)
            for string in state.strings.sorted() { message.write(string) }
            message.write("cats"); message.arrayHeader(state.spanGroups.count)
            for _ in state.spanGroups { message.mapHeader(0) }
            message.write("flags"); message.arrayHeader(state.spanGroups.count)
            for _ in state.spanGroups { message.mapHeader(1); message.write("has_unknown_spaces"); message.write(false) }
            message.write("span_groups"); message.arrayHeader(state.spanGroups.count)
            for group in state.spanGroups { message.write(binary: group) }
            message.write("user_data"); message.arrayHeader(state.userData.count)
            for data in state.userData { message.write(binary: data) }
            return ZlibStream.stored(message.bytes)
        }
    }
}
