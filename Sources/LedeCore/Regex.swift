import CPCRE2

/// A compiled PCRE2 pattern: UTF and Unicode properties on (`\w`, `\b` and `\d` are Unicode-aware),
/// JIT-compiled when the platform allows, with bounded work per match.
///
/// Compile once and share: a `Regex` is immutable and safe to use from several threads at once
/// (each match call has its own match data). Matches are reported in UTF-8 byte offsets of the
/// subject; `scalarMatches(in:)` gives Unicode scalar offsets.
public final class Regex: @unchecked Sendable {
    /// Compile options.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// `i`: case-insensitive.
        public static let caseless = Options(rawValue: UInt32(PCRE2_CASELESS))
        /// `m`: `^` and `$` match at line breaks.
        public static let multiline = Options(rawValue: UInt32(PCRE2_MULTILINE))
        /// `s`: `.` matches a line break.
        public static let dotAll = Options(rawValue: UInt32(PCRE2_DOTALL))
        /// `x`: white space and `#` comments in the pattern are ignored.
        public static let extended = Options(rawValue: UInt32(PCRE2_EXTENDED))

        /// Parses flag letters as written after `/pattern/` (`i`, `m`, `s`, `x`).
        public init(flags: String) throws(RegexError) {
            var options: Options = []
            for flag in flags {
                switch flag {
                case "i": options.insert(.caseless)
                case "m": options.insert(.multiline)
                case "s": options.insert(.dotAll)
                case "x": options.insert(.extended)
                default: throw RegexError(code: 0, offset: nil, message: "unknown flag '\(flag)' (flags: i, m, s, x)")
                }
            }
            self = options
        }
    }

    /// Bounds on the work of one match attempt. The match limit applies per start position, so
    /// callers that scan long texts should match per paragraph or sentence.
    public struct Limits: Sendable, Hashable {
        public var matchLimit: UInt32
        public var depthLimit: UInt32
        public var heapLimitKiB: UInt32

        public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 100_000, heapLimitKiB: UInt32 = 65_536) {
            self.matchLimit = matchLimit
            self.depthLimit = depthLimit
            self.heapLimitKiB = heapLimitKiB
        }

        public static let `default` = Limits()
    }

    /// The pattern as given.
    public let pattern: String
    /// The compile options.
    public let options: Options
    /// Whether the pattern was JIT-compiled.
    public let isJIT: Bool
    /// The number of capture groups.
    public let captureCount: Int
    /// The named capture groups (`(?<value>…)`), in the order of their numbers.
    public let namedGroups: [NamedGroup]
    /// The match limits in force.
    public let limits: Limits

    private let code: OpaquePointer
    /// The pattern compiled with a callout at every start position, so that a `MatchBudget` can
    /// stop a long scan inside one `pcre2_match` call (nil if wrapping failed).
    private let budgetedCode: OpaquePointer?
    private let matchContext: OpaquePointer?

    /// Compiles `pattern`. A syntax error throws a `RegexError` with PCRE2's message and the
    /// position (in characters of the pattern) where it was found.
    public init(_ pattern: String, options: Options = [], limits: Limits = .default) throws(RegexError) {
        self.pattern = pattern
        self.options = options
        self.limits = limits
        var errorCode: Int32 = 0
        var errorOffset = 0
        let flags = options.rawValue | UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP)
        let compiled: OpaquePointer? = pattern.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { bytes in
                pcre2_compile_8(bytes.baseAddress, bytes.count - 1, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            let scalarOffset = ScalarOffsets(Array(pattern.utf8)).scalarOffset(ofByte: errorOffset)
            throw RegexError(code: errorCode, offset: scalarOffset, message: Regex.message(for: errorCode))
        }
        code = compiled
        isJIT = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        budgetedCode = Regex.compileWithStartCallout(pattern, flags: flags)
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        captureCount = Int(count)
        namedGroups = Regex.namedGroups(of: compiled)
        let context = pcre2_match_context_create_8(nil)
        if let context {
            pcre2_set_match_limit_8(context, limits.matchLimit)
            pcre2_set_depth_limit_8(context, limits.depthLimit)
            pcre2_set_heap_limit_8(context, limits.heapLimitKiB)
        }
        matchContext = context
    }

    deinit {
        pcre2_code_free_8(code)
        if let budgetedCode { pcre2_code_free_8(budgetedCode) }
        if let matchContext { pcre2_match_context_free_8(matchContext) }
    }

    /// A capture group with a name, and its number (1 for the first group).
    public struct NamedGroup: Sendable, Hashable {
        public let name: String
        public let number: Int
    }

    /// Reads PCRE2's name table: an entry per name, its group number in two bytes (big-endian),
    /// then the name, NUL-terminated.
    private static func namedGroups(of code: OpaquePointer) -> [NamedGroup] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        guard pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count) == 0, count > 0,
              pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize) == 0,
              pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table) == 0, let table else { return [] }
        var groups: [NamedGroup] = []
        for index in 0..<Int(count) {
            let entry = table + index * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            let nameBytes = UnsafeBufferPointer(start: entry + 2, count: Int(entrySize) - 2)
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            groups.append(NamedGroup(name: name, number: number))
        }
        return groups.sorted { $0.number < $1.number }
    }

    /// One match: the whole match and each capture group (nil when a group did not take part).
    public struct Match: Sendable, Hashable {
        /// UTF-8 byte range of the whole match.
        public let range: Range<Int>
        /// UTF-8 byte ranges of groups 1…n.
        public let groups: [Range<Int>?]
    }

    /// Calls `body` with each non-overlapping match in `bytes` (valid UTF-8), in order, until it
    /// returns false. Throws a `RegexError` when a match attempt exceeds the limits, and
    /// `MatchStopped` when `budget` runs out (checked at every start position PCRE2 tries, so a
    /// pattern that backtracks catastrophically is stopped inside a single call).
    public func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, budget: MatchBudget? = nil,
                             _ body: (Match) throws -> Bool) throws {
        let program = budget != nil ? (budgetedCode ?? code) : code
        guard let matchData = pcre2_match_data_create_from_pattern_8(program, nil) else {
            throw RegexError(code: Int32(PCRE2_ERROR_NOMEMORY), offset: nil, message: "out of memory")
        }
        defer { pcre2_match_data_free_8(matchData) }
        // Each scan has its own context: the callout's data is this scan's budget.
        let context = matchContext.flatMap { pcre2_match_context_copy_8($0) }
        defer { if let context { pcre2_match_context_free_8(context) } }
        if let budget, let context {
            pcre2_set_callout_8(context, { _, data in
                guard let data else { return 0 }
                let budget = Unmanaged<MatchBudget>.fromOpaque(data).takeUnretainedValue()
                return budget.allowsMore() ? 0 : PCRE2_ERROR_CALLOUT
            }, Unmanaged.passUnretained(budget).toOpaque())
        }
        var jitStack: OpaquePointer?
        defer { if let jitStack { pcre2_jit_stack_free_8(jitStack) } }
        // A valid pointer even for an empty subject.
        let empty: [UInt8] = [0]
        try withExtendedLifetime(budget) {
            try empty.withUnsafeBufferPointer { fallback in
                let base = bytes.baseAddress ?? fallback.baseAddress
                let length = bytes.count
                var offset = start
                var options: UInt32 = 0
                while offset <= length {
                    if let budget, !budget.allowsMore() { throw budget.stopReason ?? .timeLimit }
                    var rc = pcre2_match_8(program, base, length, offset, options | UInt32(PCRE2_NO_UTF_CHECK),
                                           matchData, context)
                    if rc == PCRE2_ERROR_JIT_STACKLIMIT, jitStack == nil, let context {
                        jitStack = pcre2_jit_stack_create_8(32 * 1024, 64 * 1024 * 1024, nil)
                        pcre2_jit_stack_assign_8(context, nil, jitStack.map { UnsafeMutableRawPointer($0) })
                        rc = pcre2_match_8(program, base, length, offset, options | UInt32(PCRE2_NO_UTF_CHECK),
                                           matchData, context)
                    }
                    if rc == PCRE2_ERROR_CALLOUT, let reason = budget?.stopReason { throw reason }
                    if rc == PCRE2_ERROR_NOMATCH {
                        if options == 0 { return }
                        // The empty match could not be extended: step over one character.
                        options = 0
                        offset += 1
                        while offset < length, let byte = bytes.baseAddress?[offset], byte & 0xC0 == 0x80 { offset += 1 }
                        continue
                    }
                    if rc < 0 {
                        throw RegexError(code: rc, offset: nil, message: Regex.message(for: rc))
                    }
                    guard let ovector = pcre2_get_ovector_pointer_8(matchData) else { return }
                    let range = ovector[0]..<ovector[1]
                    var groups: [Range<Int>?] = []
                    if captureCount > 0 {
                        groups.reserveCapacity(captureCount)
                        for group in 1...captureCount {
                            let lower = ovector[2 * group]
                            let upper = ovector[2 * group + 1]
                            groups.append(lower == cpcre2_unset() ? nil : lower..<upper)
                        }
                    }
                    guard try body(Match(range: range, groups: groups)) else { return }
                    offset = range.upperBound
                    options = range.isEmpty ? UInt32(PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED) : 0
                }
            }
        }
    }

    /// The options PCRE2 accepts only at the very start of a pattern (`(*UTF)`, `(*LIMIT_MATCH=9)`…).
    private static let startOptions: Set<String> = [
        "UTF", "UTF8", "UCP", "NO_AUTO_POSSESS", "NO_DOTSTAR_ANCHOR", "NO_JIT", "NO_START_OPT", "NOTEMPTY",
        "NOTEMPTY_ATSTART", "CR", "LF", "CRLF", "ANYCRLF", "ANY", "NUL", "BSR_ANYCRLF", "BSR_UNICODE",
        "LIMIT_HEAP", "LIMIT_MATCH", "LIMIT_DEPTH", "LIMIT_RECURSION",
    ]

    /// `pattern` with a callout before every match attempt: `(?C255)(?:pattern)`, after any
    /// start-of-pattern options. `\E` closes a `\Q` the pattern leaves open; a pattern that ends
    /// in an extended-mode comment needs a line break before the closing parenthesis.
    private static func compileWithStartCallout(_ pattern: String, flags: UInt32) -> OpaquePointer? {
        var rest = Substring(pattern)
        var prefix = ""
        while rest.hasPrefix("(*"), let close = rest.firstIndex(of: ")") {
            let item = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
            let name = item.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            guard startOptions.contains(name) else { break }
            prefix += rest[...close]
            rest = rest[rest.index(after: close)...]
        }
        for ending in ["\\E)", "\\E\n)"] {
            let wrapped = prefix + "(?C255)(?:" + rest + ending
            var errorCode: Int32 = 0
            var errorOffset = 0
            let compiled: OpaquePointer? = wrapped.utf8CString.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: UInt8.self) { bytes in
                    pcre2_compile_8(bytes.baseAddress, bytes.count - 1, flags, &errorCode, &errorOffset, nil)
                }
            }
            if let compiled {
                pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
                return compiled
            }
        }
        return nil
    }

    /// Every match in `text`, as UTF-8 byte ranges.
    public func matches(in text: String) throws -> [Match] {
        var results: [Match] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            try forEachMatch(in: buffer) { match in
                results.append(match)
                return true
            }
        }
        return results
    }

    /// Every match in `text`, as Unicode scalar ranges.
    public func scalarMatches(in text: String) throws -> [Range<Int>] {
        let offsets = ScalarOffsets(Array(text.utf8))
        return try matches(in: text).map { offsets.scalarRange(ofBytes: $0.range) }
    }

    /// Whether the pattern matches anywhere in `text`.
    public func isMatch(_ text: String) throws -> Bool {
        var found = false
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            try forEachMatch(in: buffer) { _ in
                found = true
                return false
            }
        }
        return found
    }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}

