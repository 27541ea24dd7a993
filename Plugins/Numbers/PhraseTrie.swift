/// Phrases of one or more tokens, keyed token by token, for longest-match lookup over a
/// document's tokens without building any string.
struct PhraseTrie<Payload: Sendable>: Sendable {
    private struct Node: Sendable {
        var children = WordTable<Int32>()
        var payloads: [Payload] = []
    }

    private var nodes: [Node] = [Node()]

    /// Whether the trie holds no phrase.
    var isEmpty: Bool { nodes.count == 1 }

    /// The payloads of the one-token phrase `key`.
    func payloads(ofSingle key: WordKey) -> [Payload] {
        guard let node = nodes[0].children[key] else { return [] }
        return nodes[Int(node)].payloads
    }

    /// The keys phrases start with.
    var firstKeys: [WordKey] { nodes[0].children.keys }

    /// Adds a phrase (its tokens' keys) with a payload; a phrase may carry several payloads.
    mutating func insert(_ keys: [WordKey], _ payload: Payload) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = nodes[node].children[key] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = nodes.count - 1
                nodes[node].children[key] = Int32(next)
                node = next
            }
        }
        nodes[node].payloads.append(payload)
    }

    /// The longest phrase that starts at token `start` (and ends before `limit`) with a payload
    /// that `accept` takes, given the token keys; `accept` sees each payload with the phrase's end.
    func longest(from start: Int, limit: Int, key: (Int) -> WordKey?,
                 accept: (Payload, Int) -> Bool) -> (end: Int, payload: Payload)? {
        var node = 0
        var index = start
        var best: (end: Int, payload: Payload)?
        while index < limit, let tokenKey = key(index), let next = nodes[node].children[tokenKey] {
            node = Int(next)
            index += 1
            for payload in nodes[node].payloads where accept(payload, index) {
                best = (index, payload)
                break
            }
        }
        return best
    }
}
