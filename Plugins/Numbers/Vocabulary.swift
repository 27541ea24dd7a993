/// The classes a word of the closed vocabulary can belong to (the `class` column of
/// `Resources/vocabulary.tsv`). A word may have several: `second` is an ordinal and a time unit.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }

    static let cardinal = WordClass(rawValue: 1 << 0)
    static let scale = WordClass(rawValue: 1 << 1)
    static let suffixScale = WordClass(rawValue: 1 << 2)
    static let moneySuffixScale = WordClass(rawValue: 1 << 3)
    static let vague = WordClass(rawValue: 1 << 4)
    static let ordinal = WordClass(rawValue: 1 << 5)
    static let fraction = WordClass(rawValue: 1 << 6)
    static let fractionSymbol = WordClass(rawValue: 1 << 7)
    static let month = WordClass(rawValue: 1 << 8)
    static let monthAbbreviation = WordClass(rawValue: 1 << 9)
    static let weekday = WordClass(rawValue: 1 << 10)
    static let weekdayAbbreviation = WordClass(rawValue: 1 << 11)
    static let timeUnit = WordClass(rawValue: 1 << 12)
    static let dayPart = WordClass(rawValue: 1 << 13)
    static let relativeDay = WordClass(rawValue: 1 << 14)
    static let relativeTime = WordClass(rawValue: 1 << 15)
    static let clockWord = WordClass(rawValue: 1 << 16)
    static let meridiem = WordClass(rawValue: 1 << 17)
    static let oclock = WordClass(rawValue: 1 << 18)
    static let timezone = WordClass(rawValue: 1 << 19)
    static let season = WordClass(rawValue: 1 << 20)
    static let relative = WordClass(rawValue: 1 << 21)
    static let offset = WordClass(rawValue: 1 << 22)
    static let periodPart = WordClass(rawValue: 1 << 23)
    static let datePrefix = WordClass(rawValue: 1 << 24)
    static let fiscal = WordClass(rawValue: 1 << 25)
    static let quarterLabel = WordClass(rawValue: 1 << 26)
    static let halfLabel = WordClass(rawValue: 1 << 27)
    static let few = WordClass(rawValue: 1 << 28)
    static let pronounBefore = WordClass(rawValue: 1 << 30)
    static let pronounAfter = WordClass(rawValue: 1 << 31)
    static let frequency = WordClass(rawValue: 1 << 32)
    static let street = WordClass(rawValue: 1 << 34)
    static let function = WordClass(rawValue: 1 << 35)
    static let indefinite = WordClass(rawValue: 1 << 36)
    static let determiner = WordClass(rawValue: 1 << 37)
    static let currencySubunit = WordClass(rawValue: 1 << 38)
    static let modal = WordClass(rawValue: 1 << 39)
    static let unitAdjective = WordClass(rawValue: 1 << 40)
    static let holiday = WordClass(rawValue: 1 << 41)

    /// The class named in the TSV, or nil for a phrase class (modifiers) or an unknown name.
    init?(name: Substring) {
        switch name {
        case "cardinal": self = .cardinal
        case "scale": self = .scale
        case "suffix_scale": self = .suffixScale
        case "money_suffix_scale": self = .moneySuffixScale
        case "vague": self = .vague
        case "ordinal": self = .ordinal
        case "fraction": self = .fraction
        case "fraction_symbol": self = .fractionSymbol
        case "month": self = .month
        case "month_abbreviation": self = .monthAbbreviation
        case "weekday": self = .weekday
        case "weekday_abbreviation": self = .weekdayAbbreviation
        case "time_unit": self = .timeUnit
        case "day_part": self = .dayPart
        case "relative_day": self = .relativeDay
        case "relative_time": self = .relativeTime
        case "clock_word": self = .clockWord
        case "meridiem": self = .meridiem
        case "oclock": self = .oclock
        case "timezone": self = .timezone
        case "season": self = .season
        case "relative": self = .relative
        case "offset": self = .offset
        case "period_part": self = .periodPart
        case "date_prefix": self = .datePrefix
        case "fiscal": self = .fiscal
        case "quarter_label": self = .quarterLabel
        case "half_label": self = .halfLabel
        case "few": self = .few
        case "pronoun_before": self = .pronounBefore
        case "pronoun_after": self = .pronounAfter
        case "frequency": self = .frequency
        case "street": self = .street
        case "function": self = .function
        case "indefinite": self = .indefinite
        case "determiner": self = .determiner
        case "currency_subunit": self = .currencySubunit
        case "modal": self = .modal
        case "unit_adjective": self = .unitAdjective
        case "holiday": self = .holiday
        default: return nil
        }
    }
}

/// A unit of time, named as `attrs.unit` writes it.
enum TimeUnit: String, Sendable {
    case second, minute, hour, day, night, week, weekend, fortnight, month, season, year, decade, century, millennium