/// A pattern that does not compile, or a match that ran past its limits.
public struct RegexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// PCRE2's error code (positive: compile error; negative: match error).
    public let code: Int32
    /// For a compile error, the position in the pattern (in characters) where PCRE2 stopped.
    public let offset: Int?
    /// PCRE2's message.
    public let message: String

    /// Whether a match gave up because of the match, depth, heap or JIT stack limit.
    public var isLimit: Bool {
        [PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT]
            .contains(code)
    }

    public var description: String {
        if let offset { return "\(message) at position \(offset)" }
        return message
    }
}

/// A bound on the total work of a scan (`Regex.forEachMatch(in:budget:)`): a deadline, and the
/// process-wide `Cancellation` flag. PCRE2's match limit bounds the work at one start position;
/// the budget bounds the whole scan, however many start positions and matches it takes.
public final class MatchBudget: @unchecked Sendable {
    /// When the scan must stop (nil: no deadline).
    public let deadline: ContinuousClock.Instant?
    /// Whether Ctrl-C (`Cancellation.request()`) stops the scan.
    public let observesCancellation: Bool
    /// Why the scan stopped, once it has.
    public private(set) var stopReason: MatchStopped?
    private var calls = 0

    /// A budget of `duration` from now (nil: no deadline).
    public init(duration: Duration?, observesCancellation: Bool = true) {
        self.deadline = duration.map { ContinuousClock.now + $0 }
        self.observesCancellation = observesCancellation
    }

    /// Whether the scan may go on; the clock is read at every 16th call.
    func allowsMore() -> Bool {
        if stopReason != nil { return false }
        if observesCancellation, Cancellation.isRequested {
            stopReason = .cancelled
            return false
        }
        calls &+= 1
        if calls & 15 == 0, let deadline, ContinuousClock.now >= deadline {
            stopReason = .timeLimit
            return false
        }
        return true
    }
}

/// Why a budgeted scan stopped before the end.
public enum MatchStopped: Error, Sendable, Equatable, CustomStringConvertible {
    /// The budget's time ran out.
    case timeLimit
    /// Ctrl-C.
    case cancelled

    public var description: String {
        switch self {
        case .timeLimit: return "the pattern ran out of time (it backtracks too much)"
        case .cancelled: return "interrupted"
        }
    }
}
