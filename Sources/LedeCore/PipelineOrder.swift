/// The running order of a pipeline's annotators when some of them rewrite layers of others
/// (`modifies`): an annotator that rewrites a layer runs before every other annotator that reads
/// that layer, unless it needs that annotator's output itself or rewrites that layer too. A user rule that corrects the
/// entities thus runs after the entities annotator and before roles and quotes, which then see
/// the corrected entities.
enum PipelineOrder {
    /// `annotators` (each after the producers of what it requires) reordered so that the
    /// modifiers of a layer come before its readers; otherwise the order is kept.
    static func modifiersBeforeReaders(_ annotators: [any Annotator]) throws(PipelineError) -> [any Annotator] {
        guard annotators.contains(where: { !$0.modifies.isEmpty }) else { return annotators }
        var producerIndex: [String: Int] = [:]
        for (index, annotator) in annotators.enumerated() {
            for layer in annotator.produces where producerIndex[layer] == nil { producerIndex[layer] = index }
        }
        // What each annotator needs, directly: the producers of the layers it requires.
        let direct = annotators.map { annotator in
            Set(annotator.requires.compactMap { producerIndex[$0] }.filter { annotators[$0].name != annotator.name })
        }
        func ancestors(of index: Int) -> Set<Int> {
            var seen = Set<Int>(), stack = Array(direct[index])
            while let next = stack.popLast() {
                if seen.insert(next).inserted { stack += direct[next] }
            }
            return seen
        }
        var needs = direct
        for (modifier, annotator) in annotators.enumerated() where !annotator.modifies.isEmpty {
            let itsAncestors = ancestors(of: modifier)
            // Two modifiers of one layer (two user rules) keep the order they were given in.
            for (reader, other) in annotators.enumerated() where reader != modifier && !itsAncestors.contains(reader)
                && other.requires.contains(where: annotator.modifies.contains)
                && !other.modifies.contains(where: annotator.modifies.contains) {
                needs[reader].insert(modifier)
            }
        }
        // A stable topological order: at each step the first annotator whose needs are placed.
        var placed = [Bool](repeating: false, count: annotators.count)
        var order: [any Annotator] = []
        while order.count < annotators.count {
            guard let next = annotators.indices.first(where: { !placed[$0] && needs[$0].allSatisfy { placed[$0] } }) else {
                let waiting = annotators.indices.filter { !placed[$0] }.map { annotators[$0].name }
                throw .cycle(waiting + [waiting[0]])
            }
            placed[next] = true
            order.append(annotators[next])
        }
        return order
    }
}
