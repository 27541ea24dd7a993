/// How far the recognizer's class must score above the rules' class to replace it: one margin
/// for each change of class (the rules' class × 4 + the recognizer's), and, for the rules' sieves
/// whose decisions fared differently on held-out documents, margins of their own (a guess such
/// as `single-name-guess` is overridden more readily than `known-organization`).
public struct OverrideMargins: Sendable, Equatable {
    /// By change of class.
    public var byChange: [Float]
    /// By sieve, then change of class: where a sieve has no row of its own, `byChange` holds.
    public var bySieve: [String: [Float]]

    public init(byChange: [Float], bySieve: [String: [Float]] = [:]) {
        self.byChange = byChange
        self.bySieve = bySieve
    }

    /// Margins of 0 for every change: the recognizer always decides.
    public static let none = OverrideMargins(byChange: [Float](repeating: 0, count: 16))

    /// What the names of the settings of the margins outside news reports begin with.
    public static let otherWritingPrefix = "other-"

    /// The margin for the recognizer to replace the rules' class `rules` by `learned` on a name
    /// that `sieve` decided.
    func margin(rules: Int, learned: Int, sieve: String?) -> Float {
        let change = rules * 4 + learned
        if let sieve, let margins = bySieve[sieve] { return margins[change] }
        return byChange[change]
    }

    /// The settings file's rows: a row for each finite margin by change, then each margin of a
    /// sieve that differs from its change's; each setting's name begins with `prefix`.
    func settings(prefix: String = "") -> String {
        var text = ""
        func rows(_ margins: [Float], setting: String, sieve: String?) {
            for rules in 0..<4 {
                // A sieve's margin may be infinite (its names are never overridden): "inf".
                for learned in 0..<4 where rules != learned && (sieve == nil ? margins[rules * 4 + learned].isFinite
                    : margins[rules * 4 + learned] != byChange[rules * 4 + learned]) {
                    let sieveColumn = sieve.map { "\t\($0)" } ?? ""
                    text += "\(setting)\(sieveColumn)\t\(EntityClasses.names[rules])\t\(EntityClasses.names[learned])\t\(margins[rules * 4 + learned])\n"
                }
            }
        }
        rows(byChange, setting: prefix + "override-margin", sieve: nil)
        for sieve in bySieve.keys.sorted() {
            guard let margins = bySieve[sieve] else { continue }
            rows(margins, setting: prefix + "override-margin-sieve", sieve: sieve)
        }
        return text
    }

    /// The margins of a settings file's rows (split at tabs) whose setting's name begins with
    /// `prefix`, or the row that is wrong.
    static func parse(_ rows: [[Substring]], prefix: String = "") -> Result<OverrideMargins, BadRow> {
        var margins = OverrideMargins(byChange: [Float](repeating: .infinity, count: 16))
        var sieveRows: [(String, Int, Float)] = []
        for row in rows {
            guard let setting = row.first, setting.hasPrefix(prefix) else { continue }
            let isSieve = setting.dropFirst(prefix.count) == "override-margin-sieve"
            guard isSieve || setting.dropFirst(prefix.count) == "override-margin" else { continue }
            let columns = isSieve ? Array(row.dropFirst(2)) : Array(row.dropFirst())
            guard columns.count >= 3, let rules = EntityClasses.names.firstIndex(of: String(columns[0])),
                  let learned = EntityClasses.names.firstIndex(of: String(columns[1])), let margin = Float(String(columns[2])),
                  !margin.isNaN, !isSieve || row.count >= 5 else {
                return .failure(BadRow(row: row.joined(separator: " ")))
            }
            if isSieve { sieveRows.append((String(row[1]), rules * 4 + learned, margin)) } else { margins.byChange[rules * 4 + learned] = margin }
        }
        for (sieve, change, margin) in sieveRows {
            var own = margins.bySieve[sieve] ?? margins.byChange
            own[change] = margin
            margins.bySieve[sieve] = own
        }
        return .success(margins)
    }

    /// A settings row that could not be read.
    struct BadRow: Error {
        let row: String
    }
}
