import LedeCore
import LedeEnglish

/// Chooses one reading per place name: the most likely one by default (a country, else the
/// largest place), overridden by the document: a place next to its region or country ("Paris,
/// Texas"; "Atlanta, Georgia") takes the reading in that country, and the countries the article
/// is about break the remaining ties.
struct PlaceResolver {
    func resolve(_ matches: inout [PlaceMatch], document: Document) {
        // The countries of names with a single reading (or a country reading) are the article's.
        var countryWeight = NameTable<Double>()
        for match in matches where !match.isInferred {
            if let country = Self.unambiguousCountry(match) { countryWeight[country, default: 0] += 1 }
        }
        let total = max(1, countryWeight.elements.reduce(0) { $0 + $1.value })
        let tokens = document.tokens

        for index in matches.indices {
            var best: (PlaceReading, Double)?
            let neighbours = adjacentMatches(index, matches, document: document, tokens: tokens)
            for reading in matches[index].readings {
                var score = reading.priorScore
                if let country = reading.country {
                    score += 2 * (countryWeight[country] ?? 0) / total
                    if neighbours.contains(where: { $0.readings.contains { $0.country == country } }) { score += 150 }
                }
                if let current = best, current.1 >= score { continue }
                best = (reading, score)
            }
            matches[index].chosen = best?.0
        }
        inferCountries(&matches, document: document, tokens: tokens, countryWeight: countryWeight)
    }

    /// Gives places found from context the country of the nearest resolved place (or
    /// nationality word) in their sentence, else the article's main country.
    func inferCountries(_ matches: inout [PlaceMatch], document: Document, tokens: [Token], countryWeight: NameTable<Double>) {
        let sentences = document.tokenSpans(of: LayerName.sentences)
        let mainCountry = countryWeight.elements.max { $0.value < $1.value || ($0.value == $1.value && $0.name > $1.name) }?.name
        // The places found in the gazetteer, by sentence.
        var bySentence = [[Int]](repeating: [], count: max(0, (matches.lazy.map(\.sentence).max() ?? -1) + 1))
        for index in matches.indices where !matches[index].isInferred && matches[index].sentence >= 0 {
            bySentence[matches[index].sentence].append(index)
        }
        for index in matches.indices where matches[index].isInferred {
            guard var reading = matches[index].chosen else { continue }
            let match = matches[index]
            var country: String?
            var bestDistance = Int.max
            let others = bySentence.indices.contains(match.sentence) ? bySentence[match.sentence] : []
            for other in others.map({ matches[$0] }) {
                guard let candidate = other.chosen?.country else { continue }
                // A place after the name ("Kurichhu Dam in Bhutan") is the better clue.
                let distance = other.tokens.lowerBound >= match.tokens.upperBound
                    ? other.tokens.lowerBound - match.tokens.upperBound
                    : 2 * (match.tokens.lowerBound - other.tokens.upperBound)
                if distance < bestDistance { bestDistance = distance; country = candidate }
            }
            if country == nil, match.sentence < sentences.count {
                for tokenIndex in sentences[match.sentence] where document.isCapitalized(tokens[tokenIndex]) {
                    if let code = English.demonyms[document.word(tokenIndex)]?.country {
                        country = code
                        break
                    }
                }
            }
            reading = PlaceReading(label: reading.label, country: country ?? mainCountry, geonameID: nil, latitude: nil,
                                   longitude: nil, population: 0, canonical: reading.canonical, isCommonWord: false)
            matches[index].chosen = reading
        }
    }

    /// The country of a name that can only be one country.
    static func unambiguousCountry(_ match: PlaceMatch) -> String? {
        if let country = match.readings.first(where: { $0.label == "COUNTRY" })?.country { return country }
        // The one country of all its readings, if they agree.
        var found: String?
        for reading in match.readings {
            guard let country = reading.country else { continue }
            if let earlier = found, earlier != country { return nil }
            found = country
        }
        return found
    }

    /// Places joined to this one by a comma on either side ("Paris, Texas").
    func adjacentMatches(_ index: Int, _ matches: [PlaceMatch], document: Document, tokens: [Token]) -> [PlaceMatch] {
        var result: [PlaceMatch] = []
        let match = matches[index]
        if index + 1 < matches.count {
            let next = matches[index + 1]
            if next.tokens.lowerBound == match.tokens.upperBound + 1, document.token(tokens[match.tokens.upperBound], is: ",") {
                result.append(next)
            }
        }
        if index > 0 {
            let previous = matches[index - 1]
            if previous.tokens.upperBound + 1 == match.tokens.lowerBound, document.token(tokens[previous.tokens.upperBound], is: ",") {
                result.append(previous)
            }
        }
        return result
    }
}
