@testable import LedeCore
import Testing

/// The per-token numbers of a token table: 16 bits until a number needs more.
@Suite struct CompactNumbersTests {
    @Test func rowsHoldTheirNumbersOrNoneAcrossTheWideningToThirtyTwoBits() {
        var numbers = CompactNumbers()
        numbers.pad(to: 4)
        numbers[0] = 7
        numbers[2] = 65_534
        #expect(numbers.count == 4)
        #expect([numbers[0], numbers[1], numbers[2], numbers[3]] == [7, nil, 65_534, nil])
        // 65,535 is the first number 16 bits cannot hold beside "none": every row moves to 32.
        numbers.pad(to: 6)
        numbers[5] = 65_535
        numbers[4] = 1 << 30
        #expect([numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]] == [7, nil, 65_534, nil, 1 << 30, 65_535])
        numbers[0] = nil
        numbers.pad(to: 7)
        #expect(numbers[0] == nil && numbers[6] == nil && numbers.count == 7)
        // Padding never shortens.
        numbers.pad(to: 2)
        #expect(numbers.count == 7)
    }
}
