/// Abbreviations that keep their final period as part of the token (`Mr.`, `Gen.`, `Inc.`), and
/// which of them can also end a sentence.
enum Abbreviations {
    /// Written forms (without the period) that take a period: titles, ranks, months, company
    /// forms and Latin abbreviations.
    static let known: Set<String> = [
        // Honorifics, titles and ranks: never at the end of a sentence.
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Rev", "Hon",
        "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Supt", "Insp", "Det", "Amb",
        "Gen", "Gens", "Lt", "Col", "Capt", "Cpt", "Sgt", "Maj", "Adm", "Cmdr", "Cdr", "Cmdt", "Brig",
        "Cpl", "Pvt", "Pte", "Lieut", "Comdr", "Fr", "Sr", "Jr", "St", "Ste", "Mt", "Ft", "Esq",
        // Months and weekdays.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // Organisations, addresses, references.
        "Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Fig",
        "Figs", "Vol", "Vols", "No", "Nos", "Art", "Sec", "Ch", "Op", "Ed", "Eds", "Rs",
        // Latin and other lowercase forms.
        "vs", "etc", "approx", "cf", "al", "ca", "viz", "incl", "excl", "pp", "vol", "fig", "govt", "dept",
    ]

    /// Abbreviations that stand before a name or a number and so never end a sentence.
    static let neverFinal: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Rev", "Hon",
        "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Supt", "Insp", "Det", "Amb",
        "Gen", "Gens", "Lt", "Col", "Capt", "Cpt", "Sgt", "Maj", "Adm", "Cmdr", "Cdr", "Cmdt", "Brig",
        "Cpl", "Pvt", "Pte", "Lieut", "Comdr", "Fr", "St", "Ste", "Mt", "Ft", "No", "Nos", "Art",
        "Fig", "Figs", "Vol", "vs", "cf", "viz", "Op", "pp", "vol", "fig", "Rs",
    ]

    /// Whether the bytes (a word without its final period) form an abbreviation: a known form,
    /// an initial (`J`), or letters joined by periods (`U.S`, `p.m`, `Ph.D`).
    static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count > 0, count <= 12 else { return false }
        let first = bytes[range.lowerBound]
        if count == 1 { return first >= 0x41 && first <= 0x5A }  // an initial: J. K.
        var hasPeriod = false
        var segment = 0
        var allShortSegments = true
        for index in range {
            let byte = bytes[index]
            if byte == 0x2E {
                hasPeriod = true
                if segment == 0 || segment > 3 { allShortSegments = false }
                segment = 0
            } else if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
                segment += 1
            } else {
                return false
            }
        }
        if hasPeriod { return allShortSegments && segment > 0 && segment <= 3 }
        return known.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }

    /// Whether an abbreviation token (its text including the final period) never ends a sentence.
    static func isNeverFinal(_ token: String) -> Bool {
        let word = token.hasSuffix(".") ? String(token.dropLast()) : token
        if word.utf8.count == 1, let first = word.utf8.first, first >= 0x41 && first <= 0x5A { return true }
        return neverFinal.contains(word)
    }
}
