@testable import Entities
import Testing

@Suite struct RearrangeTests {
    @Test(arguments: [[0, 1, 2, 3], [3, 2, 1, 0], [1, 2, 3, 0], [2, 0, 1, 4, 3], [], [0]])
    func elementsEndWhereTheOrderSays(order: [Int]) {
        var words = order.indices.map { "w\($0)" }
        let expected = order.map { "w\($0)" }
        words.rearrange(to: order)
        #expect(words == expected)
    }
}
