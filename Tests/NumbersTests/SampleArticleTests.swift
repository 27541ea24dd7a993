import Foundation
import LedeCore
import Testing

/// What the numbers annotator must find in the sample article.
@Suite struct SampleArticleTests {
    static var article: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appending(path: "Examples/articles/iran-us.txt"), encoding: .utf8)) ?? ""
    }

    @Test func theSampleArticleReads() {
        #expect(Self.article.contains("4 hours ago"))
    }

    @Test func casualtyFigures() throws {
        let found = try Numbers.find(Self.article)
        let atLeast = try #require(found.first { $0.text == "at least 25" })
        #expect(atLeast.label == "CARDINAL")
        #expect(atLeast.value == 25)
        #expect(atLeast.attributes["counts"]?.stringValue == "people")
        #expect(found.first { $0.text == "more than 1,300" }?.value == 1300)
        #expect(found.first { $0.text == "639" }?.value == 639)
        let hundreds = try #require(found.first { $0.text == "hundreds" })
        #expect(hundreds.hasNullValue)
    }

    @Test func timesAndDates() throws {
        let found = try Numbers.find(Self.article)
        let ago = try #require(found.first { $0.text == "4 hours ago" })
        #expect(ago.value == 4)
        #expect(ago.unit == "hour")
        #expect(found.first { $0.text == "last Friday" }?.label == "DATE")
        #expect(found.first { $0.text == "the past few days" }?.label == "DATE")
        #expect(found.first { $0.text == "later on Friday" }?.label == "DATE")
    }

    @Test func nothingElseIsANumber() throws {
        let found = try Numbers.find(Self.article)
        #expect(found.count == 10, "\(found)")
    }
}
