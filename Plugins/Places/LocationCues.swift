/// Words that make a capitalized name a named location or a settlement, whether or not the
/// gazetteer knows it: `Rustaveli Avenue`, `Kurichhu Dam`, `Mount Etna`, `the village of X`.
enum LocationCues {
    /// Last words of facility and feature names (`… Avenue`, `… National Park`).
    static let heads: Set<String> = [
        "Avenue", "Street", "Road", "Boulevard", "Lane", "Drive", "Square", "Plaza", "Park", "Dam",
        "Bridge", "Airport", "Airfield", "Stadium", "Arena", "Tower", "Towers", "Palace", "Castle",
        "Harbour", "Harbor", "Bay", "Lake", "River", "Mountain", "Mountains", "Hills", "Valley",
        "Desert", "Island", "Islands", "Forest", "Reserve", "Canal", "Highway", "Motorway", "Station",
        "Base", "Mosque", "Cathedral", "Temple", "Strait", "Sea", "Ocean", "Peninsula", "Glacier",
        "Falls", "Beach", "Coast", "Mall", "Crossing", "Checkpoint", "Pipeline", "Memorial",
        "Cemetery", "Gardens", "Prison", "Refinery", "Camp", "Corridor", "Basin", "Delta", "Plateau",
        "Gorge", "Canyon", "Volcano", "Reservoir", "Wharf", "Pier", "Terminal", "Quay", "Embankment",
        "Museum", "Planetarium", "Observatory", "Aquarium", "Zoo",
    ]

    /// `Centre`/`Center` names a place only after these words (`Space Center`, `Convention
    /// Centre`); otherwise it is usually an organization.
    static let centreHeads: Set<String> = ["Center", "Centre"]
    static let facilityModifiers: Set<String> = [
        "Space", "Convention", "Trade", "Shopping", "Sports", "Exhibition", "Conference", "Civic",
        "Community", "Cultural", "Arts", "Aquatic", "Detention", "Leisure", "Data", "Launch", "Science",
        "Visitor", "Visitors", "Heritage",
    ]

    /// First words of feature names (`Mount Etna`, `Lake Victoria`, `Cape Canaveral`).
    static let prefixes: Set<String> = ["Mount", "Mt.", "Lake", "Cape", "Fort"]
    /// First words of feature names that take `of` (`Gulf of Aden`, `Museum of Flight`).
    static let prefixesWithOf: Set<String> = ["Gulf", "Bay", "Sea", "Strait", "Isle", "Museum", "Straits", "Sea"]

    /// Settlement words before `of` (`the village of Bhurbandha`) → the label of the name after.
    static let settlementNouns: [String: String] = [
        "village": "CITY", "town": "CITY", "city": "CITY", "township": "CITY", "hamlet": "CITY",
        "port": "CITY", "district": "REGION", "province": "REGION", "region": "REGION",
        "state": "REGION", "county": "REGION", "governorate": "REGION", "prefecture": "REGION",
    ]
}
