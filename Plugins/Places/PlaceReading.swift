import Foundation

/// One place a name can refer to: "Paris" is Paris, France, and Paris, Texas.
struct PlaceReading: Sendable, Hashable {
    /// COUNTRY, REGION, CITY or LOCATION.
    let label: String
    /// ISO 3166-1 alpha-2 code, or nil for places spanning several countries.
    let country: String?
    let geonameID: Int?
    let latitude: Double?
    let longitude: Double?
    let population: Int
    /// The preferred English name.
    let canonical: String
    /// Whether the name is also an ordinary English word (`Reading`, `Nice`).
    let isCommonWord: Bool

    /// How likely this reading is without context: countries first, then by size (a region
    /// without a population counts as a city of about 100,000; a natural feature as 1,000,000).
    var priorScore: Double {
        switch label {
        case "COUNTRY": return 100
        case "CITY": return log10(Double(max(population, 1)))
        case "REGION": return population > 0 ? log10(Double(population)) : 5.0
        default: return 6
        }
    }
}
