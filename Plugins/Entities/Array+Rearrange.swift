extension Array {
    /// Puts the element at `order[i]` at `i`, for every `i`, by swapping elements in place (a
    /// mention moved is not copied). `order` is a permutation of the indices.
    mutating func rearrange(to order: [Int]) {
        var done = [Bool](repeating: false, count: count)
        for start in indices where !done[start] {
            var current = start
            while true {
                done[current] = true
                let next = order[current]
                if next == start { break }
                swapAt(current, next)
                current = next
            }
        }
    }
}
