/// An ordered list of named rules, as CoreNLP's quote attribution sieves: each rule looks at the
/// case and either decides it or passes it on; the first that decides wins. The winner's name
/// goes with the decision (annotators write it as `attrs.sieve`), so that the shell can say why
/// (`quotes --why`) and error analysis can count errors rule by rule.
public struct Sieves<Context, Case, Decision>: Sendable {
    /// One rule.
    public struct Sieve: Sendable {
        /// A short name in kebab case: `title-before-name`.
        public let name: String
        /// The decision, or nil to pass the case on.
        public let decide: @Sendable (Context, Case) -> Decision?

        public init(_ name: String, _ decide: @escaping @Sendable (Context, Case) -> Decision?) {
            self.name = name
            self.decide = decide
        }
    }

    /// The rules, in the order they are tried.
    public let sieves: [Sieve]

    public init(_ sieves: [Sieve]) {
        self.sieves = sieves
    }

    /// The first decision and the name of the rule that made it, or nil when none decides.
    @inlinable
    public func decide(_ context: Context, _ input: Case) -> (decision: Decision, sieve: String)? {
        // Read in place: a copy of each rule would retain its name and its closure.
        sieves.withUnsafeBufferPointer { sieves in
            for index in sieves.indices {
                if let decision = sieves[index].decide(context, input) { return (decision, sieves[index].name) }
            }
            return nil
        }
    }

    /// The names of the rules, in order.
    public var names: [String] { sieves.map(\.name) }
}
