import LedeCore
import LedeEnglish

/// The `places` annotator: countries, regions, cities and named locations, each resolved to a
/// country (ISO 3166-1 alpha-2) and, where GeoNames knows it, a GeoNames id and coordinates.
public struct PlacesAnnotator: Annotator {
    public let name = "places"
    public let summary = "Countries, regions, cities and locations, resolved to country and GeoNames id"
    public let requires = [LayerName.tokens, LayerName.sentences, LayerName.paragraphs]
    public let layers = [LayerSpec(
        name: LayerName.places, kind: .mention, title: "Places",
        labels: [
            LabelSpec("COUNTRY", "a country", category: .place),
            LabelSpec("REGION", "a region, a state or province, a continent", category: .place),
            LabelSpec("CITY", "a city, a town or a village", category: .place),
            LabelSpec("LOCATION", "a named location: a sea, a river, a mountain, a street, a facility", category: .place),
        ],
        attributes: [
            AttributeSpec("country", .string, "the ISO 3166-1 alpha-2 code of its country", isColumn: true),
            AttributeSpec("name", .string, "the place's name in GeoNames", role: .name),
            AttributeSpec("geonameid", .integer, "its GeoNames id"),
            AttributeSpec("lat", .number, "latitude"),
            AttributeSpec("lon", .number, "longitude"),
        ])]

    public init() {}

    public func annotate(_ document: inout Document) throws {
        try English.check()
        try PlacesVocabulary.resource.check()
        try Gazetteer.shared.check()
        var matches = PlaceFinder(gazetteer: .shared).find(in: document)
        PlaceResolver().resolve(&matches, document: document)
        let annotations = matches.compactMap { match -> Annotation? in
            guard let reading = match.chosen else { return nil }
            var attributes: Attributes = ["country": .optional(reading.country), "name": .string(reading.canonical)]
            if let id = reading.geonameID { attributes["geonameid"] = .int(id) }
            if let latitude = reading.latitude, let longitude = reading.longitude {
                attributes["lat"] = .double(latitude)
                attributes["lon"] = .double(longitude)
            }
            return Annotation(layer: LayerName.places, label: reading.label, range: match.range, attributes: attributes)
        }
        document.setLayer(LayerName.places, annotations)
    }
}