    /// Units shorter than a day: relative expressions in them are times, not dates.
    var isWithinDay: Bool { self == .second || self == .minute || self == .hour }

    /// The abbreviation used in compound units (`km/h`).
    var symbol: String {
        switch self {
        case .second: return "s"
        case .minute: return "min"
        case .hour: return "h"
        case .day, .night: return "d"
        case .week, .weekend, .fortnight: return "wk"
        case .month: return "mo"
        case .season: return "season"
        case .year: return "yr"
        case .decade: return "decade"
        case .century: return "century"
        case .millennium: return "millennium"
        }
    }
}

/// What the vocabulary knows about one word.
struct WordInfo: Sendable {
    var classes: WordClass = []
    /// cardinal: 0…90; scale and vague: the multiplier; ordinal: n; fraction: the denominator;
    /// month and weekday: 1-based number; relative and offset: −1, 0 or +1; quarter/half labels: n.
    var cardinal: Double = 0
    var scale: Double = 0
    var vague: Double = 0
    var ordinal: Int = 0
    var denominator: Int = 0
    var fractionValue: Double = 0
    var month: Int = 0
    var weekday: Int = 0
    var timeUnit: TimeUnit?
    var direction: Int = 0
    var period: Int = 0
    /// currency_subunit: the ISO 4217 code of the currency it is a hundredth of.
    var currency: String?

    func has(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }
}

/// The kinds of multi-word phrases the rules look for.
enum PhraseKind: Sendable {
    /// `at least`, `more than`, `nearly`: stays inside the span of the amount it modifies.
    case modifier
    /// `shortly after`, `just before`: stays inside the span of a clock time.
    case timeModifier
    /// `later on`, `earlier`: stays inside the span of the day it qualifies.
    case dayPrefix
}

/// Classes of the vocabulary that the rules use only as sets of words (the words before a month
/// that make it a date, the plurals without -s, …).
enum WordList: String, Sendable, CaseIterable {
    case monthPreposition = "month_preposition"
    case holidayPreposition = "holiday_preposition"
    case yearPreposition = "year_preposition"
    case possessive
    case irregularPlural = "irregular_plural"
    case futureMarker = "future_marker"
    case pastMarker = "past_marker"
}

/// The closed vocabulary of numbers and time, read from `Resources/vocabulary.tsv`.
struct Vocabulary: Sendable {
    /// What the vocabulary knows about each word, indexed by `index(of:)`.
    private(set) var entries: [WordInfo] = []
    private(set) var indices: [WordKey: Int32] = [:]
    private(set) var phrases = PhraseTrie<PhraseKind>()
    /// The words of each word list.
    private(set) var lists: [WordList: Set<WordKey>] = [:]

    /// The entry of a word, or −1.
    func index(of key: WordKey) -> Int32 { indices[key] ?? -1 }

    /// The entry of a word.
    func info(_ key: WordKey) -> WordInfo? { indices[key].map { entries[Int($0)] } }

    init(rows: [[Substring]]) {
        for row in rows where row.count >= 2 {
            let surface = row[0], className = row[1]
            let value = row.count > 2 ? row[2] : ""
            switch className {
            case "modifier", "time_modifier", "day_prefix":
                let kind: PhraseKind = className == "modifier" ? .modifier : className == "time_modifier" ? .timeModifier : .dayPrefix
                let keys = surface.split(separator: "_").compactMap { WordKey(String($0)) }
                phrases.insert(keys, kind)
            default:
                if let list = WordList(rawValue: String(className)) {
                    if let key = WordKey(String(surface)) { lists[list, default: []].insert(key) }
                    continue
                }
                guard let wordClass = WordClass(name: className), let key = WordKey(String(surface)) else { continue }
                let position: Int
                if let existing = indices[key] {
                    position = Int(existing)
                } else {
                    position = entries.count
                    indices[key] = Int32(position)
                    entries.append(WordInfo())
                }
                var info = entries[position]
                info.classes.insert(wordClass)
                let number = Double(value) ?? 0
                switch wordClass {
                case .cardinal: info.cardinal = number
                case .scale, .suffixScale, .moneySuffixScale: info.scale = number
                case .vague: info.vague = number
                case .ordinal: info.ordinal = Int(number)
                case .fraction: info.denominator = Int(number)
                case .fractionSymbol:
                    let parts = value.split(separator: "/").compactMap { Double($0) }
                    if parts.count == 2, parts[1] != 0 { info.fractionValue = parts[0] / parts[1] }
                case .month, .monthAbbreviation: info.month = Int(number)
                case .weekday, .weekdayAbbreviation: info.weekday = Int(number)
                case .timeUnit: info.timeUnit = TimeUnit(rawValue: String(value))
                case .relative, .offset, .relativeDay, .relativeTime: info.direction = Int(number)
                case .quarterLabel, .halfLabel: info.period = Int(number)
                case .currencySubunit: info.currency = String(value)
                default: break
                }
                entries[position] = info
            }
        }
    }
}
