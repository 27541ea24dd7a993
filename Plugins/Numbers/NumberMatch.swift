/// The labels of the `numbers` layer.
enum NumberLabel: String, Sendable, CaseIterable {
    case cardinal = "CARDINAL"
    case ordinal = "ORDINAL"
    case percent = "PERCENT"
    case money = "MONEY"
    case quantity = "QUANTITY"
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
}

/// A point in time that a date or time expression names, kept so that a reference date can
/// resolve it to an ISO date.
enum TimeReference: Sendable, Equatable {
    /// A day relative to the reference: yesterday is −1.
    case dayOffset(Int)
    /// A weekday (1 = Monday … 7 = Sunday): the last one before the reference (−1), the next one
    /// after it (+1), or the nearest one in the news sense (0: the past week's, unless `next`).
    case weekday(Int, direction: Int)
    /// `N units ago` (negative) or `in N units` (positive), in days, months or years.
    case shift(Double, TimeUnit)
    /// A calendar date with some parts missing (a year alone, a month and day).
    case calendar(year: Int?, month: Int?, day: Int?)
}

/// One numeric or temporal expression found in a sentence, in token indices.
struct NumberMatch: Sendable {
    var label: NumberLabel
    /// The first token, modifiers included.
    var start: Int
    /// One past the last token.
    var end: Int
    /// The first token of the number itself (after any modifier), where exclusions are checked.
    var coreStart: Int
    var value: Double?
    var unit: String?
    var minimum: Double?
    var maximum: Double?
    /// Fractions are written rounded to four decimals (`two-thirds` → 0.6667).
    var isFraction = false
    var reference: TimeReference?

    init(_ label: NumberLabel, _ start: Int, _ end: Int, value: Double? = nil, unit: String? = nil) {
        self.label = label
        self.start = start
        self.end = end
        self.coreStart = start
        self.value = value
        self.unit = unit
    }

    /// The same match, starting earlier to take in a modifier or a preposition.
    func extended(from start: Int) -> NumberMatch {
        var copy = self
        copy.start = start
        return copy
    }

    func labelled(_ label: NumberLabel) -> NumberMatch {
        var copy = self
        copy.label = label
        return copy
    }
}
