import Foundation
import LedeCore
import LedeShell

/// The sample article with hand-made layers in the shape the annotation guidelines give
/// (entities with canonical names, places with countries, roles, quotes with speakers, numbers),
/// so that the shell is tested without depending on the annotator modules.
public enum SampleDocument {
    public static var text: String {
        (try? String(contentsOf: LedeBinary.sampleArticle, encoding: .utf8)) ?? ""
    }

    /// The byte range of the `occurrence`-th (1-based) appearance of `needle`.
    public static func range(of needle: String, occurrence: Int = 1, in text: String) -> Range<Int> {
        let bytes = Array(text.utf8), target = Array(needle.utf8)
        var seen = 0
        var index = 0
        while index + target.count <= bytes.count {
            if Array(bytes[index..<(index + target.count)]) == target {
                seen += 1
                if seen == occurrence { return index..<(index + target.count) }
            }
            index += 1
        }
        fatalError("'\(needle)' #\(occurrence) is not in the sample article")
    }

    /// The annotated sample: core layers from the pipeline plus the hand-made ones.
    public static func annotated() -> Document {
        let text = self.text
        var document = Document(id: "iran-us.txt", text: text, source: LedeBinary.sampleArticle.path)
        Pipeline(ordered: TestRegistry.core.annotators).run(&document)
        func annotation(_ layer: String, _ label: String, _ needle: String, _ occurrence: Int = 1,
                        _ attributes: Attributes = [:]) -> Annotation {
            Annotation(layer: layer, label: label, range: range(of: needle, occurrence: occurrence, in: text), attributes: attributes)
        }
        let pezeshkian: AttributeValue = "Masoud Pezeshkian", araghchi: AttributeValue = "Abbas Araghchi"
        document.setLayer(LayerName.entities, [
            annotation("entities", "PERSON", "Masoud Pezeshkian", 1, ["canonical": pezeshkian]),
            annotation("entities", "PERSON", "Pezeshkian said", 1, ["canonical": pezeshkian]).trimmed(to: "Pezeshkian"),
            annotation("entities", "PERSON", "Pezeshkian warned", 1, ["canonical": pezeshkian]).trimmed(to: "Pezeshkian"),
            annotation("entities", "PERSON", "Abbas Araghchi", 1, ["canonical": araghchi]),
            annotation("entities", "PERSON", "Araghchi said in", 1, ["canonical": araghchi]).trimmed(to: "Araghchi"),
            annotation("entities", "PERSON", "Araghchi emphasised", 1, ["canonical": araghchi]).trimmed(to: "Araghchi"),
            annotation("entities", "PERSON", "Araghchi added", 1, ["canonical": araghchi]).trimmed(to: "Araghchi"),
            annotation("entities", "PERSON", "Araghchi is set", 1, ["canonical": araghchi]).trimmed(to: "Araghchi"),
            annotation("entities", "PERSON", "Kaja Kallas", 1, ["canonical": "Kaja Kallas"]),
            annotation("entities", "ORG", "IRNA", 1, ["canonical": "IRNA"]),
            annotation("entities", "ORG", "Anadolu Agency", 1, ["canonical": "Anadolu Agency"]),
            annotation("entities", "ORG", "EU foreign", 1, ["canonical": "EU"]).trimmed(to: "EU"),
            annotation("entities", "NORP", "Iranian President", 1).trimmed(to: "Iranian"),
            annotation("entities", "NORP", "Israeli officials", 1).trimmed(to: "Israeli"),
        ])
        document.setLayer(LayerName.places, [
            annotation("places", "COUNTRY", "Iran", 1, ["country": "IR"]),
            annotation("places", "CITY", "Tehran", 1, ["country": "IR"]),
            annotation("places", "CITY", "Washington", 1, ["country": "US"]),
            annotation("places", "CITY", "Tehran has received", 1, ["country": "IR"]).trimmed(to: "Tehran"),
            annotation("places", "CITY", "Washington due", 1, ["country": "US"]).trimmed(to: "Washington"),
            annotation("places", "COUNTRY", "Israel.", 1, ["country": "IL"]).trimmed(to: "Israel"),
            annotation("places", "CITY", "Geneva", 1, ["country": "CH"]),
            annotation("places", "COUNTRY", "UK", 1, ["country": "GB"]),
            annotation("places", "CITY", "Tel Aviv", 1, ["country": "IL"]),
        ])
        document.setLayer(LayerName.roles, [
            annotation("roles", "ROLE", "President Masoud", 1, ["person": pezeshkian, "title": "President", "org": "Iran"]).trimmed(to: "President"),
            annotation("roles", "ROLE", "Foreign Minister Abbas", 1, ["person": araghchi, "title": "Foreign Minister", "org": "Iran"]).trimmed(to: "Foreign Minister"),
            annotation("roles", "ROLE", "foreign policy chief", 1, ["person": "Kaja Kallas", "title": "foreign policy chief", "org": "EU"]),
        ])
        document.setLayer(LayerName.quotes, [
            annotation("quotes", "INDIRECT", "the only path to ending the current war is for Israel to cease its airstrikes unconditionally", 1,
                       ["speaker": pezeshkian, "cue": "said"]),
            annotation("quotes", "DIRECT", "We have always pursued peace and stability", 1, ["speaker": pezeshkian, "cue": "said"]),
            annotation("quotes", "DIRECT", "failure to do so would result in a far more forceful and regrettable response from Iran", 1,
                       ["speaker": pezeshkian, "cue": "warned"]),
            annotation("quotes", "PARTIAL", "decreasing", 1, ["speaker": .null, "cue": .null]),
            annotation("quotes", "INDIRECT", "Tehran has received multiple “serious” US messages requesting negotiations", 1,
                       ["speaker": araghchi, "cue": "said"]),
            annotation("quotes", "DIRECT", "We have no negotiations with anyone about our missile programme", 1, ["speaker": araghchi, "cue": "said"]),
            annotation("quotes", "DIRECT", "No rational mind would accept entering talks over its own defense capabilities", 1,
                       ["speaker": araghchi, "cue": "said"]),
            annotation("quotes", "INDIRECT", "Araghchi is set to hold talks with the foreign ministers of the UK, France, and Germany", 1,
                       ["speaker": "IRNA", "cue": "according to"]),
        ])
        document.setLayer(LayerName.numbers, [
            annotation("numbers", "TIME", "4 hours ago", 1, ["value": 4, "unit": "hour"]),
            annotation("numbers", "DATE", "Friday", 2, ["value": .null]),
            annotation("numbers", "CARDINAL", "at least 25", 1, ["value": 25, "counts": "people"]),
            annotation("numbers", "CARDINAL", "639", 1, ["value": 639, "counts": "people"]),
            annotation("numbers", "CARDINAL", "more than 1,300", 1, ["value": 1300]),
        ])
        return document
    }

