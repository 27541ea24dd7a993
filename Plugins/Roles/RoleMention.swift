/// A title found attached to a named person, before records are merged.
struct RoleMention {
    /// The person's fullest name.
    var person: String
    /// The title as written (`Foreign Minister`, `chief executive`).
    var title: String
    /// The organization or country the title is held in, as written, or nil.
    var organization: String?
    /// UTF-8 byte range of the title.
    var range: Range<Int>
    /// The pattern that found it (`attrs.sieve`).
    var sieve: String
}
