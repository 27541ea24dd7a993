import LedeCore

/// File names for the documents of a batch in one output folder: each document's id made safe
/// as a name, unique in the batch whatever the ids (`a`, `a`, `a-2` become `a`, `a-3`, `a-2`), and
/// short enough for any file system (a long id is cut and given a hash of the whole).
struct OutputNames {
    /// The longest name stem, in bytes, before the extension.
    static let maximumStemBytes = 120
    private var used: Set<String> = []

    /// A fresh name for `id`, without extension.
    mutating func name(for id: String, removing suffixes: [String]) -> String {
        var base = lastComponent(of: id)
        for suffix in suffixes where base.hasSuffix(suffix) && base.count > suffix.count { base.removeLast(suffix.count) }
        base = String(base.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
            return allowed ? Character(scalar) : "_"
        })
        if base.isEmpty || base.allSatisfy({ $0 == "." }) || base == "-" { base = "document" }
        if base.hasPrefix(".") { base = "_" + base.dropFirst() }
        base = Self.shortened(base, id: id)
        var candidate = base
        var number = 2
        while used.contains(candidate.lowercased()) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    /// Marks a name as taken.
    mutating func reserve(_ name: String) {
        used.insert(name.lowercased())
    }

    private func lastComponent(of id: String) -> String {
        guard let slash = id.lastIndex(of: "/") else { return id }
        let rest = id[id.index(after: slash)...]
        return rest.isEmpty ? id : String(rest)
    }

    /// A stem cut to `maximumStemBytes`, ending in a hash of the whole id when cut.
    static func shortened(_ stem: String, id: String) -> String {
        guard stem.utf8.count > maximumStemBytes else { return stem }
        var kept = ""
        for character in stem {
            if kept.utf8.count + character.utf8.count > maximumStemBytes - 17 { break }
            kept.append(character)
        }
        return kept + "-" + Self.hash(id)
    }

    /// FNV-1a, 64 bits, as 16 hexadecimal digits.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