    /// The annotated sample as a lede JSON file in `folder`.
    public static func jsonFile(in folder: TemporaryFolder) throws -> String {
        try folder.file("iran-us.json", DocumentJSON.encode(annotated(), pretty: true))
    }

    /// A session holding the annotated sample, with every built-in annotator registered (the
    /// layers it holds are not computed again; their declarations tell the shell what they hold).
    public static func session(interactive: Bool = false, settings: Settings = Settings()) -> Session {
        let session = Session(registry: TestRegistry.all, settings: settings, isInteractive: interactive)
        session.load(annotated(), name: "iran-us.txt", keepLayers: true)
        return session
    }
}

extension Annotation {
    /// The annotation narrowed to the first occurrence of `prefix` at its start.
    public func trimmed(to prefix: String) -> Annotation {
        var copy = self
        copy.range = range.lowerBound..<(range.lowerBound + prefix.utf8.count)
        return copy
    }
}

/// Runs command lines against a session and collects what they print.
public final class Transcript {
    public let session: Session
    public private(set) var output = ""
    public private(set) var errors = ""
    private(set) lazy var runner = CommandRunner(session: session,
                                                 writeOutput: { [unowned self] in self.output += $0 },
                                                 writeError: { [unowned self] in self.errors += $0 + "\n" })

    public init(_ session: Session) {
        self.session = session
    }

    /// Runs a line; returns its output (and throws its error).
    @discardableResult
    public func run(_ line: String) throws -> String {
        let before = output.count
        try runner.run(line: line)
        return String(output.dropFirst(before))
    }

    /// Runs a script; returns the number of failures.
    public func script(_ text: String, name: String = "test.lede", keepGoing: Bool = false) -> Int {
        runner.runScript(text, name: name, keepGoing: keepGoing).failures
    }
}
