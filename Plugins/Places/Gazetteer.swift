import Foundation
import LedeCore
import LedeEnglish

/// Place names from GeoNames and CLDR (countries, first-level regions, cities of 15,000 people
/// or more, continents and named features), each with its possible readings.
struct Gazetteer: Sendable {
    private let table: SortedTSV
    /// Why the gazetteer could not be loaded, if it could not.
    private let failure: ResourceError?
    private let readingsMemo = LookupMemo<String, [PlaceReading]?>()
    private let prefixMemo = LookupMemo<String, Bool>()
    /// Says at once that most capitalized words are not place names.
    private let filter: LazyKeyFilter

    static let shared = Gazetteer(resource: "gazetteer.tsv")

    init(resource: String) {
        do {
            table = try SortedTSV(resource: resource, in: .module)
            failure = nil
        } catch {
            table = SortedTSV()
            failure = error
        }
        filter = LazyKeyFilter(table)
    }

    /// Throws when the gazetteer could not be loaded.
    func check() throws(ResourceError) {
        if let failure { throw failure }
    }

    /// The readings of a name as written, trying the title-cased form of an all-caps name (`OSLO`).
    func lookup(_ name: String) -> [PlaceReading]? {
        // An all-caps name is also looked up title-cased, which the filter cannot say.
        let hash = name.memoHash
        guard filter.mayContain(hash: hash) || (name.utf8.count > 3 && WordForm.isAllCaps(name)) else { return nil }
        if let known = readingsMemo.value(for: name, hash: hash) { return known }
        let found = search(name)
        readingsMemo.store(found, for: name, hash: hash)
        return found
    }

    private func search(_ name: String) -> [PlaceReading]? {
        var rows = table.rows(for: name)
        if rows.isEmpty, WordForm.isAllCaps(name), name.utf8.count > 3 {
            rows = table.rows(for: WordForm.titleCased(name))
        }
        let readings = rows.compactMap(Self.reading)
        return readings.isEmpty ? nil : readings
    }

    /// Whether a longer name starts with these words (`Tel` → `Tel Aviv`).
    func hasLongerName(startingWith words: String) -> Bool {
        if let known = prefixMemo.value(for: words) { return known }
        let found = table.hasKey(extending: words) || (WordForm.isAllCaps(words) && table.hasKey(extending: WordForm.titleCased(words)))
        prefixMemo.store(found, for: words)
        return found
    }

    static func reading(_ row: SortedTSV.Row) -> PlaceReading? {
        guard row.fields.count >= 9 else { return nil }
        return PlaceReading(
            label: String(row[1]),
            country: row[2].isEmpty ? nil : String(row[2]),
            geonameID: row[3].intValue,
            latitude: row[4].doubleValue,
            longitude: row[5].doubleValue,
            population: row[6].intValue ?? 0,
            canonical: String(row[7]),
            isCommonWord: row[8] == "1"
        )
    }
}
