import Foundation
import LedeCore
import Testing

@Suite struct DocumentJSONTests {
    func annotated(_ text: String) throws -> Document {
        var document = Document(id: "t", text: text)
        try Pipeline(names: ["sentences", "paragraphs"], registry: Registry(annotators: CoreAnnotators.all)).run(&document)
        return document
    }

    func parse(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func offsetsAreScalarOffsetsThatSliceBack() throws {
        let text = "Zoë’s café 🇮🇷 said: “Yes.”\n\nNext — 1,300 people."
        let document = try annotated(text)
        let object = try parse(DocumentJSON.encode(document))
        #expect(object["text"] as? String == text)
        let scalars = Array(text.unicodeScalars)
        let annotations = try #require(object["annotations"] as? [[String: Any]])
        #expect(annotations.count > 10)
        for annotation in annotations {
            let start = try #require(annotation["start"] as? Int)
            let end = try #require(annotation["end"] as? Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == annotation["text"] as? String)
        }
    }

    @Test func writtenInPiecesItIsTheSameText() throws {
        let document = try annotated(String(repeating: "Zoë said “no”.\tThen 5 % left\u{2028}.\n\n", count: 300))
        for pretty in [false, true] {
            let whole = DocumentJSON.encode(document, pretty: pretty)
            var pieces: [String] = []
            DocumentJSON.encode(document, pretty: pretty, chunkBytes: 200) { pieces.append($0) }
            #expect(pieces.count > 10, "a large document comes in many pieces")
            #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 200 })
            #expect(pieces.joined() == whole)
        }
    }

    @Test func prettyAndCompactFormsHoldTheSameDocument() throws {
        let document = try annotated("One. Two.")
        let compact = DocumentJSON.encode(document)
        let pretty = DocumentJSON.encode(document, pretty: true)
        #expect(!compact.contains("\n"))
        #expect(pretty.contains("\n"))
        #expect(NSDictionary(dictionary: try parse(compact)).isEqual(to: try parse(pretty)))
    }

    @Test func layerFilterKeepsOnlyThoseLayers() throws {
        let document = try annotated("One. Two.")
        let object = try parse(DocumentJSON.encode(document, layers: ["sentences"]))
        let layers = Set(try #require(object["annotations"] as? [[String: Any]]).compactMap { $0["layer"] as? String })
        #expect(layers == ["sentences"])
    }

    @Test func stringsAreEscaped() throws {
        var writer = JSONWriter()
        writer.value(["q": "say \"hi\"\\\n\t\u{01}\u{2028}", "n": 25, "x": 0.6667, "v": nil, "b": true, "a": [1, "two"]])
        #expect(writer.output == #"{"a":[1,"two"],"b":true,"n":25,"q":"say \"hi\"\\\n\t\u0001\u2028","v":null,"x":0.6667}"#)
        let parsed = try parse(writer.output)
        #expect(parsed["q"] as? String == "say \"hi\"\\\n\t\u{01}\u{2028}")
    }

    @Test func escapesAreFoundAtEveryPositionOfALongText() throws {
        // Eight bytes are checked at a time: each character that needs escaping, or that only
        // looks as if it might (é, ’, U+2028), at each position of a word, in a text long enough
        // to grow the writer's buffer.
        let plain = "The quick brown fox, 1,300 times."
        for special in ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "’", "é", "\u{7F}", " "] {
            for position in 0...16 {
                var text = String(repeating: plain, count: 40)
                text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                var writer = JSONWriter(capacity: 16)
                writer.string(text)
                let parsed = try JSONSerialization.jsonObject(with: Data(writer.output.utf8), options: .fragmentsAllowed)
                #expect(parsed as? String == text)
                #expect(!writer.output.contains("\u{2028}") && !writer.output.contains("\u{2029}"))
                #expect(writer.count == writer.bytes.count)
            }
        }
    }

    @Test func shortTextsAreEscapedWhereverTheCharacterStands() throws {
        // A text of up to eight bytes is tested in one word made of loads that may overlap
        // (three bytes, or two halves of four): each special character at each position of
        // texts of one to seventeen bytes.
        for special in ["\"", "\\", "\n", "\u{01}", "\u{2028}", "’", "é", "x"] {
            for length in 1...17 {
                for position in 0..<length {
                    var text = String(repeating: "a", count: length - 1)
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                    var writer = JSONWriter(capacity: 16)
                    writer.string(text)
                    let parsed = try JSONSerialization.jsonObject(with: Data(writer.output.utf8), options: .fragmentsAllowed)
                    #expect(parsed as? String == text, "\(special.unicodeScalars.map(\.value)) at \(position) of \(length)")
                    #expect(writer.output.contains("\\") == ["\"", "\\", "\n", "\u{01}", "\u{2028}"].contains(special))
                }
            }
        }
    }

    @Test func piecesOfEveryLengthAreCopiedWhole() {
        // Pieces up to 64 bytes are copied by loads and stores that may overlap.
        let source = (0..<100).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        for length in 0...100 {
            var writer = JSONWriter(capacity: 16)
            writer.raw("<" as StaticString)
            source.withUnsafeBufferPointer { writer.raw(utf8: UnsafeBufferPointer(rebasing: $0[0..<length])) }
            writer.raw(">" as StaticString)
            #expect(writer.bytes == [UInt8(ascii: "<")] + source[0..<length] + [UInt8(ascii: ">")], "length \(length)")
        }
    }

    @Test func integersOfEveryNumberOfDigitsAreWritten() {
        var numbers: [Int] = [0, 9, 10, 99, 100, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 1...18 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        for number in numbers {
            var writer = JSONWriter(capacity: 16)
            writer.integer(number)
            #expect(writer.output == String(number))
        }
    }

    @Test func integersAndTextsAreWrittenAsBytes() throws {
        var writer = JSONWriter()
        writer.raw("[" as StaticString)
        for number in [0, 7, -42, Int.max, Int.min] {
            writer.integer(number)
            writer.raw("," as StaticString)
        }
        Array("é\u{2029}\u{1F}x".utf8).withUnsafeBufferPointer { writer.string(utf8: $0) }
        writer.raw("]" as StaticString)
        #expect(writer.output == #"[0,7,-42,9223372036854775807,-9223372036854775808,"é\u2029\u001fx"]"#)
        #expect(writer.takeOutput().hasPrefix("[0,") && writer.output.isEmpty)
    }

    @Test func anAnnotationThatCutsACharacterIsWrittenAsValidJSON() throws {
        var document = Document(id: "d", text: "café au lait")
        // Bytes 3..<4 are the first byte of "é" alone.
        document.setLayer("odd", [Annotation(layer: "odd", label: "X", range: 3..<4)])
        let object = try parse(DocumentJSON.encode(document))
        let annotations = try #require(object["annotations"] as? [[String: Any]])
        #expect(annotations.first?["text"] as? String == "\u{FFFD}")
    }

    @Test func integralDoublesPrintWithoutFraction() {
        var writer = JSONWriter()
        writer.value(.array([.double(1300), .double(3.5), .double(.nan)]))
        #expect(writer.output == "[1300,3.5,null]")
    }
}

@Suite struct TextDecodingTests {
    @Test func validTextPassesUnchanged() throws {
        let result = try TextDecoding.decode(Array("Iran’s “serious” US".utf8))
        #expect(result.text == "Iran’s “serious” US")
        #expect(result.replacements == 0)
    }

    @Test func invalidSequencesAreReplacedAndCounted() throws {
        let result = try TextDecoding.decode([0x61, 0xFF, 0x62, 0xC3])
        #expect(result.text == "a\u{FFFD}b\u{FFFD}")
        #expect(result.replacements == 2)
    }

    @Test func nulBytesAreRefusedAsBinary() {
        #expect(throws: TextDecoding.Failure.binary(offset: 3)) {
            _ = try TextDecoding.decode([0x61, 0x62, 0x63, 0x00, 0x64])
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x68, 0x69]).text == "hi")
    }

    @Test func scalarOffsetsMatchCountingScalars() {
        let text = String(repeating: "aé東𝔘 ", count: 50)
        let bytes = Array(text.utf8)
        let offsets = ScalarOffsets(bytes)
        var scalarsSoFar = 0
        for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            #expect(offsets.scalarOffset(ofByte: index) == scalarsSoFar)
            #expect(offsets.byteOffset(ofScalar: scalarsSoFar) == index)
            scalarsSoFar += 1
        }
        #expect(offsets.scalarOffset(ofByte: bytes.count) == scalarsSoFar)
    }

    @Test func aCursorCountsScalarsAsTheTableDoes() {
        let text = String(repeating: "aé東𝔘 “quoted” ", count: 40)
        let bytes = Array(text.utf8)
        let offsets = ScalarOffsets(bytes)
        let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
        // In order, a step at a time, as a layer's tokens are written.
        var cursor = ScalarOffsets.Cursor()
        for offset in starts {
            #expect(offsets.scalarOffset(ofByte: offset, from: &cursor) == offsets.scalarOffset(ofByte: offset))
        }
        // Backwards, by long jumps and past the end: the cursor is not trusted where it cannot be.
        for offset in [bytes.count + 5, 700, 3, 400, 401, 0, 520] {
            #expect(offsets.scalarOffset(ofByte: offset, from: &cursor) == offsets.scalarOffset(ofByte: offset), "\(offset)")
        }
    }
}
