import Foundation

/// A day of the proleptic Gregorian calendar.
struct CalendarDay: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int

    /// Parses `YYYY-MM-DD`.
    init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(checkedYear: year, month: month, day: day)
    }

    /// The day of these numbers, if it exists (a year of at most four digits, as ISO writes it).
    init?(checkedYear year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= CalendarDay.length(ofMonth: month, year: year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int {
        let value = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (value < 0 ? value + 7 : value) + 1
    }

    func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        return CalendarDay(year: newYear, month: newMonth, day: min(day, CalendarDay.length(ofMonth: newMonth, year: newYear)))
    }

    var iso: String { Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2) }
    var isoMonth: String { Self.digits(year, 4) + "-" + Self.digits(month, 2) }
    var isoYear: String { Self.digits(year, 4) }

    /// `value` in decimal with zeros before it to `width` digits (as `%04d` would write it,
    /// without Foundation's formatter, which costs a microsecond a call).
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - text.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + padding + text
    }

    /// The ISO week (`2025-W24`).
    var isoWeek: String {
        let thursday = adding(days: 4 - weekday)
        let firstDay = CalendarDay(year: thursday.year, month: 1, day: 1)
        let week = (thursday.dayNumber - firstDay.dayNumber) / 7 + 1
        return Self.digits(thursday.year, 4) + "-W" + Self.digits(week, 2)
    }
}

/// Turns what a date expression refers to into an ISO date, given the day the article was
/// written (`--date`, the document's `date` metadata, or a dateline).
struct DateResolver: Sendable {
    let today: CalendarDay

    /// The ISO date (or month, week or year) of a reference; `future` says the sentence speaks of
    /// what is to come, which decides which "Friday" is meant.
    func resolve(_ reference: TimeReference, future: Bool) -> String? {
        switch reference {
        case .dayOffset(let days):
            return today.adding(days: days).iso
        case .weekday(let weekday, let direction):
            guard (1...7).contains(weekday) else { return nil }
            let delta = weekday - today.weekday
            switch direction {
            case ..<0: return today.adding(days: delta < 0 ? delta : delta - 7).iso
            case 1...: return today.adding(days: delta > 0 ? delta : delta + 7).iso
            default:
                if future { return today.adding(days: delta >= 0 ? delta : delta + 7).iso }
                return today.adding(days: delta <= 0 ? delta : delta - 7).iso
            }
        case .shift(let amount, let unit):
            guard amount.isFinite, abs(amount) < 100_000 else { return nil }
            let count = Int(amount.rounded())
            switch unit {
            case .second, .minute, .hour: return today.iso
            case .day, .night: return today.adding(days: count).iso
            case .week, .weekend: return today.adding(days: 7 * count).isoWeek
            case .fortnight: return today.adding(days: 14 * count).iso
            case .month: return today.adding(months: count).isoMonth
            case .year: return today.adding(months: 12 * count).isoYear
            case .decade: return today.adding(months: 120 * count).isoYear
            case .century: return today.adding(months: 1200 * count).isoYear
            case .millennium, .season: return nil
            }
        case .calendar(let year, let month, let day):
            if year != nil { return Self.absolute(reference) }
            guard let month, (1...12).contains(month) else { return nil }
            // A month without a year is the nearest one on the side the sentence speaks of: "in
            // November" written in March is last November, or next November when it is to come.
            var resolvedYear = today.year
            let later = month > today.month || (month == today.month && (day ?? 0) > today.day)
            let earlier = month < today.month || (month == today.month && (day.map { $0 < today.day } ?? false))
            if !future && later { resolvedYear -= 1 }
            if future && earlier { resolvedYear += 1 }
            return Self.iso(year: resolvedYear, month: month, day: day)
        }
    }

    /// The ISO date of a reference that names its year ("March 2025", "10 July 2016"), which
    /// needs no article date; nil for any other.
    static func absolute(_ reference: TimeReference) -> String? {
        guard case .calendar(let year?, let month, let day) = reference else { return nil }
        guard let month else { return CalendarDay.digits(year, 4) }
        return iso(year: year, month: month, day: day)
    }

    /// `YYYY-MM` or `YYYY-MM-DD`; nil for a month or day that does not exist.
    static func iso(year: Int, month: Int, day: Int?) -> String? {
        guard (1...12).contains(month) else { return nil }
        guard let day else { return CalendarDay.digits(year, 4) + "-" + CalendarDay.digits(month, 2) }
        guard day >= 1, day <= CalendarDay.length(ofMonth: month, year: year) else { return nil }
        return CalendarDay(year: year, month: month, day: day).iso
    }
}
