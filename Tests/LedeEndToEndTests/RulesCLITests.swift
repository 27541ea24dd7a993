import Foundation
import LedeTestSupport
import Testing

/// `lede annotate --rules FILE`: user rules and gazetteers over a batch, correcting the entities
/// that roles and quotes then read.
@Suite struct RulesCLITests {
    func annotations(_ line: Substring) throws -> [[String: Any]] {
        let document = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return try #require(document["annotations"] as? [[String: Any]])
    }

    func attribute(_ annotation: [String: Any], _ name: String) -> String? {
        (annotation["attrs"] as? [String: Any])?[name] as? String
    }

    @Test func aGazetteerIntoEntitiesMakesANameAnOrganizationForTheQuotesToo() throws {
        let folder = try TemporaryFolder()
        let text = "“We expect rates to fall,” JP Morgan said in a note. Morgan added that inflation would ease."
        let firms = try folder.file("firms.tsv", "JP Morgan\tORG\n")
        let rules = try folder.file("rules.lede", "# banks\n\ngazetteer firms \(firms) --into entities\n"
            + "rule crowd /(?<count>\\d[\\d,]*) (?:fans|people)/ CROWD\n")
        let input = (0..<6).map { #"{"id":"d\#($0)","text":"\#(text) About \#($0 + 1),000 people came."}"# }
            .joined(separator: "\n")

        let without = try LedeBinary.run(["annotate", "--input", "jsonl", "--format", "jsonl", "--jobs", "2", "-"], input: input)
        let before = try annotations(try #require(without.stdout.split(separator: "\n").first))
        #expect(before.contains { $0["layer"] as? String == "entities" && $0["text"] as? String == "JP Morgan" && $0["label"] as? String == "PERSON" },
                "without the gazetteer, the name is taken for a person (else this test shows nothing)")

        let result = try LedeBinary.run(["annotate", "--rules", rules, "--input", "jsonl", "--format", "jsonl", "--jobs", "2", "-"],
                                        input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        for (index, line) in lines.enumerated() {
            let found = try annotations(line)
            let entities = found.filter { $0["layer"] as? String == "entities" }
            #expect(entities.filter { ($0["text"] as? String)?.contains("Morgan") == true }.map { $0["label"] as? String } == ["ORG", "ORG"])
            let quotes = found.filter { $0["layer"] as? String == "quotes" }
            #expect(!quotes.isEmpty && quotes.allSatisfy { attribute($0, "speaker") == "JP Morgan" })
            let crowd = found.filter { $0["layer"] as? String == "crowd" }
            #expect(crowd.map { attribute($0, "count") } == ["\(index + 1),000"])
        }
    }

    @Test func aBadRuleLineIsAUsageErrorWithItsFileAndLine() throws {
        let folder = try TemporaryFolder()
        let cases = [
            ("rule a /x/ ORG\nrule b /x(/ ORG\n", "rules.lede:2: bad pattern /x(/: missing closing parenthesis"),
            ("rule a /x/ PRODUCT --into entities\n", "rules.lede:1: --into entities takes the labels PERSON, ORG, NORP"),
            ("\nopen article.txt\n", "rules.lede:2: 'open' does not belong in a rules file"),
            ("# nothing\n", "no rule or gazetteer line in it"),
        ]
        let article = try folder.file("article.txt", "JP Morgan said so.")
        for (rules, message) in cases {
            let path = try folder.file("rules.lede", rules)
            let result = try LedeBinary.run(["annotate", "--rules", path, article])
            #expect(result.status == 2)
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }
}
